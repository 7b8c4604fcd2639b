/**
 * Serves the built web app: hashed assets cached for a year, index.html revalidated on every
 * visit, and every non-API path answered with index.html so client-side routes load directly.
 * Files are sent as the build precompressed them (`.br`, else `.gz`) to clients that accept it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Registers the web app from `distDir`, if it has been built. Returns whether it was found. */
export async function serveWebApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(join(distDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: false,
    preCompressed: true,
    // Our own cache headers below, for files and for index.html sent by the fallback alike.
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'cache-control',
        path.includes(`${join(distDir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    // Files of the build have their own routes (registered by @fastify/static at start-up). An asset
    // that is not there (an old hashed name after an upgrade) is a 404, not the page; any other
    // path, such as /kerja/laporan/7, is a client-side route (the public site's pages have their own routes).
    if (request.url.startsWith('/assets/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
  return true;
}
