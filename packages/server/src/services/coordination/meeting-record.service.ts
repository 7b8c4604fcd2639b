/**
 * What the organiser records once a meeting has started: who was present, the minutes, and the
 * follow-ups (tindak lanjut) with an owner institution and a due date.
 */
import { createHash } from 'node:crypto';
import {
  type AudienceRole,
  dateInZone,
  type FollowUpDto,
  type IndonesianTimeZone,
  instantToZonedTime,
  type MeetingDto,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import { findFollowUp, insertFollowUp } from '../../db/repositories/follow-up.repository.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import {
  findMinutes,
  listInvitees,
  upsertAttendance,
  upsertMinutes,
} from '../../db/repositories/meeting.repository.js';
import { transaction } from '../../db/transaction.js';
import { ConflictError, ValidationError } from '../../errors.js';
import { followUpViews, todayWib } from './follow-up.service.js';
import { getMeeting, type MeetingRow, visibleMeeting } from './meeting.service.js';

function assertStarted(meeting: MeetingRow, now: string, what: { id: string; en: string }): void {
  if (meeting.starts_at > now) {
    throw new ConflictError('meeting_not_started', {
      id: `${what.id} dicatat setelah rapat dimulai (${instantToZonedTime(meeting.starts_at, meeting.time_zone as IndonesianTimeZone).replace('T', ' ')} ${meeting.time_zone}).`,
      en: `${what.en} can be recorded once the meeting has started (${instantToZonedTime(meeting.starts_at, meeting.time_zone as IndonesianTimeZone).replace('T', ' ')} ${meeting.time_zone}).`,
    });
  }
}

/** Records who was present, per invited institution and role. */
export async function recordAttendance(
  context: AppContext,
  actor: UserActor,
  id: number,
  attendance: { institution: string; role: AudienceRole; present: boolean }[],
): Promise<MeetingDto> {
  const { db } = context.database;
  const meeting = await visibleMeeting(db, actor, 'all', id);
  const now = context.clock.now().toISOString();
  assertStarted(meeting, now, { id: 'Kehadiran', en: 'Attendance' });
  const invitations = await listInvitees(db, id);
  const unknown = attendance.filter(
    (entry) =>
      !invitations.some((invitation) => invitation.code === entry.institution && invitation.role === entry.role),
  );
  if (unknown.length > 0) {
    const listed = unknown.map((entry) => `${entry.institution} (${entry.role})`).join(', ');
    throw new ValidationError(
      { id: `Tidak diundang ke rapat ini: ${listed}.`, en: `Not invited to this meeting: ${listed}.` },
      unknown.map((entry) => ({ path: 'attendance', message: `${entry.institution} ${entry.role}` })),
    );
  }
  await transaction(db, async (trx) => {
    for (const entry of attendance) {
      const invitation = invitations.find((i) => i.code === entry.institution && i.role === entry.role);
      await upsertAttendance(trx, {
        invitee_id: invitation?.id as number,
        present: entry.present ? 1 : 0,
        recorded_by: actor.userId,
        recorded_at: now,
      });
    }
    await recordAudit(trx, context.clock, actor, {
      action: 'meeting.attendance',
      entity: 'meeting',
      entityId: id,
      change: { attendance },
    });
  });
  return getMeeting(context, actor, 'all', id);
}

/** Records (or corrects) the minutes of a meeting that has started. */
export async function recordMinutes(
  context: AppContext,
  actor: UserActor,
  id: number,
  text: string,
): Promise<MeetingDto> {
  const { db } = context.database;
  const meeting = await visibleMeeting(db, actor, 'all', id);
  const now = context.clock.now().toISOString();
  assertStarted(meeting, now, { id: 'Notulen', en: 'Minutes' });
  const previous = await findMinutes(db, id);
  const digest = (value: string) => createHash('sha256').update(value).digest('hex');
  await transaction(db, async (trx) => {
    await upsertMinutes(trx, { meeting_id: id, text, recorded_by: actor.userId, recorded_at: now });
    await recordAudit(trx, context.clock, actor, {
      action: 'meeting.minutes',
      entity: 'meeting',
      entityId: id,
      change: { sha256: digest(text), length: text.length, replaced_sha256: previous ? digest(previous.text) : null },
    });
  });
  return getMeeting(context, actor, 'all', id);
}

/** Adds a follow-up of the meeting, owned by one institution and due on a date. */
export async function addFollowUp(
  context: AppContext,
  actor: UserActor,
  meetingId: number,
  input: { title: string; description?: string | undefined; ownerInstitution: string; dueOn: string },
): Promise<FollowUpDto> {
  const { db } = context.database;
  const meeting = await visibleMeeting(db, actor, 'all', meetingId);
  const owner = await findInstitutionByCode(db, input.ownerInstitution);
  if (!owner) {
    throw new ValidationError(
      {
        id: `Instansi ${input.ownerInstitution} tidak dikenal.`,
        en: `Unknown institution ${input.ownerInstitution}.`,
      },
      [{ path: 'ownerInstitution', message: input.ownerInstitution }],
    );
  }
  const meetingDay = dateInZone(new Date(meeting.starts_at), meeting.time_zone as IndonesianTimeZone);
  if (input.dueOn < meetingDay) {
    throw new ValidationError(
      {
        id: `Tenggat tindak lanjut tidak boleh sebelum tanggal rapat (${meetingDay}).`,
        en: `A follow-up cannot be due before the meeting date (${meetingDay}).`,
      },
      [{ path: 'dueOn', message: input.dueOn }],
    );
  }
  const at = context.clock.now().toISOString();
  const id = await transaction(db, async (trx) => {
    const id = await insertFollowUp(trx, {
      meeting_id: meetingId,
      title: input.title,
      description: input.description ?? null,
      owner_institution_id: owner.id,
      due_on: input.dueOn,
      status: 'open',
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
      closed_at: null,
    });
    await recordAudit(trx, context.clock, actor, {
      action: 'followup.create',
      entity: 'follow_up',
      entityId: id,
      change: { meeting_id: meetingId, title: input.title, owner: owner.code, due_on: input.dueOn },
    });
    return id;
  });
  const row = await findFollowUp(db, id);
  const [view] = await followUpViews(db, row ? [row] : [], todayWib(context.clock));
  return view as FollowUpDto;
}
