/** Choosing a period from the list the API returns (newest first). */
import type { PeriodDto } from '@pantau/core';

/** The active period, or else the newest, or null when there is none. */
export function pickDefaultPeriod(periods: readonly PeriodDto[]): PeriodDto | null {
  return periods.find((period) => period.status === 'active') ?? periods[0] ?? null;
}

/** The code of the period to show: the one asked for when given, else the default. */
export function selectedPeriodCode(periods: readonly PeriodDto[], requested: string | null): string | null {
  if (requested) return requested;
  return pickDefaultPeriod(periods)?.code ?? null;
}

/** The quarter containing today, if the period has one. */
export function currentQuarter(period: PeriodDto): PeriodDto['quarters'][number] | null {
  if (period.currentQuarter === null) return null;
  return period.quarters.find((quarter) => quarter.number === period.currentQuarter) ?? null;
}
