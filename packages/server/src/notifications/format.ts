/** Dates as people read them in a notification, in Bahasa Indonesia or English. */
import { dateInZone, TIME_ZONE_OFFSETS } from '@pantau/core';

/** The two languages of the product. */
export type Locale = 'id' | 'en';

/** A user's stored locale, or Bahasa Indonesia. */
export function localeOf(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'id';
}

const MONTHS: Record<Locale, string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "10 Juli 2025" / "10 July 2025" for the civil date `2025-07-10`. */
export function formatDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[locale][month - 1]} ${year}`;
}

/** "4 Desember 2026 pukul 10.00 WIB" / "4 December 2026, 10:00 WIB" for an ISO instant. */
export function formatInstant(instant: string, locale: Locale): string {
  const at = new Date(instant);
  const wib = new Date(at.getTime() + TIME_ZONE_OFFSETS.WIB * 3_600_000);
  const hh = String(wib.getUTCHours()).padStart(2, '0');
  const mm = String(wib.getUTCMinutes()).padStart(2, '0');
  const date = formatDate(dateInZone(at, 'WIB'), locale);
  return locale === 'id' ? `${date} pukul ${hh}.${mm} WIB` : `${date}, ${hh}:${mm} WIB`;
}
