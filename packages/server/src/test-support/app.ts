/** A ready application over a test database, with a fixed clock. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { type Clock, fixedClock } from '../clock.js';
import { type Config, loadConfig } from '../config.js';
import type { Database } from '../db/database.js';

/** The demo date the tests run at, unless they say otherwise. */
export const TEST_NOW = '2026-11-27T03:00:00.000Z';

/** Builds the app without listening; the caller closes it. */
export async function buildTestApp(
  database: Database,
  clock: Clock = fixedClock(TEST_NOW),
  overrides: Partial<Config> = {},
): Promise<FastifyInstance> {
  const config = loadConfig({ PANTAU_DATA_DIR: '/tmp/pantau-test-unused', LOG_LEVEL: 'silent' });
  return buildApp({ config: { ...config, webDist: null, ...overrides }, database, clock }, { logger: false });
}
