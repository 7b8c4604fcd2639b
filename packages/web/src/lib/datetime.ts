/** Moments (ISO timestamps) as officials read them: the date and time in WIB, and file sizes. */
import { INTL_LOCALE, type Lang } from './format';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** "27 Nov 2026, 10.00" in Indonesian, "27 Nov 2026, 10:00" in English — always in WIB (Asia/Jakarta). */
export function formatDateTime(iso: string, lang: Lang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[lang], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Asia/Jakarta',
    });
    formats.set(lang, format);
  }
  return `${format.format(new Date(iso))} WIB`;
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** A file size as "656 B", "1,2 MB" (Indonesian) or "1.2 MB" (English). */
export function formatBytes(bytes: number, lang: Lang): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const number = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: digits }).format(value);
  return `${number} ${UNITS[unit]}`;
}
