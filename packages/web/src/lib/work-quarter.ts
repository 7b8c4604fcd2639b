/** Which quarter officials work on now: the one containing today, else the last one open. */
import type { PeriodDto } from '@pantau/core';
import { pickDefaultPeriod } from './periods';

export interface WorkQuarter {
  period: PeriodDto;
  quarter: PeriodDto['quarters'][number];
}

/** The active period's current quarter, or its latest open one; null when neither exists. */
export function pickWorkQuarter(periods: readonly PeriodDto[]): WorkQuarter | null {
  const period = pickDefaultPeriod(periods);
  if (!period) return null;
  const current = period.quarters.find((quarter) => quarter.number === period.currentQuarter);
  const open = period.quarters.filter((quarter) => quarter.status === 'open');
  const quarter = current ?? open[open.length - 1] ?? null;
  return quarter ? { period, quarter } : null;
}

/** A quarter number asked for in the URL (`?triwulan=3`), if it is one of the period's. */
export function requestedQuarter(period: PeriodDto, raw: string | null): PeriodDto['quarters'][number] | null {
  const number = Number(raw);
  return period.quarters.find((quarter) => quarter.number === number) ?? null;
}
