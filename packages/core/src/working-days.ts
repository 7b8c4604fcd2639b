/**
 * Working days (hari kerja) on ISO `YYYY-MM-DD` dates: Monday to Friday, except public holidays.
 * Deadlines such as "answer within 7 working days" count from the day after the start date.
 */
import { addDays, isIsoDate } from './dates.js';

/** Day of the week of an ISO date: 0 Sunday … 6 Saturday. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00.000Z`).getUTCDay();
}

/** Whether `date` is a working day: not a Saturday or Sunday, and not in `holidays`. */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidays.has(date);
}

/**
 * The date `days` working days after `date`, not counting `date` itself: forwarded on a Monday
 * with no holidays, 7 working days is the Wednesday of the following week. `days = 0` gives
 * `date` unchanged.
 */
export function addWorkingDays(date: string, days: number, holidays: ReadonlySet<string>): string {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${days}`);
  let current = date;
  for (let counted = 0; counted < days; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, holidays)) counted++;
  }
  return current;
}

/**
 * Working days left from `today` until `due` (the last day for the work, end of day): the
 * working days after `today` up to and including `due`, so 0 on the due date itself. Once `due`
 * has passed, the working days late as a negative number, at least -1 (the day after the due
 * date is late even when it is a Saturday). Forwarded on Monday 23 Nov 2026 with 7 working days
 * to answer (due Wednesday 2 Dec), the Monday has 7 left, the Wednesday 0 and Thursday -1.
 */
export function workingDaysLeft(today: string, due: string, holidays: ReadonlySet<string>): number {
  if (!isIsoDate(today) || !isIsoDate(due)) throw new RangeError(`Not ISO dates: ${today}, ${due}`);
  const [from, to] = due >= today ? [today, due] : [due, today];
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, holidays)) count++;
  return due >= today ? count : -Math.max(1, count);
}

/**
 * Parses a comma-separated list of ISO dates (e.g. `PANTAU_HOLIDAYS="2026-12-24,2026-12-31"`);
 * blanks are ignored and duplicates dropped. Null when any entry is not a real date.
 */
export function parseHolidayList(value: string): string[] | null {
  const dates = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (dates.some((date) => !isIsoDate(date))) return null;
  return [...new Set(dates)].sort();
}
