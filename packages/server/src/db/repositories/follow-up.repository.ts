/** Follow-ups of meetings and their status history. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { FollowUpTable, FollowUpUpdateTable } from '../schema.js';

/** Inserts a follow-up and returns its id. */
export async function insertFollowUp(db: Executor, row: Insertable<FollowUpTable>): Promise<number> {
  return (await db.insertInto('follow_ups').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Which follow-ups a list covers. */
export interface FollowUpFilter {
  ownerInstitutionId?: number | undefined;
  meetingId?: number | undefined;
  status?: string | undefined;
  /** Only those not done whose due date lies before this civil date. */
  overdueOn?: string | undefined;
}

function followUps(db: Executor, filter: FollowUpFilter) {
  let query = db
    .selectFrom('follow_ups as f')
    .innerJoin('meetings as m', 'm.id', 'f.meeting_id')
    .innerJoin('institutions as i', 'i.id', 'f.owner_institution_id');
  if (filter.ownerInstitutionId !== undefined)
    query = query.where('f.owner_institution_id', '=', filter.ownerInstitutionId);
  if (filter.meetingId !== undefined) query = query.where('f.meeting_id', '=', filter.meetingId);
  if (filter.status) query = query.where('f.status', '=', filter.status);
  if (filter.overdueOn) query = query.where('f.status', '!=', 'done').where('f.due_on', '<', filter.overdueOn);
  return query;
}

const COLUMNS = [
  'f.id',
  'f.meeting_id',
  'm.title as meeting_title',
  'f.title',
  'f.description',
  'f.owner_institution_id',
  'i.code',
  'i.name',
  'i.type',
  'i.province_code',
  'f.due_on',
  'f.status',
  'f.created_at',
  'f.updated_at',
  'f.closed_at',
] as const;

/** One page of follow-ups, earliest due first. */
export function listFollowUps(db: Executor, filter: FollowUpFilter, page: { limit: number; offset: number }) {
  return followUps(db, filter)
    .select(COLUMNS)
    .orderBy('f.due_on')
    .orderBy('f.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** How many follow-ups the filter covers. */
export async function countFollowUps(db: Executor, filter: FollowUpFilter): Promise<number> {
  const row = await followUps(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** One follow-up with its meeting title and owner. */
export function findFollowUp(db: Executor, id: number) {
  return followUps(db, {}).select(COLUMNS).where('f.id', '=', id).executeTakeFirst();
}

/** Open follow-ups owned by an institution (for its calendar). */
export function listOpenFollowUpsOf(db: Executor, institutionId: number) {
  return followUps(db, { ownerInstitutionId: institutionId })
    .select(COLUMNS)
    .where('f.status', '!=', 'done')
    .orderBy('f.due_on')
    .execute();
}

/** Changes a follow-up's status. */
export async function updateFollowUpStatus(
  db: Executor,
  id: number,
  changes: { status: string; updated_at: string; closed_at: string | null },
): Promise<void> {
  await db.updateTable('follow_ups').set(changes).where('id', '=', id).execute();
}

/** Records one status change with its note or evidence; returns its id. */
export async function insertFollowUpUpdate(db: Executor, row: Insertable<FollowUpUpdateTable>): Promise<number> {
  return (await db.insertInto('follow_up_updates').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** The status history of follow-ups, oldest first, with who made each change and any file. */
export function listFollowUpUpdates(db: Executor, followUpIds: readonly number[]) {
  if (followUpIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('follow_up_updates as u')
    .innerJoin('users', 'users.id', 'u.updated_by')
    .leftJoin('attachments as a', 'a.id', 'u.attachment_id')
    .select([
      'u.id',
      'u.follow_up_id',
      'u.status',
      'u.note',
      'u.url',
      'u.attachment_id',
      'u.created_at',
      'users.name as by_name',
      'a.file_name',
      'a.mime_type',
      'a.size',
      'a.sha256',
    ])
    .where('u.follow_up_id', 'in', [...followUpIds])
    .orderBy('u.follow_up_id')
    .orderBy('u.id')
    .execute();
}

/** One status change. */
export function findFollowUpUpdate(db: Executor, id: number) {
  return db.selectFrom('follow_up_updates').selectAll().where('id', '=', id).executeTakeFirst();
}
