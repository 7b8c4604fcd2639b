/**
 * Sends a table file (services/export/table-writer.ts) as a download: its content type, an
 * RFC 6266/5987 Content-Disposition, and no length, so it goes out chunked as the rows are read.
 * A private file is never stored by caches; a public one keeps the public API's caching and ETag.
 */
import type { FastifyReply } from 'fastify';
import { type Table, type TableFile, type TableFormat, tableFile } from '../services/export/table-writer.js';
import { contentDisposition } from '../storage/file-name.js';

/** The content types a table route declares it produces. */
export const TABLE_PRODUCES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** Who may keep a copy: `private` files are never stored; `public` ones follow the public API's policy. */
export type TableAudience = 'private' | 'public';

/** Streams `file` as an attachment. */
export function sendTableFile(reply: FastifyReply, file: TableFile, audience: TableAudience = 'private'): FastifyReply {
  reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file.fileName));
  if (audience === 'private') reply.header('cache-control', 'private, no-store');
  return reply.send(file.stream);
}

/** Streams `table` as an attachment in `format`. */
export function sendTable<Row>(
  reply: FastifyReply,
  table: Table<Row>,
  format: TableFormat,
  audience: TableAudience = 'private',
): FastifyReply {
  return sendTableFile(reply, tableFile(table, format), audience);
}
