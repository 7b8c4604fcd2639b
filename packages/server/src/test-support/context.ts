/** An application context for tests that drive services and the scheduler without HTTP. */
import type { Clock } from '../clock.js';
import { type Config, loadConfig } from '../config.js';
import type { AppContext } from '../context.js';
import type { Database } from '../db/database.js';
import { testBlobStore } from './app.js';

/** The test configuration (as `buildTestApp` uses it) with `overrides`. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent', PANTAU_FIGURES_MAX_STALE_SECONDS: '0' }), webDist: null, ...overrides };
}

/** A context over `database` and `clock`. */
export function testContext(database: Database, clock: Clock, overrides: Partial<Config> = {}): AppContext {
  return { config: testConfig(overrides), database, clock, blobs: testBlobStore() };
}
