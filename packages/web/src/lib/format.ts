/** Locale-aware formatting of dates, numbers and period codes for the two UI languages. */

/** The languages of the interface. Bahasa Indonesia comes first. */
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** The Intl locale used for each UI language (British English writes "10 Apr 2026", like Indonesian). */
export const INTL_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    // Dates are calendar days: format them in UTC so no time zone shifts them by a day.
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

function isoToDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** An ISO date as "10 Apr 2026" ("10 Apr 2026" in English too). */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(isoToDate(iso));
}

/** A date range as "1 Jan – 31 Mar 2026", keeping the year once when both ends share it. */
export function formatDateRange(startIso: string, endIso: string, lang: Lang): string {
  const sameYear = startIso.slice(0, 4) === endIso.slice(0, 4);
  const start = sameYear
    ? dateFormat(lang, { day: 'numeric', month: 'short' }).format(isoToDate(startIso))
    : formatDate(startIso, lang);
  return `${start} – ${formatDate(endIso, lang)}`;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** A number with the language's grouping: "1.234" in Indonesian, "1,234" in English. */
export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang]);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** A period code as written for people: `2025-2026` → "2025–2026". */
export function formatPeriodCode(code: string): string {
  return code.replace('-', '–');
}

const ROMAN: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Quarter numbers are written in Roman numerals (Triwulan I…VIII). Handles 1–39. */
export function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}
