/** Coordination meetings: invitations, answers, attendance and minutes. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { MeetingTable } from '../schema.js';
import { insertInChunks } from './bulk.js';

/** Inserts a meeting with its invitations; returns its id. */
export async function insertMeeting(
  db: Executor,
  row: Insertable<MeetingTable>,
  invitees: readonly { institution_id: number; role: string }[],
): Promise<number> {
  const { id } = await db.insertInto('meetings').values(row).returning('id').executeTakeFirstOrThrow();
  await insertInChunks(
    db,
    'meeting_invitees',
    invitees.map((invitee) => ({ meeting_id: id, ...invitee })),
  );
  return id;
}

/** One meeting with its organiser's name. */
export function findMeeting(db: Executor, id: number) {
  return db
    .selectFrom('meetings')
    .innerJoin('users', 'users.id', 'meetings.created_by')
    .selectAll('meetings')
    .select('users.name as organiser')
    .where('meetings.id', '=', id)
    .executeTakeFirst();
}

/** Which meetings a list covers. */
export interface MeetingFilter {
  /** Only meetings this institution is invited to. */
  institutionId?: number | undefined;
  when: 'upcoming' | 'past' | 'all';
  now: string;
}

function meetings(db: Executor, filter: MeetingFilter) {
  let query = db.selectFrom('meetings').innerJoin('users', 'users.id', 'meetings.created_by');
  const institutionId = filter.institutionId;
  if (institutionId !== undefined) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('meeting_invitees')
          .select('meeting_invitees.id')
          .whereRef('meeting_invitees.meeting_id', '=', 'meetings.id')
          .where('meeting_invitees.institution_id', '=', institutionId),
      ),
    );
  }
  if (filter.when === 'upcoming') query = query.where('meetings.ends_at', '>=', filter.now);
  if (filter.when === 'past') query = query.where('meetings.ends_at', '<', filter.now);
  return query;
}

/** One page of meetings: upcoming ones soonest first, otherwise latest first. */
export function listMeetings(db: Executor, filter: MeetingFilter, page: { limit: number; offset: number }) {
  const direction = filter.when === 'upcoming' ? 'asc' : 'desc';
  return meetings(db, filter)
    .selectAll('meetings')
    .select('users.name as organiser')
    .orderBy('meetings.starts_at', direction)
    .orderBy('meetings.id', direction)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** How many meetings the filter covers. */
export async function countMeetings(db: Executor, filter: MeetingFilter): Promise<number> {
  const row = await meetings(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Invitation figures per meeting: invited, answered, attending, present, minutes recorded. */
export function meetingCounts(db: Executor, meetingIds: readonly number[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('meeting_invitees as mi')
    .leftJoin('meeting_responses as mr', 'mr.invitee_id', 'mi.id')
    .leftJoin('meeting_attendance as ma', 'ma.invitee_id', 'mi.id')
    .select((eb) => [
      'mi.meeting_id',
      eb.fn.countAll<number>().as('invited'),
      eb.fn.count<number>('mr.invitee_id').as('answered'),
      eb.fn.sum<number | null>('mr.attending').as('attending'),
      eb.fn.sum<number | null>('ma.present').as('present'),
    ])
    .where('mi.meeting_id', 'in', [...meetingIds])
    .groupBy('mi.meeting_id')
    .execute();
}

/** Meeting ids among `meetingIds` that have minutes. */
export async function meetingsWithMinutes(db: Executor, meetingIds: readonly number[]): Promise<Set<number>> {
  if (meetingIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('meeting_minutes')
    .select('meeting_id')
    .where('meeting_id', 'in', [...meetingIds])
    .execute();
  return new Set(rows.map((row) => row.meeting_id));
}

/** Invitations of a meeting (optionally of one institution) with answers and attendance. */
export function listInvitees(db: Executor, meetingId: number, institutionId?: number) {
  let query = db
    .selectFrom('meeting_invitees as mi')
    .innerJoin('institutions as i', 'i.id', 'mi.institution_id')
    .leftJoin('meeting_responses as mr', 'mr.invitee_id', 'mi.id')
    .leftJoin('meeting_attendance as ma', 'ma.invitee_id', 'mi.id')
    .select([
      'mi.id',
      'mi.institution_id',
      'mi.role',
      'i.code',
      'i.name',
      'i.type',
      'i.province_code',
      'mr.attending',
      'mr.note',
      'mr.responded_at',
      'ma.present',
    ])
    .where('mi.meeting_id', '=', meetingId);
  if (institutionId !== undefined) query = query.where('mi.institution_id', '=', institutionId);
  return query.orderBy('i.code').orderBy('mi.role').execute();
}

/** Records (or changes) an invitee's answer. */
export async function upsertResponse(
  db: Executor,
  row: { invitee_id: number; attending: number; note: string | null; responded_by: number; responded_at: string },
): Promise<void> {
  await db
    .insertInto('meeting_responses')
    .values(row)
    .onConflict((oc) =>
      oc.column('invitee_id').doUpdateSet({
        attending: row.attending,
        note: row.note,
        responded_by: row.responded_by,
        responded_at: row.responded_at,
      }),
    )
    .execute();
}

/** Records (or corrects) whether an invitee was present. */
export async function upsertAttendance(
  db: Executor,
  row: { invitee_id: number; present: number; recorded_by: number; recorded_at: string },
): Promise<void> {
  await db
    .insertInto('meeting_attendance')
    .values(row)
    .onConflict((oc) =>
      oc.column('invitee_id').doUpdateSet({
        present: row.present,
        recorded_by: row.recorded_by,
        recorded_at: row.recorded_at,
      }),
    )
    .execute();
}

/** The minutes of a meeting with who recorded them, if any. */
export function findMinutes(db: Executor, meetingId: number) {
  return db
    .selectFrom('meeting_minutes')
    .innerJoin('users', 'users.id', 'meeting_minutes.recorded_by')
    .selectAll('meeting_minutes')
    .select('users.name as recorded_by_name')
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
}

/** Records (or replaces) the minutes of a meeting. */
export async function upsertMinutes(
  db: Executor,
  row: { meeting_id: number; text: string; recorded_by: number; recorded_at: string },
): Promise<void> {
  await db
    .insertInto('meeting_minutes')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('meeting_id')
        .doUpdateSet({ text: row.text, recorded_by: row.recorded_by, recorded_at: row.recorded_at }),
    )
    .execute();
}

/** Meetings a person is invited to (their institution, one of their roles) or organises, from `since` on. */
export function listCalendarMeetings(
  db: Executor,
  person: { userId: number; institutionId: number | null; roles: readonly string[] },
  since: string,
) {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('ends_at', '>=', since)
    .where((eb) => {
      const organised = eb('meetings.created_by', '=', person.userId);
      if (person.institutionId === null || person.roles.length === 0) return organised;
      const institutionId = person.institutionId;
      return eb.or([
        organised,
        eb.exists(
          eb
            .selectFrom('meeting_invitees')
            .select('meeting_invitees.id')
            .whereRef('meeting_invitees.meeting_id', '=', 'meetings.id')
            .where('meeting_invitees.institution_id', '=', institutionId)
            .where('meeting_invitees.role', 'in', [...person.roles]),
        ),
      ]);
    })
    .orderBy('starts_at')
    .execute();
}
