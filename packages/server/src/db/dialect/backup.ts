/**
 * Engine-level copies of a whole database: SQLite's online backup API, PostgreSQL's `pg_dump` and
 * `pg_restore`. Both take one consistent snapshot while the application keeps writing, and let the
 * caller read that same snapshot (row counts, audit head, evidence list) for the backup's manifest.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../database.js';
import type { DB } from '../schema.js';
import { isPostgresUrl } from './index.js';
import type { DialectName } from './types.js';

/** The file name a database snapshot gets inside a backup, per engine. */
export const SNAPSHOT_FILE: Record<DialectName, string> = { sqlite: 'database.sqlite', postgres: 'database.pgdump' };

/**
 * Writes a consistent snapshot of `database` to `file` and runs `read` on exactly that snapshot.
 * SQLite copies page by page through the online backup API (writers may go on meanwhile), then
 * `read` sees the copy; PostgreSQL exports the snapshot of a repeatable-read transaction, `pg_dump`
 * (custom format) dumps that snapshot, and `read` runs inside the same transaction.
 */
export async function snapshotDatabase<T>(
  database: Database,
  url: string,
  file: string,
  read: (snapshot: Kysely<DB>) => Promise<T>,
): Promise<T> {
  if (database.dialect.sqlite) {
    await database.dialect.sqlite.backup(file);
    // A self-contained file: the copy keeps the source's WAL mode, which would leave -wal/-shm files beside it.
    const connection = new SqliteDatabase(file);
    connection.pragma('journal_mode = DELETE');
    const copy = new Kysely<DB>({ dialect: new SqliteDialect({ database: connection }) });
    try {
      return await read(copy);
    } finally {
      await copy.destroy();
    }
  }
  return database.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const exported = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(trx);
      const snapshot = exported.rows[0]?.id as string;
      await runPostgresTool(
        'pg_dump',
        ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${file}`],
        url,
      );
      return read(trx);
    });
}

/** Every table of the database, the migration bookkeeping included. */
export async function listTables(db: Kysely<DB>, engine: DialectName): Promise<string[]> {
  const result =
    engine === 'sqlite'
      ? await sql<{ name: string }>`
          select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db)
      : await sql<{ name: string }>`
          select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return result.rows.map((row) => row.name);
}

/**
 * Loads the snapshot `file` into the empty database at `url`: a copy of the SQLite file (through
 * the backup API, so it lands checkpointed and whole), or `pg_restore` in one transaction.
 */
export async function restoreSnapshot(url: string, file: string): Promise<void> {
  if (isPostgresUrl(url)) {
    await runPostgresTool(
      'pg_restore',
      ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', file],
      url,
    );
    return;
  }
  const target = url.slice('sqlite:'.length);
  const staged = `${target}.restoring`;
  rmSync(staged, { force: true });
  const source = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(staged);
  } finally {
    source.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  await rename(staged, target);
}

/** Whether the database at `url` holds no table yet (the only target a restore accepts); creates nothing. */
export async function isEmptyDatabase(url: string): Promise<boolean> {
  if (isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const result = await client.query<{ n: number }>(
        'select count(*)::int as n from information_schema.tables where table_schema = current_schema()',
      );
      return result.rows[0]?.n === 0;
    } finally {
      await client.end();
    }
  }
  const file = url.slice('sqlite:'.length);
  if (file === ':memory:' || !existsSync(file)) return true;
  const connection = new SqliteDatabase(file, { readonly: true });
  try {
    const row = connection.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as {
      n: number;
    };
    return row.n === 0;
  } finally {
    connection.close();
  }
}

/** Runs `pg_dump`/`pg_restore` against `url`, keeping the password off the command line. */
function runPostgresTool(tool: string, args: string[], url: string): Promise<void> {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${parsed.toString()}`], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `${tool} tidak ditemukan; pasang klien PostgreSQL (apt-get install postgresql-client) / ` +
                `${tool} not found; install the PostgreSQL client tools`,
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${tool} gagal / failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}
