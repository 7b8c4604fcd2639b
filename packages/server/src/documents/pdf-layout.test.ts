import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PdfWriter } from './pdf-layout.js';

/** A writer into nothing, recording where each text was written. */
function recordingWriter() {
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const pdf = new PdfWriter(sink, 'Uji', { compress: false, created: new Date('2026-01-01T00:00:00Z') });
  const written: { text: string; y: number }[] = [];
  const text = pdf.doc.text.bind(pdf.doc);
  pdf.doc.text = ((value: string, x?: number, y?: number, options?: PDFKit.Mixins.TextOptions) => {
    written.push({ text: value, y: y ?? pdf.doc.y });
    return text(value, x, y, options);
  }) as typeof pdf.doc.text;
  return { pdf, sink, written };
}

describe('bar chart', () => {
  it('gives a wrapped label the rows it needs, so the next label starts below it', async () => {
    const { pdf, sink, written } = recordingWriter();
    const long =
      '1.1.2 Penguatan tata kelola pengadaan barang dan jasa pemerintah melalui katalog elektronik daerah dan pasar digital';
    pdf.barChart(
      'Capaian output',
      [
        { label: long, value: 40 },
        { label: '1.2.1 Pendek', value: 80 },
      ],
      String,
    );
    pdf.doc.font('Helvetica').fontSize(7.5);
    const longHeight = pdf.doc.heightOfString(long, { width: 164 });
    expect(longHeight).toBeGreaterThan(20);
    const first = written.find((w) => w.text === long);
    const second = written.find((w) => w.text === '1.2.1 Pendek');
    expect(second && first && second.y - first.y).toBeGreaterThanOrEqual(longHeight);
    await pdf.end(sink);
  });
});
