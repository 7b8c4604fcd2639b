/**
 * A person's calendar as iCalendar text: the meetings they are invited to or organise, the
 * reporting deadlines of their institution's open quarters, and its open follow-ups. Calendar apps
 * subscribe to it with an API token in the address, since they cannot send headers.
 */
import {
  type CalendarEvent,
  endOfDay,
  formatICalendar,
  type IndonesianTimeZone,
  instantToZonedTime,
  triwulanLabel,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import { listOpenReportingDeadlines } from '../../db/repositories/calendar.repository.js';
import { listOpenFollowUpsOf } from '../../db/repositories/follow-up.repository.js';
import { findInstitutionById } from '../../db/repositories/institution.repository.js';
import { listCalendarMeetings } from '../../db/repositories/meeting.repository.js';
import { findUserById } from '../../db/repositories/user.repository.js';
import { AppError, type LocalizedText } from '../../errors.js';
import { resolveApiToken } from '../accounts/api-token.service.js';

/** How far back meetings stay in the calendar. */
const PAST_DAYS = 90;
const HOUR = 3_600_000;

/**
 * A due date as an event: the last hour before the day ends in WIB (23.00–24.00 WIB), when
 * submissions close. Calendars in WITA or WIT show it at their own local hour.
 */
function dueHour(date: string): { start: string; end: string } {
  const end = new Date(new Date(endOfDay(date, 'WIB')).getTime() + 1);
  return { start: new Date(end.getTime() - HOUR).toISOString(), end: end.toISOString() };
}

/** The calendar of `actor` as iCalendar text. */
export async function calendarOf(context: AppContext, actor: UserActor): Promise<string> {
  const { db } = context.database;
  const now = context.clock.now();
  const [user, institution] = await Promise.all([
    findUserById(db, actor.userId),
    actor.institutionId === null ? undefined : findInstitutionById(db, actor.institutionId),
  ]);
  const locale = user?.locale === 'en' ? 'en' : 'id';
  const t = (text: LocalizedText) => text[locale];
  const host = new URL(context.config.publicUrl).hostname;
  const events: CalendarEvent[] = [];

  const since = new Date(now.getTime() - PAST_DAYS * 24 * HOUR).toISOString();
  for (const meeting of await listCalendarMeetings(
    db,
    { userId: actor.userId, institutionId: actor.institutionId, roles: actor.roles },
    since,
  )) {
    const zone = meeting.time_zone as IndonesianTimeZone;
    const local = `${instantToZonedTime(meeting.starts_at, zone).replace('T', ' ')} ${zone}`;
    const description = [t({ id: `Waktu: ${local}`, en: `Time: ${local}` })];
    if (meeting.online_url)
      description.push(t({ id: `Tautan: ${meeting.online_url}`, en: `Link: ${meeting.online_url}` }));
    description.push('', 'Agenda:', meeting.agenda);
    events.push({
      uid: `meeting-${meeting.id}@${host}`,
      start: meeting.starts_at,
      end: meeting.ends_at,
      summary: t({ id: `Rapat: ${meeting.title}`, en: `Meeting: ${meeting.title}` }),
      description: description.join('\n'),
      location: meeting.place ?? meeting.online_url ?? undefined,
      url: meeting.online_url ?? undefined,
      stamp: meeting.updated_at,
      alarmMinutesBefore: 60,
      categories: [t({ id: 'Rapat koordinasi', en: 'Coordination meeting' })],
    });
  }

  if (institution) {
    for (const deadline of await listOpenReportingDeadlines(db, institution.id)) {
      const date =
        deadline.extended_deadline && deadline.extended_deadline > deadline.deadline
          ? deadline.extended_deadline
          : deadline.deadline;
      const quarter = `${triwulanLabel(deadline.number)} ${deadline.period_code}`;
      events.push({
        uid: `deadline-${deadline.period_code}-${deadline.number}-${institution.code}@${host}`,
        ...dueHour(date),
        summary: t({ id: `Tenggat laporan ${quarter}`, en: `Reporting deadline ${quarter}` }),
        description: t({
          id: `Laporan capaian ${institution.name} untuk ${quarter} dikirim paling lambat ${date} pukul 24.00 WIB.`,
          en: `${institution.name}'s ${quarter} reports are due by ${date}, 24:00 WIB.`,
        }),
        alarmMinutesBefore: 24 * 60,
        categories: [t({ id: 'Tenggat', en: 'Deadline' })],
      });
    }
    for (const followUp of await listOpenFollowUpsOf(db, institution.id)) {
      events.push({
        uid: `follow-up-${followUp.id}@${host}`,
        ...dueHour(followUp.due_on),
        summary: t({ id: `Tindak lanjut: ${followUp.title}`, en: `Follow-up: ${followUp.title}` }),
        description: t({
          id: `Tindak lanjut rapat "${followUp.meeting_title}", jatuh tempo ${followUp.due_on}.`,
          en: `Follow-up of the meeting "${followUp.meeting_title}", due ${followUp.due_on}.`,
        }),
        stamp: followUp.updated_at,
        alarmMinutesBefore: 24 * 60,
        categories: [t({ id: 'Tindak lanjut', en: 'Follow-up' })],
      });
    }
  }

  return formatICalendar({
    prodId: '-//Pantau//Koordinasi Stranas PK//ID',
    name: `Pantau — ${institution?.name ?? user?.name ?? actor.email}`,
    stamp: now.toISOString(),
    events,
  });
}

/** The calendar of the user whose API token is in the subscription address. */
export async function calendarFeed(context: AppContext, token: string): Promise<string> {
  const actor = await resolveApiToken(context, token);
  if (!actor) {
    throw new AppError(401, 'invalid_token', {
      id: 'Alamat kalender tidak berlaku: token salah, kedaluwarsa, atau dicabut. Buat token baru lalu langgani ulang.',
      en: 'The calendar address is not valid: the token is wrong, expired or revoked. Create a new token and subscribe again.',
    });
  }
  return calendarOf(context, actor);
}
