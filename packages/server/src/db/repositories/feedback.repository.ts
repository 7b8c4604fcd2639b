/** Citizen feedback, its events, and the spam counters of the public form. */
import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../database.js';
import type { FeedbackEventTable, FeedbackTable } from '../schema.js';

/** Stores a new feedback item; returns its id. */
export async function insertFeedback(db: Executor, row: Insertable<FeedbackTable>): Promise<number> {
  const inserted = await db.insertInto('feedback').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Feedback with the codes and names it refers to. */
function withRefs(db: Executor) {
  return db
    .selectFrom('feedback')
    .innerJoin('institutions', 'institutions.id', 'feedback.institution_id')
    .leftJoin('periods', 'periods.id', 'feedback.period_id')
    .leftJoin('aksi', 'aksi.id', 'feedback.aksi_id')
    .leftJoin('outputs', 'outputs.id', 'feedback.output_id')
    .selectAll('feedback')
    .select([
      'institutions.code as institution_code',
      'institutions.name as institution_name',
      'periods.code as period_code',
      'aksi.code as aksi_code',
      'outputs.code as output_code',
    ]);
}
export type FeedbackRow = NonNullable<Awaited<ReturnType<typeof findFeedbackById>>>;

/** One item by id, with its references. */
export function findFeedbackById(db: Executor, id: number) {
  return withRefs(db).where('feedback.id', '=', id).executeTakeFirst();
}

/** One item by its ticket code (canonical form), with its references. */
export function findFeedbackByTicket(db: Executor, ticket: string) {
  return withRefs(db).where('feedback.ticket', '=', ticket).executeTakeFirst();
}

/** Which items a list shows. */
export interface FeedbackFilter {
  statuses?: readonly string[] | undefined;
  institutionId?: number | undefined;
  /** Only forwarded items due before this date (overdue on that day). */
  overdueOn?: string | undefined;
  /** Only answered items whose answer was published. */
  publishedOnly?: boolean | undefined;
}

function filtered(db: Executor, filter: FeedbackFilter) {
  let query = withRefs(db);
  if (filter.statuses) query = query.where('feedback.status', 'in', [...filter.statuses, '-']);
  if (filter.institutionId !== undefined) query = query.where('feedback.institution_id', '=', filter.institutionId);
  if (filter.overdueOn) {
    query = query.where('feedback.status', '=', 'forwarded').where('feedback.due_on', '<', filter.overdueOn);
  }
  if (filter.publishedOnly) query = query.where('feedback.status', '=', 'answered').where('feedback.published', '=', 1);
  return query;
}

/** The order of a list: newest first, oldest first (a moderation queue), or earliest due first (an answer queue). */
export type FeedbackOrder = 'newest' | 'oldest' | 'due';

/** One page of items in `order` (newest first by default). */
export function listFeedback(
  db: Executor,
  filter: FeedbackFilter,
  page: { limit: number; offset: number },
  order: FeedbackOrder = 'newest',
) {
  let query = filtered(db, filter);
  if (order === 'due') query = query.orderBy('feedback.due_on').orderBy('feedback.id');
  else if (order === 'oldest') query = query.orderBy('feedback.submitted_at').orderBy('feedback.id');
  else query = query.orderBy('feedback.submitted_at', 'desc').orderBy('feedback.id', 'desc');
  return query.limit(page.limit).offset(page.offset).execute();
}

/** How many items there are in each state, among those of one institution (all without one). */
export async function countFeedbackByStatus(
  db: Executor,
  institutionId: number | undefined,
): Promise<{ status: string; count: number }[]> {
  let query = db.selectFrom('feedback').select(['status', (eb) => eb.fn.countAll<number>().as('count')]);
  if (institutionId !== undefined) query = query.where('institution_id', '=', institutionId);
  const rows = await query.groupBy('status').execute();
  return rows.map((row) => ({ status: row.status, count: Number(row.count) }));
}

/** Up to `limit` items with an id below `beforeId` (null: from the newest), newest first: keyset pages for an export. */
export function pageFeedback(db: Executor, filter: FeedbackFilter, beforeId: number | null, limit: number) {
  let query = filtered(db, filter);
  if (beforeId !== null) query = query.where('feedback.id', '<', beforeId);
  return query.orderBy('feedback.id', 'desc').limit(limit).execute();
}

/** Where a newest-first keyset page starts: after this item (null: from the newest). */
export interface NewestKey {
  submittedAt: string;
  id: number;
}

/**
 * Up to `limit` items after `after` in the list's newest-first order (received time, then id, both
 * descending): keyset pages of the same order as `listFeedback`, for a streamed download.
 */
export function pageFeedbackNewest(db: Executor, filter: FeedbackFilter, after: NewestKey | null, limit: number) {
  let query = filtered(db, filter);
  if (after !== null) {
    query = query.where((eb) =>
      eb.or([
        eb('feedback.submitted_at', '<', after.submittedAt),
        eb.and([eb('feedback.submitted_at', '=', after.submittedAt), eb('feedback.id', '<', after.id)]),
      ]),
    );
  }
  return query.orderBy('feedback.submitted_at', 'desc').orderBy('feedback.id', 'desc').limit(limit).execute();
}

/** How many items match. */
export async function countFeedback(db: Executor, filter: FeedbackFilter): Promise<number> {
  const row = await filtered(db, filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Every forwarded item due before `today`, oldest due first. */
export function listOverdue(db: Executor, today: string) {
  return filtered(db, { overdueOn: today }).orderBy('feedback.due_on').orderBy('feedback.id').execute();
}

/** Changes an item only if it is still in `fromStatus`; false when someone else moved it first. */
export async function updateFeedbackFrom(
  db: Executor,
  id: number,
  fromStatus: string,
  patch: Updateable<FeedbackTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('feedback')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertFeedbackEvent(db: Executor, row: Insertable<FeedbackEventTable>): Promise<void> {
  await db.insertInto('feedback_events').values(row).execute();
}

/** Of the items `ids`, those that already have an event `action` (e.g. an overdue notice). */
export async function feedbackIdsWithEvent(db: Executor, action: string, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('feedback_events')
    .select('feedback_id')
    .distinct()
    .where('action', '=', action)
    .where('feedback_id', 'in', [...ids])
    .execute();
  return new Set(rows.map((row) => row.feedback_id));
}

export function listFeedbackEvents(db: Executor, feedbackId: number) {
  return db
    .selectFrom('feedback_events')
    .selectAll()
    .where('feedback_id', '=', feedbackId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Records one submission attempt from a client (keyed hash of its address). */
export async function recordFeedbackAttempt(db: Executor, key: string, at: string): Promise<void> {
  await db.insertInto('feedback_attempts').values({ key, at }).execute();
}

/** How many attempts `key` made since `since`. */
export async function countFeedbackAttempts(db: Executor, key: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('feedback_attempts')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .where('key', '=', key)
    .where('at', '>', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Attempt times of `key` since `since`, newest first (at most `limit`). */
export async function listFeedbackAttempts(db: Executor, key: string, since: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('feedback_attempts')
    .select('at')
    .where('key', '=', key)
    .where('at', '>', since)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => row.at);
}

/** Forgets attempts older than `before`, and spent challenges expired by then. */
export async function pruneFeedbackSpamRecords(db: Executor, attemptsBefore: string, now: string): Promise<void> {
  await db.deleteFrom('feedback_attempts').where('at', '<', attemptsBefore).execute();
  await db.deleteFrom('feedback_challenges').where('expires_at', '<', now).execute();
}

/** Marks a challenge spent; false when it already was. */
export async function spendChallenge(db: Executor, challengeHash: string, expiresAt: string): Promise<boolean> {
  const result = await db
    .insertInto('feedback_challenges')
    .values({ challenge_hash: challengeHash, expires_at: expiresAt })
    .onConflict((oc) => oc.column('challenge_hash').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Published answers of an institution. */
export async function countPublishedFeedback(db: Executor, institutionId: number): Promise<number> {
  return countFeedback(db, { institutionId, publishedOnly: true });
}
