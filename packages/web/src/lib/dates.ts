/**
 * Calendar arithmetic on ISO dates (`2026-04-10`). Deadlines are calendar days in WIB
 * (Asia/Jakarta), so "today" is taken there too, whatever the visitor's own time zone.
 */
import { dateInZone } from '@pantau/core';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds at UTC midnight of an ISO date; throws on anything else. */
function utcMidnight(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** Today's date in Jakarta (WIB), as `YYYY-MM-DD`. */
export function todayInJakarta(now: Date): string {
  return dateInZone(now, 'WIB');
}

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((utcMidnight(toIso) - utcMidnight(fromIso)) / MS_PER_DAY);
}

/** Where today stands against a deadline that is open until the end of its day. */
export type DeadlineCountdown =
  | { kind: 'upcoming'; days: number }
  | { kind: 'today' }
  | { kind: 'passed'; days: number };

/** How many days are left until `deadlineIso` (inclusive), or how long ago it passed. */
export function deadlineCountdown(deadlineIso: string, todayIso: string): DeadlineCountdown {
  const days = daysBetween(todayIso, deadlineIso);
  if (days > 0) return { kind: 'upcoming', days };
  if (days === 0) return { kind: 'today' };
  return { kind: 'passed', days: -days };
}

/** Whether `iso` falls within [startIso, endIso] inclusive. */
export function isWithin(iso: string, startIso: string, endIso: string): boolean {
  return iso >= startIso && iso <= endIso;
}
