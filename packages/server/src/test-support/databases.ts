/**
 * Fresh, migrated databases for tests: SQLite always, PostgreSQL as well when
 * PANTAU_TEST_DATABASE_URL is set. `describeEachDatabase` runs the same tests on each.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from 'vitest';
import { type Database, openDatabase } from '../db/database.js';
import type { DialectName } from '../db/dialect/index.js';
import { migrateToLatest } from '../db/migrate.js';
import { createDatabaseFromTemplate, dropDatabase, urlForDatabase } from './postgres-admin.js';

/** The engines this test run covers. */
export function dialectsUnderTest(): DialectName[] {
  return inject('pgTemplate') ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A fresh, migrated database of the given engine; `close()` also removes it. */
export async function createTestDatabase(dialect: DialectName): Promise<Database & { url: string }> {
  if (dialect === 'sqlite') {
    const url = 'sqlite::memory:';
    const database = openDatabase(url);
    await migrateToLatest(database);
    return { ...database, url };
  }
  const baseUrl = process.env.PANTAU_TEST_DATABASE_URL as string;
  const template = inject('pgTemplate') as string;
  const name = `pantau_test_${randomBytes(6).toString('hex')}`;
  await createDatabaseFromTemplate(baseUrl, name, template);
  const url = urlForDatabase(baseUrl, name);
  const database = openDatabase(url);
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await dropDatabase(baseUrl, name);
    },
  };
}

export interface EachDatabaseOptions {
  /**
   * One database for the whole block instead of a fresh one per test, for tests that only read
   * what a `beforeAll` hook wrote (the demo dataset, say): it is loaded once per engine, not per test.
   */
  shared?: boolean;
}

/** Runs `body` once per engine under test, with a fresh database for every test (or one, shared). */
export function describeEachDatabase(
  name: string,
  body: (database: () => Database) => void,
  { shared = false }: EachDatabaseOptions = {},
): void {
  const [before, after] = shared ? [beforeAll, afterAll] : [beforeEach, afterEach];
  for (const dialect of dialectsUnderTest()) {
    describe(`${name} [${dialect}]`, () => {
      let current: Database | undefined;
      before(async () => {
        current = await createTestDatabase(dialect);
      });
      after(async () => {
        await current?.close();
        current = undefined;
      });
      body(() => {
        if (!current) throw new Error('database used outside a test');
        return current;
      });
    });
  }
}
