/**
 * Evidence files in an S3-compatible bucket under `evidence/<sha256>`. Uploads are staged in a
 * local temp directory first (hashing and type checks need the whole file before it is stored).
 */
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Settings } from '../config.js';
import { awsS3 } from '../heavy-libraries.js';
import { assertSha256, BlobNotFoundError, type BlobStore, isSha256 } from './blob-store.js';

const KEY_PREFIX = 'evidence/';

/** A content-addressed blob store in an S3 bucket. */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly uploadDir: string;

  constructor(settings: S3Settings, uploadDir: string = join(tmpdir(), 'pantau-upload')) {
    this.bucket = settings.bucket;
    this.uploadDir = uploadDir;
    this.client = new (awsS3().S3Client)({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      // Only checksum when an operation demands it. By default the SDK sends uploads aws-chunked
      // with a trailing CRC32, which S3-compatible servers such as s3rver store verbatim as the
      // object's content (and some older MinIO/Ceph versions reject).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  tempDir(): string {
    return this.uploadDir;
  }

  async putFile(tempPath: string, sha256: string, size: number, contentType: string): Promise<void> {
    assertSha256(sha256);
    try {
      if (await this.has(sha256)) return;
      await this.client.send(
        new (awsS3().PutObjectCommand)({
          Bucket: this.bucket,
          Key: KEY_PREFIX + sha256,
          Body: createReadStream(tempPath),
          ContentLength: size,
          ContentType: contentType,
        }),
      );
    } finally {
      await rm(tempPath, { force: true });
    }
  }

  async get(sha256: string): Promise<NodeJS.ReadableStream> {
    if (!isSha256(sha256)) throw new BlobNotFoundError(sha256);
    try {
      const { Body } = await this.client.send(
        new (awsS3().GetObjectCommand)({ Bucket: this.bucket, Key: KEY_PREFIX + sha256 }),
      );
      // In Node the SDK answers with an IncomingMessage; anything else means a misconfigured runtime.
      if (!(Body instanceof Readable)) throw new Error(`S3 returned no readable body for ${sha256}`);
      return Body;
    } catch (error) {
      throw isNotFound(error) ? new BlobNotFoundError(sha256) : error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    if (!isSha256(sha256)) return false;
    try {
      await this.client.send(new (awsS3().HeadObjectCommand)({ Bucket: this.bucket, Key: KEY_PREFIX + sha256 }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** Closes the client's open connections (for tests and shutdown). */
  close(): void {
    this.client.destroy();
  }
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof awsS3().S3ServiceException &&
    (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)
  );
}
