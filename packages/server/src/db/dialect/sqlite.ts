/** SQLite through better-sqlite3: the embedded default. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { type ColumnDefinitionBuilder, type Kysely, SqliteDialect, sql } from 'kysely';
import type { DatabaseDialect, SchemaDescription } from './types.js';

/**
 * SQLite's own page cache per connection, in KiB: SQLite's default, where better-sqlite3's build
 * raises it to 16 MB. The operating system's file cache holds the database's pages anyway: on the
 * national dataset the larger cache of the serving and the figures worker's connections bought no
 * speed and cost about 70 MB of the server's peak memory (docs/performance.md#memory).
 */
export const PAGE_CACHE_KIB = 2000;

/** Opens (creating if needed) the SQLite file at `file`, or an in-memory database for `:memory:`. */
export function sqliteDialect(file: string): DatabaseDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const connection = new SqliteDatabase(file);
  // WAL lets readers go on during a write; foreign keys are off by default in SQLite.
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('busy_timeout = 5000');
  connection.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  return {
    name: 'sqlite',
    kysely: new SqliteDialect({ database: keepingStatements(connection) }),
    idColumn: (column: ColumnDefinitionBuilder) => column.primaryKey(),
    describeSchema,
    sqlite: connection,
  };
}

/**
 * A read-only connection to the SQLite file `file` (which must exist), for computations in another
 * thread: WAL lets it read a consistent snapshot while the main connection writes.
 */
export function sqliteReaderDialect(file: string): DatabaseDialect {
  const connection = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  connection.pragma('busy_timeout = 5000');
  connection.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  return {
    name: 'sqlite',
    kysely: new SqliteDialect({ database: keepingStatements(connection) }),
    idColumn: (column: ColumnDefinitionBuilder) => column.primaryKey(),
    describeSchema,
    sqlite: connection,
  };
}

/** Statements kept prepared, by SQL text (the least recently used go first). */
const KEPT_STATEMENTS = 500;

/**
 * The connection as Kysely uses it, preparing each distinct statement once: Kysely prepares every
 * query anew, which costs as much CPU as running the short indexed queries of a write. A statement
 * still being iterated (a streamed export) is busy, and a fresh one is prepared instead.
 * Transactions begin IMMEDIATE, for several processes on one file.
 */
function keepingStatements(connection: SqliteDatabase.Database) {
  const kept = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(query: string): SqliteDatabase.Statement {
      // Kysely begins a transaction with a deferred BEGIN, which takes the write lock only at the
      // first write; when another process (a second worker, a CLI import) has written since this
      // transaction's first read, that write fails with SQLITE_BUSY at once, without waiting.
      // BEGIN IMMEDIATE takes the lock first, waiting up to the busy timeout. Within one process
      // Kysely runs one transaction at a time anyway, so this changes nothing there.
      const text = query === 'begin' ? 'begin immediate' : query;
      const statement = kept.get(text);
      if (statement && !statement.busy) {
        kept.delete(text);
        kept.set(text, statement);
        return statement;
      }
      const fresh = connection.prepare(text);
      kept.set(text, fresh);
      for (const oldest of kept.keys()) {
        if (kept.size <= KEPT_STATEMENTS) break;
        kept.delete(oldest);
      }
      return fresh;
    },
    close(): void {
      kept.clear();
      connection.close();
    },
  };
}

async function describeSchema<T>(db: Kysely<T>): Promise<SchemaDescription> {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master
    where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'
    order by name`.execute(db);
  const description: SchemaDescription = {};
  for (const { name } of tables.rows) {
    const columns = await sql<{ name: string; type: string; notnull: number; pk: number }>`
      select name, type, "notnull", pk from pragma_table_info(${name}) order by cid`.execute(db);
    const indexes = await sql<{ name: string; unique: number }>`
      select name, "unique" from pragma_index_list(${name})
      where origin != 'pk' order by name`.execute(db);
    const indexDescriptions = [];
    for (const index of indexes.rows) {
      const indexColumns = await sql<{ name: string }>`
        select name from pragma_index_info(${index.name}) order by seqno`.execute(db);
      indexDescriptions.push({
        columns: indexColumns.rows.map((c) => c.name),
        unique: index.unique === 1,
      });
    }
    description[name] = {
      columns: columns.rows.map((c) => ({
        name: c.name,
        type: c.type.toLowerCase(),
        nullable: c.notnull === 0 && c.pk === 0,
      })),
      indexes: indexDescriptions,
    };
  }
  return description;
}
