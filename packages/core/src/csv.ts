/**
 * CSV as spreadsheets read it (RFC 4180): comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe (CSV injection).
 */

/** A value of one cell: text, a number, yes/no, or empty. */
export type Cell = string | number | boolean | null;

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, escaped. Yes/no are written in Bahasa Indonesia. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of fields, with its CRLF. */
export function csvLine(values: readonly Cell[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
