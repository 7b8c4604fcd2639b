/**
 * Where evidence files live. Blobs are content-addressed by their SHA-256, so the same file
 * uploaded twice (or by two institutions) is stored once and can never be altered in place.
 */

/** A content-addressed store of evidence files. */
export interface BlobStore {
  /** Stores the file at `tempPath` under its SHA-256 (hex). Idempotent: storing the same content twice keeps one copy. Moves/consumes the temp file. */
  putFile(tempPath: string, sha256: string, size: number, contentType: string): Promise<void>;
  /** A readable stream of the blob; throws BlobNotFoundError when absent. */
  get(sha256: string): Promise<NodeJS.ReadableStream>;
  has(sha256: string): Promise<boolean>;
  /** Where temp files of uploads go (same filesystem as local blobs, so a rename is atomic). */
  tempDir(): string;
}

/** No blob is stored under the requested hash. */
export class BlobNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`Blob not found: ${sha256}`);
    this.name = 'BlobNotFoundError';
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Whether `value` is a lowercase hex SHA-256, the only form of key a store accepts (it becomes a path or an object key). */
export function isSha256(value: string): boolean {
  return SHA256_HEX.test(value);
}

/** Throws unless `value` is a lowercase hex SHA-256; a malformed hash here is a programming error. */
export function assertSha256(value: string): void {
  if (!isSha256(value)) throw new TypeError(`Not a lowercase hex SHA-256: ${JSON.stringify(value)}`);
}
