/**
 * Coordination notifications, called inside the transaction of the event: a new announcement and
 * a reminder to read it reach the addressed people of the recipient institutions; a meeting
 * invitation reaches the invited roles of the invited institutions. The sender is never notified.
 */
import { type Audience, type IndonesianTimeZone, instantToZonedTime } from '@pantau/core';
import type { AppContext } from '../context.js';
import type { Executor } from '../db/database.js';
import { findAnnouncement } from '../db/repositories/announcement.repository.js';
import { findMeeting } from '../db/repositories/meeting.repository.js';
import { listInstitutionMembers } from '../db/repositories/recipient.repository.js';
import { excerptOf } from './coordination-templates.js';
import { notify } from './notify.js';

type Context = Pick<AppContext, 'clock' | 'config'>;

/** People of `institutionIds` holding one of `roles`, except `senderId`. */
async function addressedPeople(
  trx: Executor,
  institutionIds: readonly number[],
  roles: readonly string[],
  senderId: number,
) {
  return (await listInstitutionMembers(trx, institutionIds, roles)).filter((person) => person.id !== senderId);
}

/**
 * Tells the addressed people of `institutionIds` about an announcement: when it is sent (`announcement`)
 * or when its sender reminds the institutions that have not read it (`announcement_reminder`).
 * Returns how many people were reached.
 */
export async function notifyAnnouncement(
  trx: Executor,
  context: Context,
  announcementId: number,
  institutionIds: readonly number[],
  kind: 'announcement' | 'announcement_reminder',
): Promise<number> {
  const announcement = await findAnnouncement(trx, announcementId);
  if (!announcement) return 0;
  const roles = (JSON.parse(announcement.audience) as Audience).roles;
  const people = await addressedPeople(trx, institutionIds, roles, announcement.sender_id);
  return notify(trx, context, people, {
    kind,
    announcementId,
    title: announcement.title,
    sender: announcement.sender_name,
    excerpt: excerptOf(announcement.body),
  });
}

/** Invites the people of `institutionIds` holding one of the invited `roles` to a meeting. */
export async function notifyMeetingInvitation(
  trx: Executor,
  context: Context,
  meetingId: number,
  institutionIds: readonly number[],
  roles: readonly string[],
): Promise<number> {
  const meeting = await findMeeting(trx, meetingId);
  if (!meeting) return 0;
  const zone = meeting.time_zone as IndonesianTimeZone;
  const people = await addressedPeople(trx, institutionIds, roles, meeting.created_by);
  return notify(trx, context, people, {
    kind: 'meeting_invitation',
    meetingId,
    title: meeting.title,
    localStartsAt: instantToZonedTime(meeting.starts_at, zone),
    timeZone: zone,
    where: [meeting.online_url, meeting.place].filter(Boolean).join(' · '),
  });
}
