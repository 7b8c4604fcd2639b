/**
 * Downloads of a table as CSV or XLSX, streamed row by row so a national-size table never sits in
 * memory whole. CSV follows `csvLine` (RFC 4180, UTF-8 BOM, formula injection neutralised); XLSX is
 * written by exceljs' streaming writer with every value as a plain cell (never a formula).
 */
import { PassThrough, Readable } from 'node:stream';
import { type Cell, csvLine, UTF8_BOM } from '@pantau/core';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { TableColumn, TableDownload } from '../services/export/table-stream.js';

export type { TableColumn, TableDownload };

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

async function* csvChunks<Row>(table: TableDownload<Row>): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(table.columns.map((c) => c.header));
  for await (const row of table.rows) yield csvLine(table.columns.map((c) => c.value(row)));
}

function xlsxStream<Row>(table: TableDownload<Row>): PassThrough {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.sheet.slice(0, 31));
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: Math.max(10, c.header.length + 2) }));
  (async () => {
    for await (const row of table.rows) {
      // Yes/no as text, like the CSV; empty cells stay empty.
      sheet.addRow(table.columns.map((c) => xlsxValue(c.value(row)))).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => stream.destroy(error as Error));
  return stream;
}

function xlsxValue(value: Cell): string | number | null {
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  return value;
}

/** Sends `table` as a CSV or XLSX attachment. */
export function sendTable<Row>(reply: FastifyReply, table: TableDownload<Row>, format: 'csv' | 'xlsx'): FastifyReply {
  const body = format === 'csv' ? Readable.from(csvChunks(table)) : xlsxStream(table);
  return reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${table.fileName.replace(/[^\w.-]/g, '-')}.${format}"`)
    .send(body);
}
