/** Announcements, the institutions they reached, read receipts and reminders. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { AnnouncementTable } from '../schema.js';
import { insertInChunks } from './bulk.js';

/** Roles stored as `|a|b|`, so one role matches with LIKE on both engines. */
export function encodeRoles(roles: readonly string[]): string {
  return `|${roles.join('|')}|`;
}

/** Inserts an announcement, its recipients and attachments; returns its id. */
export async function insertAnnouncement(
  db: Executor,
  row: Insertable<AnnouncementTable>,
  institutionIds: readonly number[],
  attachmentIds: readonly number[],
): Promise<number> {
  const { id } = await db.insertInto('announcements').values(row).returning('id').executeTakeFirstOrThrow();
  await insertInChunks(
    db,
    'announcement_recipients',
    institutionIds.map((institutionId) => ({ announcement_id: id, institution_id: institutionId, reminded_at: null })),
  );
  await insertInChunks(
    db,
    'announcement_attachments',
    attachmentIds.map((attachmentId, position) => ({ announcement_id: id, attachment_id: attachmentId, position })),
  );
  return id;
}

/** One announcement with its sender's name. */
export function findAnnouncement(db: Executor, id: number) {
  return db
    .selectFrom('announcements')
    .innerJoin('users', 'users.id', 'announcements.sender_id')
    .selectAll('announcements')
    .select('users.name as sender_name')
    .where('announcements.id', '=', id)
    .executeTakeFirst();
}

/** Whom an inbox belongs to: a person of an institution, with roles. */
export interface InboxOwner {
  userId: number;
  institutionId: number;
  roles: readonly string[];
}

function inbox(db: Executor, owner: InboxOwner, unreadOnly: boolean) {
  let query = db
    .selectFrom('announcements')
    .innerJoin('users', 'users.id', 'announcements.sender_id')
    .innerJoin('announcement_recipients as r', (join) =>
      join.onRef('r.announcement_id', '=', 'announcements.id').on('r.institution_id', '=', owner.institutionId),
    )
    .leftJoin('announcement_reads as rd', (join) =>
      join.onRef('rd.announcement_id', '=', 'announcements.id').on('rd.user_id', '=', owner.userId),
    )
    .where((eb) => eb.or(owner.roles.map((role) => eb('announcements.roles', 'like', `%|${role}|%`))));
  if (unreadOnly) query = query.where('rd.read_at', 'is', null);
  return query;
}

/** One page of the announcements addressed to `owner`, newest first, with when they read each. */
export function listInbox(
  db: Executor,
  owner: InboxOwner,
  unreadOnly: boolean,
  page: { limit: number; offset: number },
) {
  return inbox(db, owner, unreadOnly)
    .selectAll('announcements')
    .select(['users.name as sender_name', 'rd.read_at', 'r.reminded_at'])
    .orderBy('announcements.sent_at', 'desc')
    .orderBy('announcements.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** How many announcements are addressed to `owner`. */
export async function countInbox(db: Executor, owner: InboxOwner, unreadOnly: boolean): Promise<number> {
  const row = await inbox(db, owner, unreadOnly)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The recipient row of an institution for an announcement, if it was addressed. */
export function findRecipient(db: Executor, announcementId: number, institutionId: number) {
  return db
    .selectFrom('announcement_recipients')
    .selectAll()
    .where('announcement_id', '=', announcementId)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
}

/** When a user read an announcement, if they did. */
export async function findReadAt(db: Executor, announcementId: number, userId: number): Promise<string | null> {
  const row = await db
    .selectFrom('announcement_reads')
    .select('read_at')
    .where('announcement_id', '=', announcementId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.read_at ?? null;
}

/** Records that a user read an announcement; false when they already had. */
export async function insertRead(
  db: Executor,
  row: { announcement_id: number; user_id: number; institution_id: number; read_at: string },
): Promise<boolean> {
  const result = await db
    .insertInto('announcement_reads')
    .values(row)
    .onConflict((oc) => oc.columns(['announcement_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Filter of announcements sent within a scope: everything, or what an institution's people sent. */
export interface SentFilter {
  senderInstitutionId?: number | undefined;
}

function sent(db: Executor, filter: SentFilter) {
  let query = db.selectFrom('announcements').innerJoin('users', 'users.id', 'announcements.sender_id');
  if (filter.senderInstitutionId !== undefined)
    query = query.where('announcements.sender_institution_id', '=', filter.senderInstitutionId);
  return query;
}

/** One page of sent announcements, newest first. */
export function listSent(db: Executor, filter: SentFilter, page: { limit: number; offset: number }) {
  return sent(db, filter)
    .selectAll('announcements')
    .select('users.name as sender_name')
    .orderBy('announcements.sent_at', 'desc')
    .orderBy('announcements.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** How many announcements were sent within the scope. */
export async function countSent(db: Executor, filter: SentFilter): Promise<number> {
  const row = await sent(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Every recipient institution of an announcement with its read figures. */
export function listReceipts(db: Executor, announcementId: number) {
  const reads = db
    .selectFrom('announcement_reads')
    .select((eb) => [
      'institution_id',
      eb.fn.countAll<number>().as('readers'),
      eb.fn.min('read_at').as('first_read_at'),
    ])
    .where('announcement_id', '=', announcementId)
    .groupBy('institution_id')
    .as('reads');
  return db
    .selectFrom('announcement_recipients as r')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .leftJoin(reads, 'reads.institution_id', 'r.institution_id')
    .select([
      'i.id',
      'i.code',
      'i.name',
      'i.type',
      'i.province_code',
      'r.reminded_at',
      'r.reminders',
      'reads.readers',
      'reads.first_read_at',
    ])
    .where('r.announcement_id', '=', announcementId)
    .orderBy('i.code')
    .execute();
}

/** Marks a reminder to the given recipient institutions. */
export async function markReminded(
  db: Executor,
  announcementId: number,
  institutionIds: readonly number[],
  at: string,
): Promise<void> {
  if (institutionIds.length === 0) return;
  await db
    .updateTable('announcement_recipients')
    .set((eb) => ({ reminded_at: at, reminders: eb('reminders', '+', 1) }))
    .where('announcement_id', '=', announcementId)
    .where('institution_id', 'in', [...institutionIds])
    .execute();
}

/** Attachments of announcements, in the order the sender gave them. */
export function listAnnouncementAttachments(db: Executor, announcementIds: readonly number[]) {
  if (announcementIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('announcement_attachments as aa')
    .innerJoin('attachments', 'attachments.id', 'aa.attachment_id')
    .selectAll('attachments')
    .select('aa.announcement_id')
    .where('aa.announcement_id', 'in', [...announcementIds])
    .orderBy('aa.announcement_id')
    .orderBy('aa.position')
    .execute();
}
