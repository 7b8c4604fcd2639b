/** The mail outbox: queued e-mails, claimed one at a time by whichever process delivers them. */
import type { Insertable } from 'kysely';
import type { Database, Executor } from '../database.js';
import { skippingLockedRows } from '../dialect/row-locks.js';
import type { OutboxTable } from '../schema.js';

/** Queues mails. */
export async function insertOutboxMails(db: Executor, rows: Insertable<OutboxTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('outbox').values(rows).execute();
}

/**
 * Claims the next mail due at `now` for `worker`: marks it `sending` in one statement that only
 * succeeds while it is still pending, so two processes never send the same mail.
 */
export function claimNextMail(database: Database, worker: string, now: string) {
  const { db, dialect } = database;
  const next = db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(1);
  return db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sending', locked_by: worker, locked_at: now, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', skippingLockedRows(next, dialect.name))
    .where('status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
}

/** Records a delivery; `erase` replaces the bodies (mails that carried a sign-in link). */
export async function markMailSent(
  db: Executor,
  id: number,
  worker: string,
  at: string,
  erase: string | null,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      status: 'sent',
      sent_at: at,
      locked_by: null,
      locked_at: null,
      last_error: null,
      next_attempt_at: null,
      ...(erase === null ? {} : { text_body: erase, html_body: erase }),
    })
    .where('id', '=', id)
    .where('locked_by', '=', worker)
    .execute();
}

/** Records a failed attempt: back to `pending` at `nextAttemptAt`, or `failed` (null) when refused for good. */
export async function markMailFailed(
  db: Executor,
  id: number,
  worker: string,
  error: string,
  nextAttemptAt: string | null,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      status: nextAttemptAt === null ? 'failed' : 'pending',
      next_attempt_at: nextAttemptAt,
      last_error: error,
      locked_by: null,
      locked_at: null,
    })
    .where('id', '=', id)
    .where('locked_by', '=', worker)
    .execute();
}

/** Returns mails claimed before `staleBefore` (their process died mid-send) to the queue. */
export async function releaseStaleMail(db: Executor, staleBefore: string, now: string): Promise<number> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'pending', locked_by: null, locked_at: null, next_attempt_at: now })
    .where('status', '=', 'sending')
    .where('locked_at', '<', staleBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Puts a failed or waiting mail back in the queue for an attempt at `now`; false if there is none such. */
export async function requeueMail(db: Executor, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'pending', next_attempt_at: now })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'failed'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** One page of the outbox, newest first. */
export function listOutboxPage(db: Executor, status: string | undefined, page: { limit: number; offset: number }) {
  let query = db.selectFrom('outbox').selectAll();
  if (status) query = query.where('status', '=', status);
  return query.orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
}

/** Mails per status. */
export function countOutboxByStatus(db: Executor) {
  return db
    .selectFrom('outbox')
    .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
}

/** One mail. */
export function findOutboxMail(db: Executor, id: number) {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}
