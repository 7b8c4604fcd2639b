/**
 * Dates and numbers as people read them, in Bahasa Indonesia (`id-ID`) or English (`en-GB`,
 * which writes "10 Jul 2025" like Indonesian), for every surface: the web app, the portal, mails
 * and notifications, and the generated documents. One place built on `Intl.DateTimeFormat` and
 * `Intl.NumberFormat`; instants are shown in an Indonesian time zone (WIB by default).
 */
import type { IndonesianTimeZone } from './dates.js';

/** The two languages of the product. */
export type Lang = 'id' | 'en';

/** The Intl locale of each language. */
export const INTL_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** The IANA zone of each Indonesian time zone. */
export const IANA_ZONE: Record<IndonesianTimeZone, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateTimeFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d:${lang}:${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], options);
    cache.set(key, format);
  }
  return format;
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${lang}:${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], options);
    cache.set(key, format);
  }
  return format;
}

/** A calendar day (`2025-07-10`, or the date part of a longer ISO text) as a UTC midnight. */
function civilDay(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** How a month is written: `long` "Juli" / "July", `short` "Jul". */
export type MonthStyle = 'long' | 'short';

/**
 * A calendar day: "10 Juli 2025" / "10 July 2025" (long) or "10 Jul 2025" (short). Days are
 * formatted in UTC, so no time zone moves them.
 */
export function formatCivilDate(iso: string, lang: Lang, month: MonthStyle = 'long'): string {
  return dateTimeFormat(lang, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(civilDay(iso));
}

/** A range of days, "1 Jan – 31 Mar 2026", writing the year once when both ends share it. */
export function formatCivilDateRange(
  startIso: string,
  endIso: string,
  lang: Lang,
  month: MonthStyle = 'short',
): string {
  const sameYear = startIso.slice(0, 4) === endIso.slice(0, 4);
  const start = sameYear
    ? dateTimeFormat(lang, { day: 'numeric', month, timeZone: 'UTC' }).format(civilDay(startIso))
    : formatCivilDate(startIso, lang, month);
  return `${start} – ${formatCivilDate(endIso, lang, month)}`;
}

/**
 * The time of day of an instant in `zone`: "10.00" in Indonesian, "10:00" in English; with
 * `seconds`, "10.02.31" / "10:02:31".
 */
export function formatTimeOfDay(
  instant: string | Date,
  lang: Lang,
  zone: IndonesianTimeZone = 'WIB',
  seconds = false,
): string {
  return dateTimeFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' as const } : {}),
    hourCycle: 'h23',
    timeZone: IANA_ZONE[zone],
  }).format(new Date(instant));
}

/**
 * An instant with its day and time in `zone`, the zone named: "4 Desember 2026 pukul 10.00 WIB" /
 * "4 December 2026, 10:00 WIB" (long), "27 Nov 2026, 10.00 WIB" (short).
 */
export function formatInstant(
  instant: string | Date,
  lang: Lang,
  { zone = 'WIB', month = 'long' }: { zone?: IndonesianTimeZone; month?: MonthStyle } = {},
): string {
  const at = new Date(instant);
  if (month === 'short') {
    const text = dateTimeFormat(lang, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: IANA_ZONE[zone],
    }).format(at);
    return `${text} ${zone}`;
  }
  const day = dateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: IANA_ZONE[zone],
  }).format(at);
  const time = formatTimeOfDay(at, lang, zone);
  return lang === 'id' ? `${day} pukul ${time} ${zone}` : `${day}, ${time} ${zone}`;
}

/** A number with the language's grouping and decimal mark: "1.234,5" / "1,234.5". */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(lang, options).format(value);
}

/** A number with exactly `digits` decimals: "59,4" / "59.4". */
export function formatFixed(value: number, lang: Lang, digits = 1): string {
  return formatNumber(value, lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
