import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobNotFoundError, type BlobStore } from './blob-store.js';
import { createBlobStore } from './create-blob-store.js';

const sha256 = (content: string) => createHash('sha256').update(content).digest('hex');

describe('LocalBlobStore', () => {
  let dir: string;
  let store: BlobStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pantau-blobs-'));
    store = createBlobStore({ kind: 'local', dir: join(dir, 'evidence') }, dir);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function tempFile(content: string): Promise<string> {
    await mkdir(store.tempDir(), { recursive: true });
    const path = join(store.tempDir(), `upload-${Math.random().toString(36).slice(2)}`);
    await writeFile(path, content);
    return path;
  }

  it('stores a file under its hash, read-only, and reads it back', async () => {
    const content = 'Laporan aksi PK triwulan I';
    const hash = sha256(content);
    const temp = await tempFile(content);
    await store.putFile(temp, hash, content.length, 'text/plain');

    const path = join(dir, 'evidence', hash.slice(0, 2), hash.slice(2, 4), hash);
    expect((await stat(path)).mode & 0o777).toBe(0o444);
    expect(await readdir(store.tempDir())).toEqual([]);
    expect(await text(await store.get(hash))).toBe(content);
  });

  it('keeps one copy when the same content is stored twice, consuming both temp files', async () => {
    const content = 'bukti yang sama';
    const hash = sha256(content);
    await store.putFile(await tempFile(content), hash, content.length, 'text/plain');
    await store.putFile(await tempFile(content), hash, content.length, 'text/plain');
    expect(await readdir(join(dir, 'evidence', hash.slice(0, 2), hash.slice(2, 4)))).toEqual([hash]);
    expect(await readdir(store.tempDir())).toEqual([]);
    expect(await text(await store.get(hash))).toBe(content);
  });

  it('says whether a blob exists', async () => {
    const content = 'ada';
    expect(await store.has(sha256(content))).toBe(false);
    await store.putFile(await tempFile(content), sha256(content), 3, 'text/plain');
    expect(await store.has(sha256(content))).toBe(true);
    expect(await store.has('../../etc/passwd')).toBe(false);
  });

  it('throws BlobNotFoundError for an unknown or malformed hash', async () => {
    await expect(store.get(sha256('tidak ada'))).rejects.toBeInstanceOf(BlobNotFoundError);
    await expect(store.get('../secret')).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it('refuses to store under a malformed hash', async () => {
    await expect(store.putFile(await tempFile('x'), '../x', 1, 'text/plain')).rejects.toThrow(TypeError);
  });
});
