/** Loading typed API data in components, with loading / error / data states and a retry (see useAsync). */

import type { paths } from './schema';
import { apiGet, buildUrl, type PathsWith, type RequestArgs, type ResponseOf } from './typed';
import { type AsyncState, useAsync } from './useApi';

/**
 * GETs a typed API path and tracks its state; `args: null` waits (e.g. for another answer first).
 * Reloads when the resulting URL (or the language) changes; `reloadKey` forces a reload on change.
 */
export function useApiGet<P extends PathsWith<'get'> & keyof paths>(
  path: P,
  args: RequestArgs<P, 'get'> | null,
  reloadKey = '',
): AsyncState<ResponseOf<P, 'get'>> {
  const url = args ? buildUrl(path, args.path as Record<string, string | number> | undefined, args.query) : null;
  return useAsync(url === null ? null : `${url}#${reloadKey}`, ({ lang, signal }) =>
    apiGet(path, args as RequestArgs<P, 'get'>, { lang, signal }),
  );
}
