/**
 * The fastest way each engine takes millions of rows, for the national-scale data generator:
 * SQLite through one reused prepared multi-row INSERT on the raw connection, PostgreSQL through
 * `INSERT … SELECT FROM unnest(<one array per column>)`, a few parameters for thousands of rows.
 * Call inside a transaction (`database.db.transaction()`), passing the transaction.
 */
import type { Insertable, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../database.js';
import type { DB } from '../schema.js';

/** Rows per statement: SQLite binds at most 32,766 parameters; PostgreSQL arrays have no such limit. */
const SQLITE_PARAMETERS = 30_000;
const POSTGRES_ROWS = 20_000;

/** Inserts rows of any table as fast as the engine allows. */
export interface BulkLoader {
  insert<T extends keyof DB & string>(table: T, rows: readonly Insertable<DB[T]>[]): Promise<void>;
  /** After rows were inserted with explicit ids: moves each table's id generator past the largest id. */
  syncIdentities(tables: readonly (keyof DB & string)[]): Promise<void>;
  /**
   * Drops the secondary indexes of `tables` (not primary keys or unique constraints) and returns a
   * function that builds them again: one sorted build after the load is far cheaper than keeping
   * them up to date row by row. Queries in between run without those indexes.
   */
  deferIndexes(tables: readonly (keyof DB & string)[]): Promise<() => Promise<void>>;
}

/** A loader writing through `trx`, an open transaction of `database`. */
export function bulkLoader(database: Database, trx: Kysely<DB>): BulkLoader {
  return database.dialect.sqlite ? sqliteLoader(database) : postgresLoader(trx);
}

function sqliteLoader(database: Database): BulkLoader {
  const connection = database.dialect.sqlite as NonNullable<Database['dialect']['sqlite']>;
  // Index pages of a table of millions of rows stay in memory (the default cache is 2 MB).
  connection.pragma('cache_size = -262144');
  const statements = new Map<string, ReturnType<typeof connection.prepare>>();
  const statement = (table: string, columns: string[], rows: number) => {
    const key = `${table}|${columns.join(',')}|${rows}`;
    let prepared = statements.get(key);
    if (!prepared) {
      const tuple = `(${columns.map(() => '?').join(',')})`;
      prepared = connection.prepare(
        `insert into "${table}" (${columns.map((c) => `"${c}"`).join(',')}) values ${Array(rows).fill(tuple).join(',')}`,
      );
      statements.set(key, prepared);
    }
    return prepared;
  };
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0] as object);
      const perStatement = Math.max(1, Math.floor(SQLITE_PARAMETERS / columns.length));
      const values: unknown[] = [];
      for (let start = 0; start < rows.length; start += perStatement) {
        const chunk = rows.slice(start, start + perStatement);
        values.length = 0;
        for (const row of chunk)
          for (const column of columns) values.push((row as Record<string, unknown>)[column] ?? null);
        statement(table, columns, chunk.length).run(values);
      }
    },
    // An integer primary key continues after the largest id by itself.
    async syncIdentities() {},
    async deferIndexes(tables) {
      // Indexes behind primary keys and unique constraints have no SQL of their own and stay.
      const indexes = connection
        .prepare(
          `select name, sql from sqlite_master where type = 'index' and sql is not null
           and tbl_name in (${tables.map(() => '?').join(',')})`,
        )
        .all(...tables) as { name: string; sql: string }[];
      for (const index of indexes) connection.exec(`drop index "${index.name}"`);
      return async () => {
        for (const index of indexes) connection.exec(index.sql);
      };
    },
  };
}

function postgresLoader(trx: Kysely<DB>): BulkLoader {
  const typesOf = new Map<string, Map<string, string>>();
  const columnTypes = async (table: string) => {
    let types = typesOf.get(table);
    if (!types) {
      const result = await sql<{ column_name: string; udt_name: string }>`
        select column_name, udt_name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table}`.execute(trx);
      types = new Map(result.rows.map((row) => [row.column_name, row.udt_name]));
      typesOf.set(table, types);
    }
    return types;
  };
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0] as object);
      const types = await columnTypes(table);
      for (let start = 0; start < rows.length; start += POSTGRES_ROWS) {
        const chunk = rows.slice(start, start + POSTGRES_ROWS);
        const arrays = columns.map((column) => {
          const type = types.get(column);
          if (!type) throw new Error(`${table}.${column} does not exist`);
          const values = chunk.map((row) => (row as Record<string, unknown>)[column] ?? null);
          return sql`${values}::${sql.raw(`${type}[]`)}`;
        });
        await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
          select * from unnest(${sql.join(arrays)})`.execute(trx);
      }
    },
    async deferIndexes(tables) {
      const result = await sql<{ name: string; definition: string }>`
        select indexname as name, indexdef as definition from pg_indexes
        where schemaname = current_schema() and tablename in (${sql.join(tables)})
          and indexname not in (select conname from pg_constraint)`.execute(trx);
      for (const index of result.rows) await sql`drop index ${sql.ref(index.name)}`.execute(trx);
      return async () => {
        for (const index of result.rows) await sql.raw(index.definition).execute(trx);
      };
    },
    async syncIdentities(tables) {
      for (const table of tables) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
          trx,
        );
      }
    },
  };
}

/**
 * After a bulk load has committed: PostgreSQL gathers planner statistics now, as autovacuum would
 * shortly after any large change; without them the first queries plan for empty tables. SQLite
 * keeps no statistics unless ANALYZE is run, which a Pantau database never does, so neither does this.
 */
export async function analyzeAfterLoad(database: Database): Promise<void> {
  if (database.dialect.name === 'postgres') await sql`analyze`.execute(database.db);
}
