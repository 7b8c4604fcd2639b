/**
 * When scheduled work is due (issue #8 part 5). Each function answers with the latest slot whose
 * time has come — never the earlier ones — so that a scheduler coming back after downtime catches
 * up once instead of replaying every missed run. Times are in WIB, where the secretariat sits.
 */
import { addDays, dateInZone, endOfDay, TIME_ZONE_OFFSETS } from './dates.js';

/** Hour (WIB) at which reminders and escalations go out. */
export const NOTICE_HOUR_WIB = 8;
/** Hour (WIB) at which the daily digest goes out. */
export const DIGEST_HOUR_WIB = 7;

/** The instant `hour`:00 WIB on civil date `date`, as an ISO string. */
export function atHourWib(date: string, hour: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, hour - TIME_ZONE_OFFSETS.WIB)).toISOString();
}

/** A slot of scheduled work: what it is for and when it was due. */
export interface DueSlot {
  /** Days before the deadline (reminders), or 0. */
  daysBefore: number;
  /** When the slot was due (ISO instant). */
  at: string;
}

/**
 * The deadline reminder due at `now`: of the slots `daysBefore` days before the deadline, the
 * latest one that has come; none once the deadline day is over.
 */
export function dueReminder(deadline: string, daysBefore: readonly number[], now: Date): DueSlot | null {
  if (now.getTime() > new Date(endOfDay(deadline, 'WIB')).getTime()) return null;
  let due: DueSlot | null = null;
  for (const days of daysBefore) {
    const at = atHourWib(addDays(deadline, -days), NOTICE_HOUR_WIB);
    if (new Date(at).getTime() <= now.getTime() && (due === null || days < due.daysBefore))
      due = { daysBefore: days, at };
  }
  return due;
}

/** The escalation of a missed deadline: due the morning after the deadline day, null before. */
export function dueEscalation(deadline: string, now: Date): DueSlot | null {
  const at = atHourWib(addDays(deadline, 1), NOTICE_HOUR_WIB);
  return new Date(at).getTime() <= now.getTime() ? { daysBefore: 0, at } : null;
}

/** Whether the whole of civil date `date` (WIB) is over at `now`. */
export function dayIsOver(date: string, now: Date): boolean {
  return now.getTime() > new Date(endOfDay(date, 'WIB')).getTime();
}

/** The latest daily slot at `hour` WIB that has come: today's once the hour has passed, else yesterday's. */
export function latestDailySlot(now: Date, hour: number): { date: string; at: string } {
  const today = dateInZone(now, 'WIB');
  const date = new Date(atHourWib(today, hour)).getTime() <= now.getTime() ? today : addDays(today, -1);
  return { date, at: atHourWib(date, hour) };
}

/** The latest monthly slot at `hour` WIB on the 1st that has come: this month's once it has passed, else last month's. */
export function latestMonthlySlot(now: Date, hour: number): { month: string; date: string; at: string } {
  const today = dateInZone(now, 'WIB');
  const first = `${today.slice(0, 7)}-01`;
  if (new Date(atHourWib(first, hour)).getTime() <= now.getTime()) {
    return { month: first.slice(0, 7), date: first, at: atHourWib(first, hour) };
  }
  const previous = `${addDays(first, -1).slice(0, 7)}-01`;
  return { month: previous.slice(0, 7), date: previous, at: atHourWib(previous, hour) };
}
