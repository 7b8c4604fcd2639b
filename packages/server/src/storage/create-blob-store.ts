/** The evidence store the configuration names: local disk or an S3-compatible bucket. */
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import type { BlobStore } from './blob-store.js';
import { LocalBlobStore } from './local-blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

/** The store the configuration names; a relative local directory is taken relative to `dataDir`. */
export function createBlobStore(storage: Config['evidenceStorage'], dataDir: string): BlobStore {
  return storage.kind === 'local' ? new LocalBlobStore(resolve(dataDir, storage.dir)) : new S3BlobStore(storage.s3);
}
