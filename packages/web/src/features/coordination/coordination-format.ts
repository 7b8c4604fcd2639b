/** How coordination screens write times, statuses and file sizes. */
import type { FollowUpStatus } from '@pantau/core';
import { formatDate, type Lang } from '../../lib/format';

/** "3 Des 2026, 09.00 WITA" / "3 Dec 2026, 09:00 WITA" for a wall-clock time in its zone. */
export function meetingWhen(localStartsAt: string, zone: string, lang: Lang): string {
  const [date = '', time = ''] = localStartsAt.split('T');
  const clock = lang === 'id' ? time.replace(':', '.') : time;
  return `${formatDate(date, lang)}, ${clock} ${zone}`;
}

/** Today's wall-clock date and time in `zone` as a datetime-local value, e.g. 2026-12-03T09:00. */
export function nowInZone(now: Date, zone: 'WIB' | 'WITA' | 'WIT'): string {
  const offset = { WIB: 7, WITA: 8, WIT: 9 }[zone];
  return new Date(now.getTime() + offset * 3_600_000).toISOString().slice(0, 16);
}

/** The badge tone of a follow-up: overdue ones stand out, done ones are quiet. */
export function followUpTone(followUp: { status: FollowUpStatus; overdue: boolean }): 'accent' | 'open' | 'neutral' {
  if (followUp.overdue) return 'accent';
  return followUp.status === 'done' ? 'neutral' : 'open';
}

/** A share of recipients as a whole percentage, 0 when there are none. */
export function readShare(read: number, recipients: number): number {
  return recipients === 0 ? 0 : Math.round((read / recipients) * 100);
}
