/**
 * Several processes on one SQLite file (workers, a CLI import beside the server): a transaction
 * that reads before it writes must not fail because another process wrote in between.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Database, openDatabase } from '../database.js';

const SERVER_PACKAGE = fileURLToPath(new URL('../../../', import.meta.url));

/** Another process inserting one row into `counter`, waiting for the write lock like the app does. */
function writeFromAnotherProcess(file: string): Promise<number | null> {
  const script = `
    const Sqlite = require('better-sqlite3');
    const db = new Sqlite(${JSON.stringify(file)});
    db.pragma('busy_timeout = 5000');
    db.prepare("insert into counter (who) values ('other')").run();`;
  const child = spawn(process.execPath, ['-e', script], { cwd: SERVER_PACKAGE, stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

let dir: string;
let file: string;
let database: Database;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-sqlite-'));
  file = join(dir, 'shared.db');
  database = openDatabase(`sqlite:${file}`);
  await sql`create table counter (id integer primary key, who text not null)`.execute(database.db);
});
afterEach(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

it('lets a read-then-write transaction finish while another process writes to the file', async () => {
  let other: Promise<number | null> | undefined;
  await database.db.transaction().execute(async (trx) => {
    const before = await sql<{ n: number }>`select count(*) as n from counter`.execute(trx);
    expect(before.rows[0]?.n).toBe(0);
    // The other process writes now. With a deferred BEGIN its commit would make this transaction's
    // snapshot stale and the insert below fail with SQLITE_BUSY; with BEGIN IMMEDIATE it waits.
    other = writeFromAnotherProcess(file);
    await pause(500);
    await sql`insert into counter (who) values ('this')`.execute(trx);
  });
  expect(await other).toBe(0);
  const rows = await sql<{ who: string }>`select who from counter order by id`.execute(database.db);
  expect(rows.rows.map((r) => r.who)).toEqual(['this', 'other']);
});
