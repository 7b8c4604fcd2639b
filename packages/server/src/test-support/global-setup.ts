/**
 * Once per test run: when PANTAU_TEST_DATABASE_URL is set, migrate a PostgreSQL template
 * database that every test copies, so each test starts from a fresh, migrated database fast.
 */
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { adminQuery, dropDatabase, urlForDatabase } from './postgres-admin.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const baseUrl = process.env.PANTAU_TEST_DATABASE_URL;
  if (!baseUrl) {
    project.provide('pgTemplate', null);
    return async () => {};
  }
  const template = `pantau_template_${process.pid}`;
  await dropDatabase(baseUrl, template);
  await adminQuery(baseUrl, `create database "${template}"`);
  const database = openDatabase(urlForDatabase(baseUrl, template));
  try {
    await migrateToLatest(database);
  } finally {
    await database.close();
  }
  project.provide('pgTemplate', template);
  return () => dropDatabase(baseUrl, template);
}
