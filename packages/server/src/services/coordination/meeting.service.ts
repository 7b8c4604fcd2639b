/**
 * Coordination meetings (docs/design.md#coordination): admin invites institutions — for chosen roles, e.g. their
 * Inspektorat and Humas — to a meeting set in WIB, WITA or WIT; invitees confirm or decline; after
 * the meeting the organiser records attendance, minutes and follow-ups (`meeting-record.service.ts`).
 */
import {
  type Audience,
  type AudienceRole,
  type FollowUpDto,
  type IndonesianTimeZone,
  instantToZonedTime,
  type MeetingDto,
  type MeetingSummaryDto,
  type Scope,
  zonedTimeToInstant,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { listFollowUps } from '../../db/repositories/follow-up.repository.js';
import {
  countMeetings,
  findMeeting,
  findMinutes,
  insertMeeting,
  listInvitees,
  listMeetings,
  meetingCounts,
  meetingsWithMinutes,
  upsertResponse,
} from '../../db/repositories/meeting.repository.js';
import { transaction } from '../../db/transaction.js';
import { AppError, ConflictError, NotFoundError } from '../../errors.js';
import { notifyMeetingInvitation } from '../../notifications/coordination-events.js';
import { institutionRef, resolveAudienceInstitutions } from './audience.service.js';
import { followUpViews, todayWib } from './follow-up.service.js';

type MeetingSummary = MeetingSummaryDto;
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;
type CountRow = Awaited<ReturnType<typeof meetingCounts>>[number];
type Page<T> = { total: number; limit: number; offset: number; items: T[] };

const NOT_FOUND = { id: 'Rapat tidak ditemukan.', en: 'Meeting not found.' };

function summary(row: MeetingRow, counts: CountRow | undefined, minutesRecorded: boolean): MeetingSummary {
  const zone = row.time_zone as IndonesianTimeZone;
  const invited = Number(counts?.invited ?? 0);
  const answered = Number(counts?.answered ?? 0);
  const attending = Number(counts?.attending ?? 0);
  return {
    id: row.id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: zone,
    localStartsAt: instantToZonedTime(row.starts_at, zone),
    onlineUrl: row.online_url,
    place: row.place,
    organiser: row.organiser,
    counts: {
      invited,
      attending,
      declined: answered - attending,
      pending: invited - answered,
      present: Number(counts?.present ?? 0),
    },
    minutesRecorded,
  };
}

/** Whether `actor` may see the meeting: every meeting under scope `all`, else those its institution is invited to. */
export async function visibleMeeting(db: Executor, actor: UserActor, scope: Scope, id: number): Promise<MeetingRow> {
  const meeting = await findMeeting(db, id);
  if (!meeting) throw new NotFoundError(NOT_FOUND);
  if (scope !== 'all') {
    const own = actor.institutionId === null ? [] : await listInvitees(db, id, actor.institutionId);
    if (own.length === 0) throw new NotFoundError(NOT_FOUND);
  }
  return meeting;
}

async function meetingView(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  meeting: MeetingRow,
): Promise<MeetingDto> {
  const { db } = context.database;
  const institutionId = scope === 'all' ? undefined : (actor.institutionId ?? -1);
  const [counts, invitees, minutes, followUpRows] = await Promise.all([
    meetingCounts(db, [meeting.id]),
    listInvitees(db, meeting.id, institutionId),
    findMinutes(db, meeting.id),
    listFollowUps(db, { meetingId: meeting.id, ownerInstitutionId: institutionId }, { limit: 1000, offset: 0 }),
  ]);
  const followUps: FollowUpDto[] = await followUpViews(db, followUpRows, todayWib(context.clock));
  return {
    ...summary(meeting, counts[0], minutes !== undefined),
    agenda: meeting.agenda,
    invitees: invitees.map((invitee) => ({
      institution: institutionRef(invitee),
      role: invitee.role as AudienceRole,
      response:
        invitee.attending === null
          ? null
          : { attending: invitee.attending === 1, note: invitee.note, respondedAt: invitee.responded_at as string },
      present: invitee.present === null ? null : invitee.present === 1,
    })),
    minutes: minutes
      ? { text: minutes.text, recordedAt: minutes.recorded_at, recordedBy: minutes.recorded_by_name }
      : null,
    followUps,
  };
}

/** Schedules a meeting and invites the institutions (and roles) its invitee audience reaches today. */
export async function createMeeting(
  context: AppContext,
  actor: UserActor,
  input: {
    title: string;
    startsAt: string;
    timeZone: IndonesianTimeZone;
    durationMinutes: number;
    onlineUrl?: string | undefined;
    place?: string | undefined;
    agenda: string;
    invitees: Audience;
  },
): Promise<MeetingDto> {
  const { db } = context.database;
  const institutions = await resolveAudienceInstitutions(db, input.invitees);
  const startsAt = zonedTimeToInstant(input.startsAt, input.timeZone);
  const endsAt = new Date(new Date(startsAt).getTime() + input.durationMinutes * 60_000).toISOString();
  const at = context.clock.now().toISOString();
  const id = await transaction(db, async (trx) => {
    const id = await insertMeeting(
      trx,
      {
        title: input.title,
        starts_at: startsAt,
        ends_at: endsAt,
        time_zone: input.timeZone,
        online_url: input.onlineUrl ?? null,
        place: input.place ?? null,
        agenda: input.agenda,
        invitees: JSON.stringify(input.invitees),
        created_by: actor.userId,
        created_at: at,
        updated_at: at,
      },
      institutions.flatMap((institution) =>
        input.invitees.roles.map((role) => ({ institution_id: institution.id, role })),
      ),
    );
    await recordAudit(trx, context.clock, actor, {
      action: 'meeting.create',
      entity: 'meeting',
      entityId: id,
      change: {
        title: input.title,
        starts_at: startsAt,
        time_zone: input.timeZone,
        invitees: input.invitees,
        institutions: institutions.length,
      },
    });
    await notifyMeetingInvitation(
      trx,
      context,
      id,
      institutions.map((institution) => institution.id),
      input.invitees.roles,
    );
    return id;
  });
  return getMeeting(context, actor, 'all', id);
}

/** Meetings the actor may see, upcoming soonest first or past latest first. */
export async function searchMeetings(
  context: AppContext,
  actor: UserActor,
  scope: Scope,
  query: { when: 'upcoming' | 'past' | 'all'; limit: number; offset: number },
): Promise<Page<MeetingSummary>> {
  const { db } = context.database;
  const page = { limit: query.limit, offset: query.offset };
  const filter = {
    when: query.when,
    now: context.clock.now().toISOString(),
    institutionId: scope === 'all' ? undefined : (actor.institutionId ?? -1),
  };
  const [total, rows] = await Promise.all([countMeetings(db, filter), listMeetings(db, filter, page)]);
  const ids = rows.map((row) => row.id);
  const [counts, withMinutes] = await Promise.all([meetingCounts(db, ids), meetingsWithMinutes(db, ids)]);
  return {
    total,
    ...page,
    items: rows.map((row) =>
      summary(
        row,
        counts.find((c) => c.meeting_id === row.id),
        withMinutes.has(row.id),
      ),
    ),
  };
}

/** One meeting: every invitee for admin and observers, one's own institution's invitations otherwise. */
export async function getMeeting(context: AppContext, actor: UserActor, scope: Scope, id: number): Promise<MeetingDto> {
  return meetingView(context, actor, scope, await visibleMeeting(context.database.db, actor, scope, id));
}

/** Confirms or declines the invitation of the actor's institution, for the invited role(s) the actor holds. */
export async function respondToMeeting(
  context: AppContext,
  actor: UserActor,
  id: number,
  input: { attending: boolean; note?: string | undefined; role?: AudienceRole | undefined },
): Promise<MeetingDto> {
  const { db } = context.database;
  const meeting = await visibleMeeting(db, actor, 'own_institution', id);
  const invitations = await listInvitees(db, id, actor.institutionId as number);
  const mine = invitations.filter(
    (invitation) =>
      actor.roles.includes(invitation.role as AudienceRole) &&
      (input.role === undefined || invitation.role === input.role),
  );
  if (mine.length === 0) {
    const roles = [...new Set(invitations.map((invitation) => invitation.role))].join(', ');
    throw new AppError(403, 'not_invited_role', {
      id: `Instansi Anda diundang untuk peran ${roles}; hanya pemegang peran itu yang dapat menjawab.`,
      en: `Your institution is invited for the ${roles} role; only holders of that role can answer.`,
    });
  }
  const now = context.clock.now().toISOString();
  if (meeting.ends_at <= now) {
    throw new ConflictError('meeting_over', {
      id: 'Rapat sudah selesai; konfirmasi kehadiran tidak dapat diubah lagi.',
      en: 'The meeting is over; attendance can no longer be confirmed or declined.',
    });
  }
  await transaction(db, async (trx) => {
    for (const invitation of mine) {
      await upsertResponse(trx, {
        invitee_id: invitation.id,
        attending: input.attending ? 1 : 0,
        note: input.note ?? null,
        responded_by: actor.userId,
        responded_at: now,
      });
    }
    await recordAudit(trx, context.clock, actor, {
      action: 'meeting.respond',
      entity: 'meeting',
      entityId: id,
      change: {
        institution: mine[0]?.code,
        roles: mine.map((invitation) => invitation.role),
        attending: input.attending,
        note: input.note ?? null,
      },
    });
  });
  return getMeeting(context, actor, 'own_institution', id);
}
