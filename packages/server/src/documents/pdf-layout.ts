/**
 * A small layout layer over pdfkit for the generated reports: headings, key figures, tables that
 * continue over pages with their header, and simple vector charts (bars, lines). Pages are
 * written out as they fill, so a long report streams instead of building up in memory.
 */
import type { Writable } from 'node:stream';
import { pdfkit } from '../heavy-libraries.js';

/** How to render. */
export interface PdfOptions {
  /** False writes uncompressed content streams (tests read the text back). */
  compress?: boolean;
}

/** A table column. */
export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A bar of a bar chart (value 0–100, or null for none). */
export interface Bar {
  label: string;
  value: number | null;
  colour?: string;
}

/** A line of a line chart. */
export interface Series {
  name: string;
  values: (number | null)[];
  colour: string;
}

const MARGIN = 50;
const INK = '#1f2933';
const MUTED = '#616e7c';
const RULE = '#cbd2d9';
const HEAD_FILL = '#e4e7eb';

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private page = 0;

  constructor(
    out: Writable,
    private readonly title: string,
    options: PdfOptions & { created: Date },
  ) {
    this.doc = new (pdfkit())({
      size: 'A4',
      margin: MARGIN,
      compress: options.compress ?? true,
      info: { Title: title, Author: 'Pantau', Creator: 'Pantau', CreationDate: options.created },
    });
    this.doc.pipe(out);
    this.doc.on('pageAdded', () => this.footer());
    this.footer();
  }

  /** Width between the margins. */
  get width(): number {
    return this.doc.page.width - 2 * MARGIN;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN;
  }

  private footer(): void {
    this.page++;
    const { doc } = this;
    const { x, y } = doc;
    // Writing below the bottom margin would start a new page: lift the margin while the footer is drawn.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor(MUTED)
      .text(`Pantau - ${this.title} - halaman ${this.page}`, MARGIN, doc.page.height - 30, {
        width: this.width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = margin;
    doc.x = x;
    doc.y = y;
    doc.fillColor(INK);
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  newPage(): void {
    this.doc.addPage();
  }

  heading(text: string, level: 1 | 2 | 3 = 1): void {
    const size = { 1: 16, 2: 13, 3: 11 }[level];
    this.ensureSpace(size * 3);
    if (level > 1) this.doc.moveDown(0.6);
    this.doc.font('Helvetica-Bold').fontSize(size).fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  paragraph(text: string, options: { muted?: boolean; size?: number } = {}): void {
    this.doc
      .font('Helvetica')
      .fontSize(options.size ?? 9)
      .fillColor(options.muted ? MUTED : INK)
      .text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.fillColor(INK).moveDown(0.4);
  }

  /** A row of boxes, each a label over a large value. */
  keyFigures(items: { label: string; value: string }[]): void {
    const perRow = 4;
    const gap = 8;
    const boxWidth = (this.width - gap * (perRow - 1)) / perRow;
    const boxHeight = 46;
    for (let start = 0; start < items.length; start += perRow) {
      this.ensureSpace(boxHeight + gap);
      const top = this.doc.y;
      items.slice(start, start + perRow).forEach((item, i) => {
        const left = MARGIN + i * (boxWidth + gap);
        this.doc.roundedRect(left, top, boxWidth, boxHeight, 4).fillAndStroke('#f5f7fa', RULE);
        this.doc
          .fillColor(MUTED)
          .font('Helvetica')
          .fontSize(7.5)
          .text(item.label, left + 6, top + 6, { width: boxWidth - 12, lineBreak: false });
        this.doc
          .fillColor(INK)
          .font('Helvetica-Bold')
          .fontSize(15)
          .text(item.value, left + 6, top + 20, { width: boxWidth - 12, lineBreak: false });
      });
      this.doc.x = MARGIN;
      this.doc.y = top + boxHeight + gap;
    }
    this.doc.font('Helvetica').fillColor(INK);
  }

  /** A table; rows continue on the next page under a repeated header. */
  table(columns: Column[], rows: string[][], options: { fontSize?: number } = {}): void {
    const size = options.fontSize ?? 8;
    const pad = 3;
    const drawRow = (cells: string[], header: boolean) => {
      this.doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
      const height =
        Math.max(
          ...cells.map((cell, i) => this.doc.heightOfString(cell, { width: (columns[i] as Column).width - 2 * pad })),
        ) +
        2 * pad;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (!header)
          drawRow(
            columns.map((c) => c.header),
            true,
          );
        this.doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
      }
      const top = this.doc.y;
      let left = MARGIN;
      if (header) this.doc.rect(MARGIN, top, this.width, height).fill(HEAD_FILL);
      this.doc.fillColor(INK);
      cells.forEach((cell, i) => {
        const column = columns[i] as Column;
        this.doc.text(cell, left + pad, top + pad, { width: column.width - 2 * pad, align: column.align ?? 'left' });
        left += column.width;
      });
      this.doc
        .moveTo(MARGIN, top + height)
        .lineTo(MARGIN + this.width, top + height)
        .lineWidth(0.5)
        .stroke(RULE);
      this.doc.x = MARGIN;
      this.doc.y = top + height;
    };
    drawRow(
      columns.map((c) => c.header),
      true,
    );
    for (const row of rows) drawRow(row, false);
    this.doc.moveDown(0.6);
  }

  /** Horizontal bars on a 0–100 scale, each with its value written after it. */
  barChart(title: string, bars: Bar[], format: (value: number | null) => string): void {
    const labelWidth = 170;
    const barArea = this.width - labelWidth - 50;
    const rowHeight = 14;
    this.ensureSpace(30 + rowHeight * Math.min(bars.length, 4));
    this.doc.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(title, MARGIN, this.doc.y);
    this.doc.moveDown(0.3);
    for (const bar of bars) {
      // A long label wraps: the row grows to hold it, so it never runs into the next one.
      this.doc.font('Helvetica').fontSize(7.5);
      const labelHeight = this.doc.heightOfString(bar.label, { width: labelWidth - 6 });
      const height = Math.max(rowHeight, labelHeight + 4);
      this.ensureSpace(height);
      const top = this.doc.y;
      this.doc.fillColor(INK).text(bar.label, MARGIN, top + 2, { width: labelWidth - 6 });
      this.doc.rect(MARGIN + labelWidth, top + 2, barArea, rowHeight - 5).fill('#f0f2f5');
      const length = bar.value === null ? 0 : (Math.max(0, Math.min(100, bar.value)) / 100) * barArea;
      if (length > 0) this.doc.rect(MARGIN + labelWidth, top + 2, length, rowHeight - 5).fill(bar.colour ?? '#0b5394');
      this.doc
        .fillColor(INK)
        .text(format(bar.value), MARGIN + labelWidth + barArea + 4, top + 2, { width: 46, lineBreak: false });
      this.doc.x = MARGIN;
      this.doc.y = top + height;
    }
    this.doc.moveDown(0.6);
  }

  /** Lines on a 0–100 scale over `labels` (e.g. quarters), with a legend. */
  lineChart(title: string, labels: string[], series: Series[]): void {
    const height = 150;
    const axisWidth = 26;
    this.ensureSpace(height + 50);
    this.doc.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(title, MARGIN, this.doc.y);
    const top = this.doc.y + 6;
    const left = MARGIN + axisWidth;
    const plotWidth = this.width - axisWidth - 10;
    const yOf = (value: number) => top + height - (Math.max(0, Math.min(100, value)) / 100) * height;
    const step = labels.length > 1 ? plotWidth / (labels.length - 1) : 0;
    const xOf = (index: number) => (labels.length > 1 ? left + index * step : left + plotWidth / 2);
    this.doc.font('Helvetica').fontSize(6.5);
    for (let tick = 0; tick <= 100; tick += 20) {
      this.doc
        .moveTo(left, yOf(tick))
        .lineTo(left + plotWidth, yOf(tick))
        .lineWidth(0.4)
        .stroke(RULE);
      this.doc.fillColor(MUTED).text(String(tick), MARGIN, yOf(tick) - 3, { width: axisWidth - 4, align: 'right' });
    }
    labels.forEach((label, i) => {
      this.doc.fillColor(MUTED).text(label, xOf(i) - 25, top + height + 4, { width: 50, align: 'center' });
    });
    for (const line of series) {
      let drawing = false;
      line.values.forEach((value, i) => {
        if (value === null) {
          drawing = false;
          return;
        }
        if (!drawing) this.doc.moveTo(xOf(i), yOf(value));
        else this.doc.lineTo(xOf(i), yOf(value));
        drawing = true;
      });
      this.doc.lineWidth(1.5).stroke(line.colour);
      line.values.forEach((value, i) => {
        if (value !== null) this.doc.circle(xOf(i), yOf(value), 2).fill(line.colour);
      });
    }
    let legendX = left;
    const legendY = top + height + 16;
    for (const line of series) {
      this.doc.rect(legendX, legendY + 1, 8, 5).fill(line.colour);
      this.doc
        .fillColor(INK)
        .fontSize(7)
        .text(line.name, legendX + 11, legendY, { lineBreak: false });
      legendX += 11 + this.doc.widthOfString(line.name) + 16;
    }
    this.doc.x = MARGIN;
    this.doc.y = legendY + 16;
    this.doc.fillColor(INK);
  }

  /** Lets other work (and the network) run between sections of a long report. */
  breathe(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  /** Finishes the document; resolves once every byte has been handed to the output. */
  end(out: Writable): Promise<void> {
    return new Promise((resolve, reject) => {
      out.once('finish', resolve);
      out.once('error', reject);
      this.doc.end();
    });
  }
}
