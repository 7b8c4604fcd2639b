/** Facts about this installation (GET /api/instance). The server does not share this shape through core yet. */
import { getJson } from './client';
import { keep } from './keep';
import { type AsyncState, useAsync } from './useApi';

export interface InstanceDto {
  name: 'Pantau';
  version: string;
  /** True when the data is the demo dataset: the UI must say so on every page. */
  demo: boolean;
  /** Sign-in through the institution's identity provider: the name on its button; null when off. */
  singleSignOn: { name: string } | null;
}

/** This installation's facts; the frame and the page inside it (sign-in) share one request. */
export function useInstance(): AsyncState<InstanceDto> {
  // Not tied to the caller's signal: one component leaving must not cancel the answer another awaits.
  return useAsync('/api/instance', ({ lang }) =>
    keep('instance', () => getJson<InstanceDto>('/api/instance', { lang })),
  );
}
