/**
 * Small real evidence files for the demo: one-page PDFs that say they are demo data. Stored
 * content-addressed like any upload, so thousands of demo evidence rows share a few files.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStore } from '../storage/blob-store.js';

/** A stored demo file. */
export interface DemoFile {
  sha256: string;
  size: number;
  fileName: string;
  title: string;
}

const TITLES = [
  ['notulen-rapat-koordinasi.pdf', 'Notulen rapat koordinasi (data contoh)'],
  ['surat-keputusan-tim-pelaksana.pdf', 'Surat keputusan tim pelaksana (data contoh)'],
  ['laporan-pelaksanaan-kegiatan.pdf', 'Laporan pelaksanaan kegiatan (data contoh)'],
] as const;

/** A minimal, valid one-page PDF showing `text`. */
export function demoPdf(text: string): Buffer {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 18 Tf 60 760 Td (${escaped}) Tj 0 -28 Td (Pantau - data contoh, bukan dokumen resmi) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Stores the demo PDFs and returns them. */
export async function storeDemoFiles(blobs: BlobStore): Promise<DemoFile[]> {
  const files: DemoFile[] = [];
  for (const [fileName, title] of TITLES) {
    const content = demoPdf(title.replace(' (data contoh)', ''));
    const sha256 = createHash('sha256').update(content).digest('hex');
    if (!(await blobs.has(sha256))) {
      await mkdir(blobs.tempDir(), { recursive: true });
      const temp = join(blobs.tempDir(), `demo-${sha256}`);
      await writeFile(temp, content);
      await blobs.putFile(temp, sha256, content.length, 'application/pdf');
    }
    files.push({ sha256, size: content.length, fileName, title });
  }
  return files;
}
