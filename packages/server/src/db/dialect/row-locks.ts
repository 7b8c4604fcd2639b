/**
 * Locks: row locking for work queues (jobs, the mail outbox), the only engine-specific part of
 * claiming work, and locks on keys for work that must not overlap (figures of one institution).
 */
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { isPostgres } from './index.js';
import type { DialectName } from './types.js';

/**
 * Makes `query` lock the rows it selects, skipping rows another transaction has locked, so that
 * processes claiming work from one PostgreSQL database never wait on or take the same row. SQLite
 * has a single writer at a time, so the query stays as it is there.
 */
export function skippingLockedRows<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  dialect: DialectName,
): SelectQueryBuilder<DB, TB, O> {
  return dialect === 'postgres' ? query.forUpdate().skipLocked() : query;
}

/**
 * Holds a lock on each of `keys` in the lock space `space` until the transaction `trx` ends
 * (PostgreSQL's transaction-level advisory locks), taken in ascending order so that transactions
 * locking overlapping sets never wait on each other in a circle. SQLite has one writer at a time:
 * there is nothing to take.
 */
export async function holdLocks<DB>(trx: Kysely<DB>, space: number, keys: readonly number[]): Promise<void> {
  if (keys.length === 0 || !isPostgres(trx)) return;
  const ascending = [...new Set(keys)].sort((a, b) => a - b);
  await sql`select pg_advisory_xact_lock(${space}::int4, key) from unnest(${ascending}::int4[]) as key`.execute(trx);
}
