/**
 * Reads the sheets of an XLSX file row by row with exceljs's streaming reader, so a 100,000-row
 * sheet never becomes a workbook in memory: only the cell texts of the rows are kept.
 */
import { INSTRUCTIONS_SHEET, normaliseColumnName, type SheetTable } from '@pantau/core';
import { exceljs } from '../../heavy-libraries.js';

/** The text of a cell value as exceljs reads it (shared strings, rich text, formulas, dates…). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      result?: unknown;
      formula?: string;
      text?: unknown;
      error?: string;
    };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

/**
 * Every sheet of the workbook at `path` except the instructions, with header and data rows. Reads
 * by streaming; exceljs' streaming reader fails now and then on a valid file when the process is
 * busy, so a failure is retried once with the whole-file reader before the file is called damaged.
 */
export async function readXlsxTables(path: string): Promise<SheetTable[]> {
  try {
    return await streamXlsxTables(path);
  } catch {
    return wholeXlsxTables(path);
  }
}

/** The whole-file reader: slower and heavier, but not subject to the streaming reader's timing. */
async function wholeXlsxTables(path: string): Promise<SheetTable[]> {
  const workbook = new (exceljs().Workbook)();
  await workbook.xlsx.readFile(path);
  const tables: SheetTable[] = [];
  for (const worksheet of workbook.worksheets) {
    if (normaliseColumnName(worksheet.name) === INSTRUCTIONS_SHEET) continue;
    const table: SheetTable = { name: worksheet.name, header: [], rows: [] };
    let headerSeen = false;
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim());
      if (!headerSeen) {
        if (cells.every((c) => c === '')) return;
        table.header = cells;
        headerSeen = true;
      } else table.rows.push({ number: row.number, cells });
    });
    tables.push(table);
  }
  return tables;
}

async function streamXlsxTables(path: string): Promise<SheetTable[]> {
  const reader = new (exceljs().stream.xlsx.WorkbookReader)(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const tables: SheetTable[] = [];
  for await (const worksheet of reader) {
    const name = String((worksheet as unknown as { name?: string }).name ?? `Sheet${tables.length + 1}`);
    const skip = normaliseColumnName(name) === INSTRUCTIONS_SHEET;
    const table: SheetTable = { name, header: [], rows: [] };
    let headerSeen = false;
    for await (const row of worksheet) {
      if (skip) continue;
      // exceljs row values are 1-based and sparse.
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim());
      if (!headerSeen) {
        if (cells.every((c) => c === '')) continue;
        table.header = cells;
        headerSeen = true;
      } else table.rows.push({ number: row.number, cells });
    }
    if (!skip) tables.push(table);
  }
  return tables;
}
