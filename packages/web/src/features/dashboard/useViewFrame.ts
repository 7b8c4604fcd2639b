import { useMemo } from 'react';
import { useSearchParams } from '../../router';
import { readViewFrame, type ViewFrame } from './drill';

/** The period and quarter asked for in the address (none: the API's default, today's). */
export function useViewFrame(): ViewFrame {
  const params = useSearchParams();
  const period = params.get('periode');
  const quarter = params.get('triwulan');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the two parameters are what the frame depends on
  return useMemo(() => readViewFrame(params), [period, quarter]);
}
