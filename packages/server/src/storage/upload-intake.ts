/**
 * Receives an upload stream into a temp file while hashing it, so the file is read once and never
 * held in memory. Whatever goes wrong (too large, client gone, truncated), no partial file stays.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { formatNumber, type Lang } from '@pantau/core';
import { AppError } from '../errors.js';

/** Bytes kept from the start of a file: enough for every magic-number check (file-type reads 4100). */
export const HEAD_BYTES = 4100;

/** A file received completely into `tempPath`. */
export interface ReceivedUpload {
  tempPath: string;
  /** Lowercase hex SHA-256 of the whole file. */
  sha256: string;
  size: number;
  /** The first bytes of the file (up to HEAD_BYTES), for type detection. */
  head: Buffer;
}

/** The upload is larger than the configured limit. */
export class UploadTooLargeError extends AppError {
  constructor(readonly maxBytes: number) {
    super(413, 'file_too_large', {
      id: `Berkas terlalu besar: maksimal ${formatMegabytes(maxBytes, 'id')} MB.`,
      en: `The file is too large: at most ${formatMegabytes(maxBytes, 'en')} MB.`,
    });
  }
}

/** The upload body is not a well-formed multipart/form-data message. */
export class MalformedUploadError extends AppError {
  constructor() {
    super(400, 'malformed_upload', {
      id: 'Kiriman berkas rusak atau terputus (bukan multipart/form-data yang utuh). Pilih berkasnya lalu kirim ulang.',
      en: 'The upload is damaged or was cut off (not a complete multipart/form-data body). Choose the file and send it again.',
    });
  }
}

/** An error from reading the client's upload, as the answer to give: too large, malformed, or itself. */
export function uploadReadError(error: unknown, maxBytes: number): unknown {
  if (error instanceof AppError) return error;
  if (isMultipartSizeLimit(error)) return new UploadTooLargeError(maxBytes);
  return new MalformedUploadError();
}

/**
 * Streams `source` into a new temp file in `tempDir`, computing its SHA-256 and keeping its head.
 * Stops reading as soon as the source passes `maxBytes`. On any failure the temp file is deleted
 * and the error rethrown (UploadTooLargeError for the size limit, also when multipart truncated it).
 */
export async function receiveUpload(
  source: NodeJS.ReadableStream,
  options: { tempDir: string; maxBytes: number },
): Promise<ReceivedUpload> {
  await mkdir(options.tempDir, { recursive: true });
  const tempPath = join(options.tempDir, `upload-${randomUUID()}`);
  const meter = new UploadMeter(options.maxBytes);
  const file = createWriteStream(tempPath, { flags: 'wx', mode: 0o600 });
  // An error of the source is the client's (a cut-off or malformed body), not the server's.
  let sourceError: unknown = null;
  source.once('error', (error: unknown) => {
    sourceError = error;
  });
  try {
    await pipeline(source, meter, file);
    // @fastify/multipart ends a file stream silently at its own size limit and flags it.
    if (isTruncated(source)) throw new UploadTooLargeError(options.maxBytes);
    return { tempPath, sha256: meter.digest(), size: meter.size, head: meter.head() };
  } catch (error) {
    // Wait until the descriptor is closed so nothing can recreate or keep the file after removal.
    // (Not `once`: it would reject on the 'error' the failed pipeline emits on the file.)
    if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
    await rm(tempPath, { force: true });
    if (isMultipartSizeLimit(error)) throw new UploadTooLargeError(options.maxBytes);
    // The source may have failed before this function started reading it (then it is `errored`).
    const fromSource = error === sourceError || (source as { errored?: unknown }).errored === error;
    throw fromSource ? uploadReadError(error, options.maxBytes) : error;
  }
}

/** Passes chunks through while hashing, counting and keeping the head; fails past the limit. */
class UploadMeter extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.size += bytes.length;
    if (this.size > this.maxBytes) {
      callback(new UploadTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(bytes);
    if (this.headLength < HEAD_BYTES) {
      const part = bytes.subarray(0, HEAD_BYTES - this.headLength);
      this.headChunks.push(part);
      this.headLength += part.length;
    }
    callback(null, bytes);
  }

  digest(): string {
    return this.hash.digest('hex');
  }

  head(): Buffer {
    return Buffer.concat(this.headChunks, this.headLength);
  }
}

function isTruncated(source: NodeJS.ReadableStream): boolean {
  return 'truncated' in source && source.truncated === true;
}

/** @fastify/multipart's own error when its `limits.fileSize` is hit with `throwFileSizeLimit`. */
function isMultipartSizeLimit(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE';
}

function formatMegabytes(bytes: number, lang: Lang): string {
  return formatNumber(bytes / (1024 * 1024), lang, { maximumFractionDigits: 1 });
}
