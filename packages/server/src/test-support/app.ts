/** A ready application over a test database, with a fixed clock. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { type Clock, fixedClock, systemClock } from '../clock.js';
import { type Config, loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import type { BlobStore } from '../storage/blob-store.js';
import { LocalBlobStore } from '../storage/local-blob-store.js';

/** The demo date the tests run at, unless they say otherwise. */
export const TEST_NOW = '2026-11-27T03:00:00.000Z';

/** Builds the app without listening; the caller closes it. */
export async function buildTestApp(
  database: Database,
  clock: Clock = fixedClock(TEST_NOW),
  overrides: Partial<Config> = {},
): Promise<FastifyInstance> {
  // A 4-bit proof of work for the feedback form: tests solve it in a few hashes instead of ~65 000.
  // Dashboards read their own writes at once (staleness is the subject of dashboard-memo.test.ts).
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', PANTAU_FEEDBACK_POW_BITS: '4', PANTAU_FIGURES_MAX_STALE_SECONDS: '0' }),
    webDist: null,
    ...overrides,
  };
  const app = await buildApp({ config, database, clock, blobs: testBlobStore() }, { logger: false });
  rememberClock(app, clock);
  return app;
}

const clocks = new WeakMap<FastifyInstance, Clock>();

/** Records the clock an app runs on, so test helpers compute authenticator codes for its "now". */
export function rememberClock(app: FastifyInstance, clock: Clock): void {
  clocks.set(app, clock);
}

/** The clock of a test app (the system clock for apps built without `buildTestApp`). */
export function clockOf(app: FastifyInstance): Clock {
  return clocks.get(app) ?? systemClock;
}

/** A local evidence store in a fresh temporary directory (removed by the OS's temp cleaning). */
export function testBlobStore(): BlobStore {
  return new LocalBlobStore(mkdtempSync(join(tmpdir(), 'pantau-blobs-')));
}
