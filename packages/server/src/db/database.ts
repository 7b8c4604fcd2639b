/** Opens the application database on either engine. */
import { Kysely } from 'kysely';
import { type DatabaseDialect, dialectFor } from './dialect/index.js';
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
