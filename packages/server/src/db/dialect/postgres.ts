/** PostgreSQL through node-postgres: the national-scale deployment. */
import { type ColumnDefinitionBuilder, type Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { prepareMarkedStatements } from './prepared.js';
import type { DatabaseDialect, SchemaDescription } from './types.js';

// COUNT(*) and SUM over integers come back as int8/numeric; the values stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** Connects a pool to the PostgreSQL database at `url`. */
export function postgresDialect(url: string, poolSize = 10): DatabaseDialect {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server closes (restart, failover, dropped database) emits an error;
  // the pool discards that connection and the next query opens a new one. Unhandled, the error
  // would end the process.
  pool.on('error', () => {});
  prepareMarkedStatements(pool);
  return {
    name: 'postgres',
    kysely: new PostgresDialect({ pool }),
    idColumn: (column: ColumnDefinitionBuilder) => column.primaryKey().generatedByDefaultAsIdentity(),
    describeSchema,
    pgPool: pool,
  };
}

async function describeSchema<T>(db: Kysely<T>): Promise<SchemaDescription> {
  const columns = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>`
    select table_name, column_name, data_type, is_nullable
    from information_schema.columns
    where table_schema = current_schema() and table_name not like 'kysely_%'
    order by table_name, ordinal_position`.execute(db);
  const indexes = await sql<{ table_name: string; unique: boolean; columns: string[] }>`
    select t.relname as table_name, ix.indisunique as unique,
      array(select a.attname from unnest(ix.indkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n)::text[] as columns
    from pg_index ix
    join pg_class t on t.oid = ix.indrelid
    join pg_class i on i.oid = ix.indexrelid
    join pg_namespace ns on ns.oid = t.relnamespace
    where ns.nspname = current_schema() and not ix.indisprimary and t.relname not like 'kysely_%'
    order by t.relname, i.relname`.execute(db);
  const description: SchemaDescription = {};
  for (const column of columns.rows) {
    description[column.table_name] ??= { columns: [], indexes: [] };
    description[column.table_name]?.columns.push({
      name: column.column_name,
      type: column.data_type,
      nullable: column.is_nullable === 'YES',
    });
  }
  for (const index of indexes.rows) {
    description[index.table_name]?.indexes.push({ columns: index.columns, unique: index.unique });
  }
  return description;
}
