/**
 * Streams a table to the client as CSV or XLSX, row by row: CSV through a generator, XLSX through
 * exceljs's streaming writer, so the file is never built in memory.
 */
import { PassThrough, Readable } from 'node:stream';
import { type Cell, csvLine, UTF8_BOM } from '@pantau/core';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { ExportedTable } from '../services/dashboard/dashboard-export.service.js';
import { contentDisposition } from '../storage/file-name.js';

export type TableFormat = 'csv' | 'xlsx';

const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** CSV text of a table: a byte-order mark (for spreadsheets), the header line, then each row. */
export function csvStream(table: ExportedTable): Readable {
  return Readable.from(
    (async function* () {
      yield UTF8_BOM + csvLine(table.headers);
      for await (const row of table.rows) yield csvLine(row);
    })(),
  );
}

/** An XLSX workbook of one sheet, written as rows arrive. */
export function xlsxStream(table: ExportedTable): PassThrough {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Data');
  const write = async () => {
    sheet.addRow(table.headers).commit();
    for await (const row of table.rows) {
      sheet.addRow(row.map((cell: Cell) => (typeof cell === 'boolean' ? (cell ? 'ya' : 'tidak') : cell))).commit();
      // Let a slow client set the pace instead of queueing the whole file; stop if it went away.
      if (output.writableNeedDrain) await drainedOrClosed(output);
      if (output.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
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

/** Sends `table` as an attachment in `format`. */
export function sendTable(reply: FastifyReply, table: ExportedTable, format: TableFormat): FastifyReply {
  reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', contentDisposition(`pantau-${table.fileStem}.${format}`))
    .header('cache-control', 'private, no-store');
  return reply.send(format === 'csv' ? csvStream(table) : xlsxStream(table));
}
