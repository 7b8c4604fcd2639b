/** Sends a stored file as a download: attachment disposition, its SHA-256, never cached by shared caches. */
import type { FastifyReply } from 'fastify';
import type { DownloadableFile } from '../services/coordination/attachment.service.js';
import { contentDisposition } from '../storage/file-name.js';

/** Streams `file` as an attachment with `X-Content-SHA256`. */
export function sendDownload(reply: FastifyReply, file: DownloadableFile): FastifyReply {
  reply
    .header('content-type', file.mimeType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-sha256', file.sha256)
    .header('cache-control', 'private, max-age=0, must-revalidate');
  if (file.size !== null) reply.header('content-length', String(file.size));
  // A byte stream, not a JSON body: the declared schemas describe only the error answers.
  return reply.send(file.stream as never);
}
