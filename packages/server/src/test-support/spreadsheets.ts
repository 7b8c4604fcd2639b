/** Spreadsheet files for import tests: XLSX workbooks built with exceljs, CSV text, in a temp directory. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const dir = mkdtempSync(join(tmpdir(), 'pantau-sheets-'));
let counter = 0;

/** A workbook with the given sheets (first row of each: the header); returns its path. */
export async function workbookFile(sheets: Record<string, (string | number)[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  const path = join(dir, `book-${++counter}.xlsx`);
  await book.xlsx.writeFile(path);
  return path;
}

/** A file with `content` (CSV text, or any bytes); returns its path. */
export function plainFile(content: string | Buffer, extension = 'csv'): string {
  const path = join(dir, `file-${++counter}.${extension}`);
  writeFileSync(path, content);
  return path;
}
