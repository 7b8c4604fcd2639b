/** Moments (ISO timestamps) as officials read them: the date and time in WIB, and file sizes. */
import { formatInstant, formatNumber, formatTimeOfDay } from '@pantau/core';
import type { Lang } from './format';

/** "27 Nov 2026, 10.00 WIB" in Indonesian, "27 Nov 2026, 10:00 WIB" in English — always in WIB (Asia/Jakarta). */
export function formatDateTime(iso: string, lang: Lang): string {
  return formatInstant(iso, lang, { month: 'short' });
}

/** "10.02.31 WIB" in Indonesian, "10:02:31 WIB" in English: the time of day in WIB, to the second. */
export function formatClockTime(iso: string, lang: Lang): string {
  return `${formatTimeOfDay(iso, lang, 'WIB', true)} WIB`;
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
  return `${formatNumber(value, lang, { maximumFractionDigits: digits })} ${UNITS[unit]}`;
}
