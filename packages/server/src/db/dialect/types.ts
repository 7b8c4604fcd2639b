/** What the rest of the code may know about the database engine underneath. */
import type Database from 'better-sqlite3';
import type { ColumnDefinitionBuilder, Dialect, Kysely } from 'kysely';
import type pg from 'pg';

export type DialectName = 'sqlite' | 'postgres';

/** A table as the engine reports it, for comparing schemas across engines. */
export interface TableDescription {
  columns: { name: string; type: string; nullable: boolean }[];
  indexes: { columns: string[]; unique: boolean }[];
}
export type SchemaDescription = Record<string, TableDescription>;

/** One database engine: how to connect, and the few things that differ between engines. */
export interface DatabaseDialect {
  name: DialectName;
  kysely: Dialect;
  /** Makes `column` an auto-generated integer primary key. */
  idColumn(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Tables, columns and indexes of the application schema. */
  describeSchema<T>(db: Kysely<T>): Promise<SchemaDescription>;
  /** The raw connection, for engine-level operations such as online backup. */
  sqlite?: Database.Database;
  pgPool?: pg.Pool;
}
