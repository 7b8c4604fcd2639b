/**
 * Downloadable import templates: per kind (or `all`), an XLSX with the data sheet (header and
 * example rows, code columns formatted as text) and an instructions sheet in Bahasa Indonesia, or a
 * CSV with the header and examples.
 */
import {
  csvLine,
  IMPORT_KINDS,
  IMPORT_SHEETS,
  type ImportSheetSpec,
  type ImportTarget,
  INSTRUCTIONS_SHEET,
  UTF8_BOM,
} from '@pantau/core';
import { ValidationError } from '../../errors.js';
import { exceljs } from '../../heavy-libraries.js';

/** Columns whose values are codes: stored as text so 33.10 stays 33.10 and 01 stays 01. */
const TEXT_COLUMNS = new Set(['kode_instansi', 'kode_fokus', 'kode_aksi', 'kode_output', 'periode', 'aksi', 'output']);

const GENERAL_RULES = [
  'Baris pertama setiap lembar adalah judul kolom; jangan ubah nama kolom. Kolom lain (catatan) boleh ditambahkan dan diabaikan.',
  'Kode adalah kunci: mengimpor berkas yang sama dua kali tidak mengubah apa pun. Baris dengan kode yang sudah ada memperbarui data itu.',
  'Unggah dulu dengan "periksa saja" (dry run): semua masalah ditampilkan per lembar, baris dan kolom. Data baru disimpan bila tidak ada masalah sama sekali, sekaligus (semua atau tidak sama sekali).',
  'Kolom kode diformat sebagai Teks. Bila menyalin dari berkas lain, pastikan 33.10 tidak berubah menjadi 33.1.',
  'Penugasan hanya ditambahkan lewat impor; mengakhiri penugasan dilakukan di aplikasi dengan alasan.',
  'Pengguna baru dibuat sebagai undangan tanpa kata sandi; tautan undangan ditampilkan setelah impor disimpan.',
  'CSV: pemisah koma atau titik koma, UTF-8. Berkas XLSX dapat memuat beberapa lembar (instansi, katalog, penugasan, pengguna) sekaligus.',
];

function sheetsOf(kind: ImportTarget): ImportSheetSpec[] {
  return kind === 'all' ? IMPORT_KINDS.map((k) => IMPORT_SHEETS[k]) : [IMPORT_SHEETS[kind]];
}

function exampleRows(spec: ImportSheetSpec): string[][] {
  const count = Math.max(...spec.columns.map((c) => c.examples.length));
  return Array.from({ length: count }, (_, i) => spec.columns.map((c) => c.examples[i] ?? ''));
}

/** The XLSX template of `kind`. */
export async function xlsxTemplate(kind: ImportTarget): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  workbook.creator = 'Pantau';
  for (const spec of sheetsOf(kind)) {
    const sheet = workbook.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({
      header: c.name,
      key: c.name,
      width: Math.min(60, Math.max(14, c.name.length + 4, ...c.examples.map((e) => e.length + 2))),
      style: TEXT_COLUMNS.has(c.name) ? { numFmt: '@' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of exampleRows(spec)) sheet.addRow(row);
  }
  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  help.columns = [
    { header: 'lembar', key: 'sheet', width: 14 },
    { header: 'kolom', key: 'column', width: 22 },
    { header: 'wajib', key: 'required', width: 8 },
    { header: 'keterangan', key: 'description', width: 100 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRow(['', '', '', 'Petunjuk impor Pantau. Ganti baris contoh dengan data Anda.']);
  for (const rule of GENERAL_RULES) help.addRow(['', '', '', rule]);
  help.addRow([]);
  for (const spec of sheetsOf(kind)) {
    help.addRow([spec.sheet, '', '', spec.title.id]).font = { bold: true };
    for (const c of spec.columns) help.addRow([spec.sheet, c.name, c.required ? 'ya' : '', c.description.id]);
  }
  help.getColumn('description').alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The CSV template of one kind: header and example rows, UTF-8 with BOM. */
export function csvTemplate(kind: ImportTarget): string {
  if (kind === 'all') {
    throw new ValidationError({
      id: 'Templat CSV tersedia per jenis data; untuk semua jenis sekaligus gunakan XLSX.',
      en: 'CSV templates exist per kind of data; for all kinds at once use XLSX.',
    });
  }
  const spec = IMPORT_SHEETS[kind];
  return (
    UTF8_BOM +
    csvLine(spec.columns.map((c) => c.name)) +
    exampleRows(spec)
      .map((row) => csvLine(row))
      .join('')
  );
}
