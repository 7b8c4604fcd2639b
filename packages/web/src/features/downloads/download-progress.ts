/** Pure shaping for file downloads: the file name a server sends, and how far a download has come. */
import { formatNumber, type Lang } from '../../lib/format';

/**
 * The file name of a `Content-Disposition` header: the UTF-8 `filename*` when present, else the
 * plain `filename`, else `fallback`. Path separators are never kept.
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended.trim());
    } catch {
      name = undefined; // malformed escape: fall back to the plain name
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(header);
    name = (plain?.[1] ?? plain?.[2])?.replace(/\\(.)/g, '$1').trim();
  }
  const safe = name?.replace(/[/\\]/g, '_').trim();
  return safe ? safe : fallback;
}

/** The length a response announces, or null when it has none (a streamed file) or an unusable one. */
export function announcedLength(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  const length = Number(header.trim());
  return length > 0 ? length : null;
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** A byte count for people: "512 B", "1,5 MB" (Indonesian) / "1.5 MB" (English). */
export function formatBytes(bytes: number, lang: Lang): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? value : Math.round(value * 10) / 10;
  return `${formatNumber(rounded, lang)} ${UNITS[unit]}`;
}

/** How far a download is: a fraction 0–1 when the total is known, else null (indeterminate). */
export function downloadFraction(received: number, total: number | null): number | null {
  if (total === null) return null;
  return Math.min(1, Math.max(0, received / total));
}

/** The percentage (whole number, 0–100) shown beside a determinate progress bar. */
export function downloadPercent(received: number, total: number | null): number | null {
  const fraction = downloadFraction(received, total);
  return fraction === null ? null : Math.floor(fraction * 100);
}
