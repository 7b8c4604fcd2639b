/**
 * Locale-aware formatting of dates, numbers and period codes for the two UI languages, on the one
 * formatter of @pantau/core (`format.ts` there).
 */
import { formatCivilDate, formatCivilDateRange, type Lang } from '@pantau/core';

/** The languages of the interface. Bahasa Indonesia comes first. */
export type { Lang } from '@pantau/core';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** The Intl locale used for each UI language (British English writes "10 Apr 2026", like Indonesian). */
export { formatNumber, INTL_LOCALE } from '@pantau/core';

/** An ISO date as "10 Apr 2026" ("9 Agu 2026" in Indonesian); days never shift with the time zone. */
export function formatDate(iso: string, lang: Lang): string {
  return formatCivilDate(iso, lang, 'short');
}

/** A date range as "1 Jan – 31 Mar 2026", keeping the year once when both ends share it. */
export function formatDateRange(startIso: string, endIso: string, lang: Lang): string {
  return formatCivilDateRange(startIso, endIso, lang, 'short');
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
