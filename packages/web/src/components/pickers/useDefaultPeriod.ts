/** The period a form starts on when a period is needed and none is chosen yet: the active one, else the newest. */
import type { PeriodDto } from '@pantau/core';
import { useApi } from '../../api/useApi';

/** The active period's code (else the newest), or '' while the periods load. */
export function useDefaultPeriod(): string {
  const periods = useApi<PeriodDto[]>('/api/periods');
  const start = periods.data?.find((period) => period.status === 'active') ?? periods.data?.[0];
  return start?.code ?? '';
}
