/** Two workers on one PostgreSQL database. Runs only with PANTAU_TEST_DATABASE_URL. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminQuery, dropDatabase, urlForDatabase } from '../test-support/postgres-admin.js';
import { describeWorkers } from '../test-support/workers-scenarios.js';

const baseUrl = process.env.PANTAU_TEST_DATABASE_URL as string;
const name = `pantau_workers_${randomBytes(6).toString('hex')}`;
let dataDir = '';
describeWorkers(
  'PostgreSQL',
  async () => {
    await adminQuery(baseUrl, `create database "${name}"`);
    dataDir = mkdtempSync(join(tmpdir(), 'pantau-workers-pg-'));
    return { databaseUrl: urlForDatabase(baseUrl, name), dataDir };
  },
  async () => {
    await dropDatabase(baseUrl, name);
    rmSync(dataDir, { recursive: true, force: true });
  },
  {
    // Open connections stay; a new worker cannot connect, so it cannot start.
    refuse: () => adminQuery(baseUrl, `alter database "${name}" allow_connections false`),
    allow: () => adminQuery(baseUrl, `alter database "${name}" allow_connections true`),
  },
);
