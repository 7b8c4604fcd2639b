/**
 * The one writer of tables as files: every download and export (dashboard tables, open data,
 * published feedback, the staff lists) describes its table as columns and rows and gets back a
 * stream in CSV or XLSX. Both formats are written while the rows are read, and both wait for a
 * slow reader (backpressure), so a national-size table is never held in memory whole.
 *
 * - CSV: `csvLine` (RFC 4180, UTF-8 with BOM, CRLF, text that looks like a formula neutralised).
 * - XLSX: exceljs's streaming WorkbookWriter, one sheet, a bold frozen header row, every value a
 *   plain cell (never a formula), yes/no written "ya"/"tidak" like the CSV.
 * - File name: `<fileName>.<format>`; HTTP replies add an RFC 6266/5987 Content-Disposition
 *   (`contentDisposition` in storage/file-name.ts) in `http/table-reply.ts`.
 */
import { PassThrough, Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type Cell, csvLine, UTF8_BOM } from '@pantau/core';
import { exceljs } from '../../heavy-libraries.js';

export type TableFormat = 'csv' | 'xlsx';

/** The content type of each format. */
export const TABLE_CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** One column: its header and how to read its cell from a row. */
export interface TableColumn<Row> {
  header: string;
  value(row: Row): Cell;
}

/** A table to write: a file name without extension, a sheet name, columns and rows (read once). */
export interface Table<Row> {
  /** File name without extension, e.g. `pantau-instansi-2025-2026`. */
  fileName: string;
  /** Worksheet name; made valid for XLSX by `sheetName`. */
  sheet: string;
  columns: readonly TableColumn<Row>[];
  rows: Iterable<Row> | AsyncIterable<Row>;
}

/** A table written in one format: its file name, content type and bytes as a stream. */
export interface TableFile {
  fileName: string;
  contentType: string;
  stream: Readable;
}

/** `table` written in `format`. */
export function tableFile<Row>(table: Table<Row>, format: TableFormat): TableFile {
  return {
    fileName: `${table.fileName}.${format}`,
    contentType: TABLE_CONTENT_TYPES[format],
    stream: format === 'csv' ? csvStream(table) : xlsxStream(table),
  };
}

/** A table whose rows are already lists of cells, one per header. */
export function gridTable(grid: {
  fileName: string;
  sheet: string;
  headers: readonly string[];
  rows: Iterable<Cell[]> | AsyncIterable<Cell[]>;
}): Table<Cell[]> {
  return {
    fileName: grid.fileName,
    sheet: grid.sheet,
    columns: grid.headers.map((header, index) => ({ header, value: (row: Cell[]) => row[index] ?? null })),
    rows: grid.rows,
  };
}

/**
 * The rows of a list read by keyset pages until a short page: `fetch(after)` returns up to
 * `pageSize` rows after key `after`, `keyOf` gives the key of a row.
 */
export async function* keysetRows<T, K>(
  first: K,
  pageSize: number,
  fetch: (after: K) => Promise<T[]>,
  keyOf: (row: T) => K,
): AsyncGenerator<T> {
  let after = first;
  for (;;) {
    const rows = await fetch(after);
    yield* rows;
    if (rows.length < pageSize) return;
    after = keyOf(rows[rows.length - 1] as T);
  }
}

const SHEET_NAME_MAX = 31;
const SHEET_FORBIDDEN = /[:\\/?*[\]\p{Cc}]/gu;

/**
 * A valid worksheet name for `name`: none of `: \ / ? * [ ]` nor control characters, no
 * apostrophe at either end, at most 31 characters (whole code points), never empty.
 */
export function sheetName(name: string): string {
  const clean = name.replace(SHEET_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  const short = Array.from(clean).slice(0, SHEET_NAME_MAX).join('');
  const trimmed = short.replace(/^'+|'+$/g, '').trim();
  // "History" is reserved by Excel for its change log.
  return trimmed === '' || trimmed.toLowerCase() === 'history' ? 'Data' : trimmed;
}

/** CSV text of a table: a byte-order mark, the header line, then a line per row as rows arrive. */
export function csvStream<Row>(table: Table<Row>): Readable {
  async function* lines() {
    yield UTF8_BOM + csvLine(table.columns.map((c) => c.header));
    for await (const row of table.rows) yield csvLine(table.columns.map((c) => c.value(row)));
  }
  // Readable.from pulls the next line only when the reader wants more: backpressure by construction.
  return Readable.from(lines(), { objectMode: false });
}

/** Rows written between two chances for the compressor to run and for the reader to push back. */
const ROWS_PER_TURN = 256;

/** An XLSX workbook of one sheet, written as rows arrive; a slow reader sets the pace. */
export function xlsxStream<Row>(table: Table<Row>): Readable {
  const output = new PassThrough();
  const workbook = new (exceljs().stream.xlsx.WorkbookWriter)({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName(table.sheet), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ width: Math.max(10, Math.min(60, c.header.length + 2)) }));
  const write = async () => {
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    let written = 0;
    for await (const row of table.rows) {
      sheet.addRow(table.columns.map((c) => xlsxValue(c.value(row)))).commit();
      written += 1;
      if (written % ROWS_PER_TURN === 0) {
        // Let the zip stream compress what was written, then wait while the reader is behind.
        await nextTurn();
        while (output.writableNeedDrain && !output.destroyed) await drainedOrClosed(output);
      }
      if (output.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}

/** Yes/no as text, like the CSV; numbers stay numbers, empty cells stay empty. */
function xlsxValue(value: Cell): string | number | null {
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

function drainedOrClosed(stream: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
  });
}
