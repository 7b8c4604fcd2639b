/** Two workers on one SQLite file (WAL, transactions that wait for the write lock). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWorkers } from '../test-support/workers-scenarios.js';

let dataDir = '';
describeWorkers(
  'SQLite',
  async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pantau-workers-'));
    return { databaseUrl: `sqlite:${join(dataDir, 'pantau.db')}`, dataDir };
  },
  async () => rmSync(dataDir, { recursive: true, force: true }),
);
