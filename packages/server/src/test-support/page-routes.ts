/**
 * The pages a link can land on: the web app's route table (the `ROUTES` of
 * packages/web/src/App.tsx, read as text so the server's tests need no React) and the pages the
 * server renders itself (every GET route outside /api, from the app's own route list).
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { matchPath } from '../../../web/src/lib/route-match.js';

const APP_TSX = new URL('../../../web/src/App.tsx', import.meta.url);

/** The path patterns of the web app, in the order App.tsx lists them. */
export function webAppRoutes(): string[] {
  const source = readFileSync(APP_TSX, 'utf8');
  const start = source.indexOf('const ROUTES');
  const end = source.indexOf('];', start);
  if (start < 0 || end < 0)
    throw new Error('App.tsx has no `const ROUTES = [...]` table any more: update page-routes.ts');
  const paths = [...source.slice(start, end).matchAll(/path: '([^']+)'/g)].map((match) => match[1] as string);
  if (!paths.includes('/kerja')) throw new Error('App.tsx ROUTES was not read: no /kerja among the paths found');
  return paths;
}

/** The page routes the server answers itself (the portal, files), not the web app's catch-all. */
export function serverPageRoutes(app: FastifyInstance): string[] {
  return app.guardedRoutes
    .filter((route) => route.method.split(',').includes('GET'))
    .map((route) => route.url)
    .filter((url) => !url.startsWith('/api/') && !url.includes('*'));
}

/** Which table `pathname` lands in: the web app, a server page, or none. */
export function landingOf(
  pathname: string,
  tables: { web: readonly string[]; server: readonly string[] },
): 'web' | 'server' | null {
  // A server route answers before the web app's catch-all, so it wins when both match.
  if (tables.server.some((pattern) => matchPath(pattern, pathname))) return 'server';
  if (tables.web.some((pattern) => matchPath(pattern, pathname))) return 'web';
  return null;
}
