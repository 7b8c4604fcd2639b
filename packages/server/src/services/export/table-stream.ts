/**
 * Streams a table as CSV or XLSX while its pages are read: the CSV is produced page by page with
 * backpressure; the XLSX goes through exceljs's streaming WorkbookWriter, each row committed as it
 * is written, so neither format holds the whole list.
 */
import { PassThrough, Readable } from 'node:stream';
import { type Cell, csvLine, UTF8_BOM } from '@pantau/core';
import ExcelJS from 'exceljs';

/** One column: its header and how to read it from a row. */
export interface TableColumn<Row> {
  header: string;
  value(row: Row): Cell;
}

/** A table to download. */
export interface TableDownload<Row> {
  /** File name without extension, e.g. `pantau-instansi-2025-2026`. */
  fileName: string;
  /** Worksheet name (at most 31 characters). */
  sheet: string;
  columns: readonly TableColumn<Row>[];
  rows: Iterable<Row> | AsyncIterable<Row>;
}

/** A column of an exported table. */
export interface ExportColumn<T> {
  header: string;
  value(row: T): Cell;
}

/** A table to export: its columns and its rows, a page at a time. */
export interface ExportTable<T> {
  sheet: string;
  columns: ExportColumn<T>[];
  pages: AsyncIterable<T[]>;
}

/** Reads pages by keyset until a short page: `fetch(after)` returns the rows after key `after`. */
export async function* keysetPages<T, K>(
  first: K,
  pageSize: number,
  fetch: (after: K) => Promise<T[]>,
  keyOf: (row: T) => K,
): AsyncGenerator<T[]> {
  let after = first;
  for (;;) {
    const rows = await fetch(after);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = keyOf(rows[rows.length - 1] as T);
  }
}

/** CSV (UTF-8 with BOM, comma, CRLF; formula-like text neutralised), page by page. */
export function csvStream<T>(table: ExportTable<T>): Readable {
  async function* lines() {
    yield UTF8_BOM + csvLine(table.columns.map((c) => c.header));
    for await (const page of table.pages) {
      yield page.map((row) => csvLine(table.columns.map((c) => c.value(row)))).join('');
    }
  }
  return Readable.from(lines(), { objectMode: false });
}

const HIGH_WATER = 1 << 20;

/** XLSX with one sheet, written row by row with exceljs's streaming writer. */
export function xlsxStream<T>(table: ExportTable<T>): Readable {
  const out = new PassThrough({ highWaterMark: HIGH_WATER });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  (async () => {
    for await (const page of table.pages) {
      for (const row of page) {
        const cells = table.columns.map((c) => {
          const value = c.value(row);
          return typeof value === 'boolean' ? (value ? 'ya' : 'tidak') : value;
        });
        sheet.addRow(cells).commit();
      }
      // Wait for the reader when it falls behind, instead of buffering the whole file.
      if (out.writableLength > HIGH_WATER) await drainedOrClosed(out);
      if (out.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

function drainedOrClosed(stream: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}
