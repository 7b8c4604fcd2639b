import type { PeriodDto } from '@pantau/core';
import type { AsyncState } from '../../api/useApi';
import { useApi } from '../../api/useApi';

/** The list of periods, from which homes pick the quarter officials work on (lib/work-quarter). */
export function usePeriods(): AsyncState<PeriodDto[]> {
  return useApi<PeriodDto[]>('/api/periods');
}
