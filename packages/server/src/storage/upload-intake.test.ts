import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEAD_BYTES, MalformedUploadError, receiveUpload, UploadTooLargeError } from './upload-intake.js';

const MB = 1024 * 1024;

/** A source of `total` bytes in `chunkSize` chunks that records how much was pulled from it. */
function countingSource(total: number, chunkSize: number, failAfter?: number) {
  const counter = { read: 0 };
  const chunk = Buffer.alloc(chunkSize, 0x61);
  async function* generate() {
    while (counter.read < total) {
      if (failAfter !== undefined && counter.read >= failAfter) throw new Error('connection reset');
      counter.read += chunk.length;
      yield chunk;
    }
  }
  return { source: Readable.from(generate()), counter };
}

describe('receiveUpload', () => {
  let tempDir: string;
  beforeEach(async () => {
    tempDir = await mkdtemp(join(tmpdir(), 'pantau-intake-'));
  });
  afterEach(() => rm(tempDir, { recursive: true, force: true }));

  it('stores a file within the limit with its hash, size and head', async () => {
    const data = randomBytes(MB);
    const upload = await receiveUpload(Readable.from([data.subarray(0, 1000), data.subarray(1000)]), {
      tempDir,
      maxBytes: 2 * MB,
    });
    expect(upload.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    expect(upload.size).toBe(MB);
    expect(upload.head).toEqual(data.subarray(0, HEAD_BYTES));
    // (Buffer.equals: a deep `toEqual` over a megabyte takes seconds.)
    expect((await readFile(upload.tempPath)).equals(data)).toBe(true);
    expect(await readdir(tempDir)).toHaveLength(1);
  });

  it('accepts a file of exactly the limit, and a short file whole as its head', async () => {
    const exact = await receiveUpload(Readable.from([Buffer.alloc(1000, 1)]), { tempDir, maxBytes: 1000 });
    expect(exact.size).toBe(1000);
    const short = await receiveUpload(Readable.from([Buffer.from('kode,nama\n')]), { tempDir, maxBytes: 1000 });
    expect(short.head.toString()).toBe('kode,nama\n');
  });

  it('refuses a file over the limit with 413, stops reading early and leaves no file', async () => {
    const { source, counter } = countingSource(50 * MB, 16 * 1024);
    const error = await receiveUpload(source, { tempDir, maxBytes: MB }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadTooLargeError);
    expect(error).toMatchObject({ status: 413, code: 'file_too_large' });
    expect(counter.read).toBeLessThan(2 * MB);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('names the limit in MB in both languages', () => {
    expect(new UploadTooLargeError(25 * MB).text).toEqual({
      id: 'Berkas terlalu besar: maksimal 25 MB.',
      en: 'The file is too large: at most 25 MB.',
    });
    expect(new UploadTooLargeError(2.5 * MB).text.id).toBe('Berkas terlalu besar: maksimal 2,5 MB.');
  });

  it('leaves no file when the source fails midway, and calls the upload malformed (400)', async () => {
    const { source } = countingSource(4 * MB, 64 * 1024, MB);
    await expect(receiveUpload(source, { tempDir, maxBytes: 10 * MB })).rejects.toBeInstanceOf(MalformedUploadError);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('leaves no file when the client goes away (stream destroyed without an error)', async () => {
    const source = new PassThrough();
    const received = receiveUpload(source, { tempDir, maxBytes: MB });
    source.write(Buffer.alloc(1000));
    setImmediate(() => source.destroy());
    await expect(received).rejects.toThrow();
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('treats a stream truncated by the multipart parser as too large and leaves no file', async () => {
    const source = Object.assign(Readable.from([Buffer.alloc(500)]), { truncated: false });
    source.on('end', () => {
      source.truncated = true;
    });
    await expect(receiveUpload(source, { tempDir, maxBytes: 500 })).rejects.toBeInstanceOf(UploadTooLargeError);
    expect(await readdir(tempDir)).toEqual([]);
  });
});
