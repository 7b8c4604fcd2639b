import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobNotFoundError } from './blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

/** The part of s3rver (a CommonJS package without types) these tests use. */
interface S3rver {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverOptions = {
  port: number;
  address: string;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
};
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: S3rverOptions) => S3rver;

const BUCKET = 'pantau-test';
const sha256 = (content: string) => createHash('sha256').update(content).digest('hex');

describe('S3BlobStore against s3rver', () => {
  let dir: string;
  let server: S3rver;
  let store: S3BlobStore;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pantau-s3-'));
    server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: join(dir, 's3'),
      configureBuckets: [{ name: BUCKET }],
    });
    const { port } = await server.run();
    store = new S3BlobStore(
      {
        bucket: BUCKET,
        endpoint: `http://127.0.0.1:${port}`,
        region: 'us-east-1',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        forcePathStyle: true,
      },
      join(dir, 'upload'),
    );
  });

  afterAll(async () => {
    store.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function tempFile(content: string): Promise<string> {
    await mkdir(store.tempDir(), { recursive: true });
    const path = join(store.tempDir(), `upload-${Math.random().toString(36).slice(2)}`);
    await writeFile(path, content);
    return path;
  }

  it('stores a file under evidence/<sha256>, deletes the temp file and reads it back', async () => {
    const content = 'Laporan aksi PK triwulan I — Kota Bogor';
    const hash = sha256(content);
    await store.putFile(await tempFile(content), hash, Buffer.byteLength(content), 'text/plain');
    expect(await readdir(store.tempDir())).toEqual([]);
    expect(await readdir(join(dir, 's3', BUCKET, 'evidence'))).toContain(`${hash}._S3rver_object`);
    expect(await text(await store.get(hash))).toBe(content);
  });

  it('keeps one copy when the same content is stored twice', async () => {
    const content = 'bukti yang sama';
    const hash = sha256(content);
    await store.putFile(await tempFile(content), hash, content.length, 'text/plain');
    await store.putFile(await tempFile(content), hash, content.length, 'text/plain');
    const objects = await readdir(join(dir, 's3', BUCKET, 'evidence'));
    expect(objects.filter((name) => name.startsWith(`${hash}.`) && name.endsWith('_object'))).toHaveLength(1);
    expect(await readdir(store.tempDir())).toEqual([]);
    expect(await text(await store.get(hash))).toBe(content);
  });

  it('says whether a blob exists', async () => {
    const content = 'ada di bucket';
    expect(await store.has(sha256(content))).toBe(false);
    await store.putFile(await tempFile(content), sha256(content), content.length, 'text/plain');
    expect(await store.has(sha256(content))).toBe(true);
  });

  it('throws BlobNotFoundError for an unknown hash', async () => {
    await expect(store.get(sha256('tidak ada'))).rejects.toBeInstanceOf(BlobNotFoundError);
  });

  it('deletes the temp file also when the upload fails', async () => {
    const broken = new S3BlobStore(
      {
        bucket: 'no-such-bucket',
        endpoint: 'http://127.0.0.1:9',
        region: 'us-east-1',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        forcePathStyle: true,
      },
      store.tempDir(),
    );
    try {
      await expect(broken.putFile(await tempFile('x'), sha256('x'), 1, 'text/plain')).rejects.toThrow();
      expect(await readdir(store.tempDir())).toEqual([]);
    } finally {
      broken.close();
    }
  });
});
