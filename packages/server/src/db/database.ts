/** Opens the application database on either engine. */
import { Kysely } from 'kysely';
import { type DatabaseDialect, dialectFor } from './dialect/index.js';
import { sqliteReaderDialect } from './dialect/sqlite.js';
import type { DB } from './schema.js';

/** An open database: the typed query builder plus what differs per engine. */
export interface Database {
  db: Kysely<DB>;
  dialect: DatabaseDialect;
  close(): Promise<void>;
}

/** The transaction-or-database handle that repositories take. */
export type Executor = Kysely<DB>;

/** Opens the database at `url` (see `dialectFor` for the accepted forms). */
export function openDatabase(url: string): Database {
  const dialect = dialectFor(url);
  const db = new Kysely<DB>({ dialect: dialect.kysely });
  return { db, dialect, close: () => db.destroy() };
}

/** A read-only second connection to the SQLite file `file`, e.g. for a worker thread. */
export function openSqliteReader(file: string): Database {
  const dialect = sqliteReaderDialect(file);
  const db = new Kysely<DB>({ dialect: dialect.kysely });
  return { db, dialect, close: () => db.destroy() };
}

/** The file of a SQLite database, or null for PostgreSQL and in-memory SQLite. */
export function sqliteFileOf(database: Database): string | null {
  const connection = database.dialect.sqlite;
  return connection && !connection.memory ? connection.name : null;
}
