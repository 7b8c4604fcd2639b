/** Scheduled job runs, planned by every process and claimed by exactly one. */
import type { Insertable } from 'kysely';
import type { Database, Executor } from '../database.js';
import { skippingLockedRows } from '../dialect/row-locks.js';
import type { JobTable } from '../schema.js';

/** Plans a run unless one with the same kind and key exists already (planned by any process, ever). */
export async function insertJobIfNew(db: Executor, row: Insertable<JobTable>): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values(row)
    .onConflict((oc) => oc.columns(['kind', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * Claims the next run due at `now` for `worker`. The update succeeds only while the run is still
 * pending, and on PostgreSQL the candidate row is locked skipping rows others hold, so however many
 * processes claim at once, each run goes to one of them.
 */
export function claimNextJob(database: Database, worker: string, now: string) {
  const { db, dialect } = database;
  const next = db
    .selectFrom('jobs')
    .select('id')
    .where('status', '=', 'pending')
    .where('run_after', '<=', now)
    .orderBy('run_after')
    .orderBy('id')
    .limit(1);
  return db
    .updateTable('jobs')
    .set((eb) => ({ status: 'running', locked_by: worker, locked_at: now, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', skippingLockedRows(next, dialect.name))
    .where('status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
}

/** Marks a run done if `worker` still holds it; false when its lock was taken over (it must roll back). */
export async function completeJob(
  db: Executor,
  id: number,
  worker: string,
  at: string,
  result: string,
): Promise<boolean> {
  const outcome = await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: at, result, last_error: null, locked_at: null })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('locked_by', '=', worker)
    .executeTakeFirst();
  return Number(outcome.numUpdatedRows) === 1;
}

/** Records a failed run: pending again from `retryAt`, or `failed` for good when `retryAt` is null. */
export async function failJob(
  db: Executor,
  id: number,
  worker: string,
  error: string,
  at: string,
  retryAt: string | null,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: retryAt === null ? 'failed' : 'pending',
      run_after: retryAt ?? at,
      last_error: error,
      locked_at: null,
      finished_at: retryAt === null ? at : null,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('locked_by', '=', worker)
    .execute();
}

/** Returns runs claimed before `staleBefore` (their process died) to the queue. */
export async function releaseStaleJobs(db: Executor, staleBefore: string): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'pending', locked_at: null })
    .where('status', '=', 'running')
    .where('locked_at', '<', staleBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** One page of runs, latest schedule first. */
export function listJobsPage(db: Executor, status: string | undefined, page: { limit: number; offset: number }) {
  let query = db.selectFrom('jobs').selectAll();
  if (status) query = query.where('status', '=', status);
  return query.orderBy('scheduled_for', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
}

/** How many runs have `status` (all runs without one). */
export async function countJobs(db: Executor, status: string | undefined): Promise<number> {
  let query = db.selectFrom('jobs');
  if (status) query = query.where('status', '=', status);
  const row = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** One run by id. */
export function findJob(db: Executor, id: number) {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Puts a failed run, or one waiting for its retry, back at the front of the queue from `at`; false
 * when it is running or done (or no longer as it was read).
 */
export async function requeueJob(db: Executor, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'pending', run_after: at, locked_by: null, locked_at: null, finished_at: null })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'failed'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
