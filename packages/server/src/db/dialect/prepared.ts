/**
 * Prepared statements for the few queries every request runs. Building and compiling a Kysely
 * query costs more CPU than SQLite takes to run such an indexed lookup, and PostgreSQL plans each
 * statement it is sent: the report lookup, six joined tables, took ten times longer to plan than to
 * run (0.55 ms against 0.05 ms). A `prepared` statement is built and compiled once per database,
 * then each call only binds its parameters; on PostgreSQL it is sent by name, so each connection
 * plans it once. Use it only for queries whose SQL text does not vary with the data (no IN lists of
 * varying length, no branches on a parameter): each statement is one plan on every connection.
 */
import { createHash } from 'node:crypto';
import { type Compilable, type CompiledQuery, createQueryId, type Kysely } from 'kysely';
import type pg from 'pg';
import type { DB } from '../schema.js';

/** SQL text of every prepared statement → its statement name. */
const names = new Map<string, string>();

/** A compiled statement and, for each of its parameters, the named parameter it binds or a constant. */
interface Template {
  compiled: CompiledQuery;
  slots: ({ name: string } | { value: unknown })[];
}

/** A query compiled once per database and run with each call's parameters. */
export interface PreparedStatement<P, O> {
  rows(db: Kysely<DB>, params: P): Promise<O[]>;
  first(db: Kysely<DB>, params: P): Promise<O | undefined>;
}

const MARK = '\u0000pantau-parameter:';

/**
 * A statement built by `build`, which must pass each of `params` into the query as a value only
 * (compared, inserted), never branch on it: the query is built once, with markers in their place.
 */
export function prepared<P extends Record<string, unknown>, O>(
  build: (db: Kysely<DB>, params: P) => Compilable<O>,
): PreparedStatement<P, O> {
  // One template per dialect adapter: a transaction shares its database's adapter.
  const templates = new WeakMap<object, Template>();
  const markers = new Proxy({} as P, { get: (_target, name) => `${MARK}${String(name)}` });

  const templateFor = (db: Kysely<DB>): Template => {
    const adapter = db.getExecutor().adapter;
    let template = templates.get(adapter);
    if (!template) {
      const compiled = build(db, markers).compile();
      if (compiled.sql.includes(MARK)) throw new Error(`a parameter was written into the SQL text: ${compiled.sql}`);
      const slots = compiled.parameters.map((value) =>
        typeof value === 'string' && value.startsWith(MARK) ? { name: value.slice(MARK.length) } : { value },
      );
      template = { compiled, slots };
      templates.set(adapter, template);
      if (!names.has(compiled.sql)) {
        names.set(compiled.sql, `pantau_${createHash('sha256').update(compiled.sql).digest('base64url').slice(0, 16)}`);
      }
    }
    return template;
  };

  const rows = async (db: Kysely<DB>, params: P): Promise<O[]> => {
    const { compiled, slots } = templateFor(db);
    const parameters = slots.map((slot) => ('name' in slot ? params[slot.name] : slot.value));
    const query: CompiledQuery<O> = { ...compiled, parameters, queryId: createQueryId() };
    return (await db.executeQuery(query)).rows;
  };
  return { rows, first: async (db, params) => (await rows(db, params))[0] };
}

type Query = (...args: unknown[]) => unknown;

/** Makes the pool's connections send the prepared statements by name. */
export function prepareMarkedStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    (client as unknown as { query: Query }).query = (text: unknown, ...rest: unknown[]) => {
      const name = typeof text === 'string' ? names.get(text) : undefined;
      if (name === undefined || !Array.isArray(rest[0])) return query(text, ...rest);
      return query({ name, text, values: rest[0] }, ...rest.slice(1));
    };
  });
}
