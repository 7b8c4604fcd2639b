import { useApiGet } from '../../api/useTyped';
import type { WorkQuarter } from '../../lib/work-quarter';

/** An institution's targets of a quarter with each report's state, the deadline and days left. */
export function useInstitutionQuarter(code: string, work: WorkQuarter, reloadKey = '') {
  return useApiGet(
    '/api/institutions/{code}/targets',
    { path: { code }, query: { period: work.period.code, quarter: work.quarter.number } },
    reloadKey,
  );
}
