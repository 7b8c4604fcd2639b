/**
 * Wall-clock times in Indonesia's three time zones. A meeting is set as "09.00 WITA" by its
 * organiser, stored as a UTC instant plus the zone it was set in, and shown back in that zone;
 * calendars receive the UTC instant, so every attendee's device shows it in their own zone.
 */

import { type IndonesianTimeZone, isIsoDate, TIME_ZONE_OFFSETS } from './dates.js';
import { z } from './zod.js';

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/** The three zones as accepted by the API. */
export const indonesianTimeZoneSchema = z
  .enum(['WIB', 'WITA', 'WIT'])
  .describe('WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9)');

/** A wall-clock date and time without zone, `YYYY-MM-DDTHH:mm`. */
export const localDateTimeSchema = z
  .string()
  .refine(isLocalDateTime, 'Tanggal dan jam berformat 2026-12-03T09:00')
  .describe('Wall-clock date and time in the chosen zone, e.g. `2026-12-03T09:00`');

/** Whether `value` is a real date with a time of day, `YYYY-MM-DDTHH:mm`. */
export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  return match !== null && isIsoDate(match[1] as string);
}

/** The UTC instant (ISO) of wall-clock `local` in `zone`: `2026-12-03T09:00` WITA → `2026-12-03T01:00:00.000Z`. */
export function zonedTimeToInstant(local: string, zone: IndonesianTimeZone): string {
  if (!isLocalDateTime(local)) throw new RangeError(`Not a local date-time: ${local}`);
  const asUtc = new Date(`${local}:00.000Z`).getTime();
  return new Date(asUtc - TIME_ZONE_OFFSETS[zone] * 3_600_000).toISOString();
}

/** The wall-clock time (`YYYY-MM-DDTHH:mm`) of instant `iso` in `zone`. */
export function instantToZonedTime(iso: string, zone: IndonesianTimeZone): string {
  const shifted = new Date(new Date(iso).getTime() + TIME_ZONE_OFFSETS[zone] * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}
