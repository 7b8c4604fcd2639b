/** Row locking for work queues (jobs, the mail outbox): the only engine-specific part of claiming work. */
import type { SelectQueryBuilder } from 'kysely';
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
