#!/usr/bin/env node
/**
 * Lints the server's OpenAPI document with Redocly's recommended rules and prints every problem;
 * exits 1 on an error. The document is built in-process over an empty in-memory database, as
 * packages/web/scripts/gen-api-types.mjs builds it. Needs the built server: `tsc -b packages/server`.
 *
 *   npm run api:lint
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const load = (path) => import(new URL(`../dist/${path}`, import.meta.url).href);
const [{ buildApp }, { loadConfig }, { openDatabase }, { migrateToLatest }, { fixedClock }, storage, lint] =
  await Promise.all([
    load('app.js'),
    load('config.js'),
    load('db/database.js'),
    load('db/migrate.js'),
    load('clock.js'),
    load('storage/local-blob-store.js'),
    load('http/openapi-lint.js'),
  ]);

const database = openDatabase('sqlite::memory:');
const blobDir = await mkdtemp(join(tmpdir(), 'pantau-api-lint-'));
try {
  await migrateToLatest(database);
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), webDist: null };
  const blobs = new storage.LocalBlobStore(blobDir);
  const app = await buildApp(
    { config, database, clock: fixedClock('2026-01-01T00:00:00.000Z'), blobs },
    { logger: false },
  );
  await app.ready();
  const problems = await lint.lintOpenapi(app.swagger());
  await app.close();
  for (const problem of problems) console.log(lint.describeProblem(problem));
  const count = (severity) => problems.filter((problem) => problem.severity === severity).length;
  console.log(`\nOpenAPI document: ${count('error')} errors, ${count('warn')} warnings (Redocly recommended rules).`);
  if (count('error') > 0) process.exitCode = 1;
} finally {
  await database.close();
  await rm(blobDir, { recursive: true, force: true });
}
