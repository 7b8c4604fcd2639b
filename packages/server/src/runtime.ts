/** Start-up shared by the CLI commands: configuration, a migrated database, the demo data. */
import { fileURLToPath } from 'node:url';
import { type Clock, systemClock } from './clock.js';
import { type Config, loadConfig } from './config.js';
import { type Database, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { countAllInstitutions } from './db/repositories/institution.repository.js';
import type { DemoSeedResult } from './seed/demo-seed.js';
import { applyGradeWeight } from './services/figures/grade-weight.js';
import type { BlobStore } from './storage/blob-store.js';
import { createBlobStore } from './storage/create-blob-store.js';

/** Where `npm run build` puts the web app, relative to this package. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The configuration from the process environment. */
export function configFromEnvironment(): Readonly<Config> {
  return loadConfig(process.env, DEFAULT_WEB_DIST);
}

/** Opens the configured database, applies pending migrations and the configured grade-weight rule. */
export async function openMigratedDatabase(config: Config): Promise<Database> {
  const database = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(database);
    await applyGradeWeight(database, config.gradeWeight, systemClock);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The configured evidence store. */
export function evidenceStore(config: Config): BlobStore {
  return createBlobStore(config.evidenceStorage, config.dataDir);
}

/** Loads the demo dataset when the database is empty; returns what was loaded, or null. */
export async function seedDemoIfEmpty(
  database: Database,
  config: Config,
  clock: Clock,
  blobs: BlobStore,
): Promise<DemoSeedResult | null> {
  if (!config.seedDemoWhenEmpty || (await countAllInstitutions(database.db)) > 0) return null;
  // Loaded only here: a process that serves without the demo never needs the seed and its catalogues.
  const { seedDemo } = await import('./seed/demo-seed.js');
  return seedDemo(database, { asOf: clock.now(), password: config.demoPassword, secret: config.secret, blobs });
}
