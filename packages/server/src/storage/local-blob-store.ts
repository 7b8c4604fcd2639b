/**
 * Evidence files on local disk at `<dir>/ab/cd/<sha256>`. Temp files of uploads live in
 * `<dir>/.tmp/` so moving one into place is a single atomic rename on the same filesystem.
 */
import { randomUUID } from 'node:crypto';
import { access, chmod, copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { assertSha256, BlobNotFoundError, type BlobStore, isSha256 } from './blob-store.js';

/** Stored blobs are never written again, so they are read-only for everyone. */
const BLOB_MODE = 0o444;

/** A content-addressed blob store in a directory. */
export class LocalBlobStore implements BlobStore {
  constructor(private readonly dir: string) {}

  tempDir(): string {
    return join(this.dir, '.tmp');
  }

  async putFile(tempPath: string, sha256: string, _size: number, _contentType: string): Promise<void> {
    assertSha256(sha256);
    const target = this.blobPath(sha256);
    try {
      if (await exists(target)) return;
      await mkdir(dirname(target), { recursive: true });
      await chmod(tempPath, BLOB_MODE);
      await moveInto(tempPath, target, this.tempDir());
    } finally {
      await rm(tempPath, { force: true });
    }
  }

  async get(sha256: string): Promise<NodeJS.ReadableStream> {
    if (!isSha256(sha256)) throw new BlobNotFoundError(sha256);
    // Opening first turns a missing file into BlobNotFoundError here rather than a stream error later.
    const handle = await open(this.blobPath(sha256), 'r').catch((error: unknown) => {
      throw isMissing(error) ? new BlobNotFoundError(sha256) : error;
    });
    return handle.createReadStream();
  }

  async has(sha256: string): Promise<boolean> {
    return isSha256(sha256) && exists(this.blobPath(sha256));
  }

  private blobPath(sha256: string): string {
    return join(this.dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}

/**
 * Renames `source` to `target`. A rename over an existing blob is harmless (same content), which
 * keeps concurrent uploads of one file race-free. A source on another filesystem is first copied
 * next to the blobs so the final step stays atomic.
 */
async function moveInto(source: string, target: string, tempDir: string): Promise<void> {
  try {
    await rename(source, target);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EXDEV')) throw error;
    await mkdir(tempDir, { recursive: true });
    const staged = join(tempDir, `staged-${randomUUID()}`);
    try {
      await copyFile(source, staged);
      await chmod(staged, BLOB_MODE);
      await rename(staged, target);
    } finally {
      await rm(staged, { force: true });
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR');
}
