/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings. Dates are civil dates without a time
 * zone; all arithmetic happens in UTC so that no local clock setting can shift a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function toUtc(date: string): Date {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  return new Date(`${date}T00:00:00.000Z`);
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: string, days: number): string {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return utc.toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Last calendar day of the given month (1–12). */
export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Offset of Indonesia's three time zones from UTC, in hours. */
export const TIME_ZONE_OFFSETS = { WIB: 7, WITA: 8, WIT: 9 } as const;
export type IndonesianTimeZone = keyof typeof TIME_ZONE_OFFSETS;

/**
 * The instant a civil day ends in an Indonesian time zone, as an ISO UTC timestamp.
 * A deadline of 2026-04-10 in WIB closes at 2026-04-10T16:59:59.999Z.
 */
export function endOfDay(date: string, zone: IndonesianTimeZone = 'WIB'): string {
  const midnightUtc = toUtc(addDays(date, 1)).getTime();
  return new Date(midnightUtc - TIME_ZONE_OFFSETS[zone] * 3_600_000 - 1).toISOString();
}

/** The civil date of an instant as seen in an Indonesian time zone. */
export function dateInZone(instant: Date, zone: IndonesianTimeZone = 'WIB'): string {
  return new Date(instant.getTime() + TIME_ZONE_OFFSETS[zone] * 3_600_000).toISOString().slice(0, 10);
}
