/** Which quarter the field screen opens on, and which sampled reports a verifier sees. */
import type { PeriodDto } from '@pantau/core';

/** How many sampled reports are shown at once (each row loads its report). */
export const SAMPLE_PAGE_SIZE = 10;

/** The quarter asked for in the URL if it is one of the period's, else the latest closed one (samples are drawn at close), else `fallback`. */
export function sampleQuarter(period: PeriodDto, asked: string | null, fallback: number): number {
  const requested = period.quarters.find((quarter) => String(quarter.number) === asked);
  if (requested) return requested.number;
  const closed = period.quarters.filter((quarter) => quarter.status === 'closed');
  return closed[closed.length - 1]?.number ?? fallback;
}

/** The aksi of a sample key `33.74/1.2-TW4`: the first segment of its output code (`1`). */
export function aksiOfSampleKey(key: string): string | null {
  const target = key.split('/')[1];
  return target ? (/^(\d+)\./.exec(target)?.[1] ?? null) : null;
}

/** The items whose aksi is in `aksi`; every item when `aksi` is null (not limited to aksi). */
export function itemsInScope<T extends { key: string }>(items: readonly T[], aksi: readonly string[] | null): T[] {
  if (aksi === null) return [...items];
  const allowed = new Set(aksi);
  return items.filter((item) => allowed.has(aksiOfSampleKey(item.key) ?? ''));
}
