/** What every route and job receives: the database, the clock and the configuration. */
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { BlobStore } from './storage/blob-store.js';

export interface AppContext {
  config: Readonly<Config>;
  database: Database;
  clock: Clock;
  /** Where evidence files are stored (local disk or S3-compatible). */
  blobs: BlobStore;
}
