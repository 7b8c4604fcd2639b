/**
 * Opens an import file — XLSX or CSV, told apart by content, never by name — and picks the sheet
 * of each kind the import asks for.
 */
import { open } from 'node:fs/promises';
import {
  fileProblem,
  IMPORT_KINDS,
  IMPORT_SHEETS,
  type ImportKind,
  type ImportProblem,
  type ImportTarget,
  normaliseColumnName,
  type SheetTable,
} from '@pantau/core';
import { readCsvTable } from './csv-reader.js';
import { readXlsxTables } from './xlsx-reader.js';

/** The sheets found for the kinds an import asks for. */
export interface ImportFile {
  format: 'xlsx' | 'csv';
  tables: Partial<Record<ImportKind, SheetTable>>;
  problems: ImportProblem[];
}

/** What the first bytes say the file is. */
export async function sniffFormat(path: string): Promise<'xlsx' | 'csv' | 'xls' | 'binary'> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
    if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'xls';
    return bytes.includes(0) ? 'binary' : 'csv';
  } finally {
    await handle.close();
  }
}

const WHOLE_FILE = '';

/** Reads the file at `path` for an import of `target`. */
export async function readImportFile(path: string, target: ImportTarget): Promise<ImportFile> {
  const format = await sniffFormat(path);
  if (format === 'xls' || format === 'binary') {
    return {
      format: 'csv',
      tables: {},
      problems: [
        fileProblem(WHOLE_FILE, {
          id:
            format === 'xls'
              ? 'Berkas berformat Excel lama (.xls). Simpan ulang sebagai .xlsx atau .csv lalu unggah lagi.'
              : 'Berkas bukan XLSX atau CSV. Unduh templat, isi, lalu simpan sebagai .xlsx atau .csv.',
          en:
            format === 'xls'
              ? 'The file is an old Excel (.xls) file. Save it again as .xlsx or .csv and upload it again.'
              : 'The file is neither XLSX nor CSV. Download the template, fill it in and save it as .xlsx or .csv.',
        }),
      ],
    };
  }
  if (format === 'csv') {
    if (target === 'all') {
      return {
        format,
        tables: {},
        problems: [
          fileProblem(WHOLE_FILE, {
            id: 'Impor beberapa jenis data sekaligus hanya dari XLSX (satu lembar per jenis). Untuk CSV, pilih satu jenis.',
            en: 'Importing several kinds at once needs an XLSX file (one sheet per kind). For CSV, choose one kind.',
          }),
        ],
      };
    }
    const { table, problems } = await readCsvTable(path, IMPORT_SHEETS[target].sheet);
    return { format, tables: { [target]: table }, problems };
  }
  let sheets: SheetTable[];
  try {
    sheets = await readXlsxTables(path);
  } catch {
    return {
      format,
      tables: {},
      problems: [
        fileProblem(WHOLE_FILE, {
          id: 'Berkas XLSX rusak atau tidak dapat dibaca. Buka dan simpan ulang di aplikasi lembar kerja.',
          en: 'The XLSX file is damaged or unreadable. Open it and save it again in your spreadsheet program.',
        }),
      ],
    };
  }
  return { format, ...pickSheets(sheets, target) };
}

/** A sheet belongs to a kind by its Indonesian name (`penugasan`) or the kind's English name. */
function kindOfSheet(name: string): ImportKind | undefined {
  const normalised = normaliseColumnName(name);
  return IMPORT_KINDS.find((kind) => IMPORT_SHEETS[kind].sheet === normalised || kind === normalised);
}

function pickSheets(sheets: SheetTable[], target: ImportTarget): Omit<ImportFile, 'format'> {
  if (target !== 'all') {
    const table = sheets.find((s) => kindOfSheet(s.name) === target) ?? sheets[0];
    if (table) return { tables: { [target]: table }, problems: [] };
    return {
      tables: {},
      problems: [
        fileProblem(WHOLE_FILE, { id: 'Berkas tidak berisi lembar data.', en: 'The file has no data sheet.' }),
      ],
    };
  }
  const tables: Partial<Record<ImportKind, SheetTable>> = {};
  for (const sheet of sheets) {
    const kind = kindOfSheet(sheet.name);
    if (kind && !tables[kind]) tables[kind] = sheet;
  }
  if (Object.keys(tables).length > 0) return { tables, problems: [] };
  const names = IMPORT_KINDS.map((k) => IMPORT_SHEETS[k].sheet).join(', ');
  return {
    tables,
    problems: [
      fileProblem(WHOLE_FILE, {
        id: `Tidak ada lembar bernama ${names}. Beri nama lembar sesuai jenis datanya (lihat templat).`,
        en: `No sheet is named ${names}. Name each sheet after its kind of data (see the template).`,
      }),
    ],
  };
}
