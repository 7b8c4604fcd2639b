/** Matching URL paths against route patterns such as `/instansi/:code`. */

export type RouteParams = Record<string, string>;

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/**
 * Matches `pathname` against `pattern`: literal segments must be equal, `:name` segments
 * capture one decoded segment. A trailing slash is ignored. Returns the params, or null.
 */
export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const want = segments(pattern);
  const have = segments(pathname);
  if (want.length !== have.length) return null;
  const params: RouteParams = {};
  for (let i = 0; i < want.length; i++) {
    const expected = want[i] as string;
    const actual = have[i] as string;
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null; // malformed %-escape: no route can mean it
      }
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

/** The first route whose pattern matches, with its params. */
export function matchRoutes<R extends { path: string }>(
  routes: readonly R[],
  pathname: string,
): { route: R; params: RouteParams } | null {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}
