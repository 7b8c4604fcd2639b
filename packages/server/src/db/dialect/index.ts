/** Picks the database engine from the configured URL. */
import { type Kysely, PostgresAdapter } from 'kysely';
import { postgresDialect } from './postgres.js';
import { sqliteDialect } from './sqlite.js';
import type { DatabaseDialect } from './types.js';

export type { DatabaseDialect, DialectName, SchemaDescription, TableDescription } from './types.js';

/** True for `postgres://` and `postgresql://` URLs. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * The dialect for a database URL: `postgres://…` selects PostgreSQL; `sqlite:<file>` (or
 * `sqlite::memory:`) selects SQLite.
 */
export function dialectFor(url: string): DatabaseDialect {
  if (isPostgresUrl(url)) return postgresDialect(url);
  if (url.startsWith('sqlite:')) return sqliteDialect(url.slice('sqlite:'.length));
  throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or sqlite: (got "${url.split(':')[0]}:…")`);
}

/** Whether `db` (a database or a transaction) talks to PostgreSQL. */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Whether a database error is a unique-constraint violation, on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
