/**
 * What every public read under /api/public/ gets: CORS for any origin (GET, HEAD and the
 * preflight only — never credentials, never writes), `Cross-Origin-Resource-Policy: cross-origin`
 * so other sites may embed it, `Cache-Control: public, max-age=60`, and a weak ETag with 304 on
 * `If-None-Match`. JSON answers are tagged by a hash of their body; streamed downloads by the public
 * data version (which every write that changes public data advances), checked before any work is done.
 */
import { createHash } from 'node:crypto';
import { dateInZone } from '@pantau/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { publicSeq } from '../audit/public-version.js';
import type { AppContext } from '../context.js';
import { VERSION } from '../version.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Caching of a public read: `shared` (default: public, max-age=60), `private` (only the caller
     * may keep it, and must revalidate) or `none` (never stored, e.g. one-time challenges).
     */
    publicCache?: 'shared' | 'private' | 'none';
  }
}

/** Where the open-data API lives. */
export const PUBLIC_PREFIX = '/api/public/';
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CACHE_CONTROL = { shared: 'public, max-age=60', private: 'private, no-cache', none: 'no-store' } as const;
const EXPOSED = 'etag, content-disposition, content-length, x-content-sha256, x-request-id';

const isPublicRead = (request: FastifyRequest) =>
  READS.has(request.method) && (request.routeOptions.url ?? '').startsWith(PUBLIC_PREFIX);

/** Whether the caller already holds the representation tagged `etag`. */
function holds(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header === '*' || header.split(',').some((tag) => bare(tag) === bare(etag));
}

/** A weak ETag over a body. */
export function bodyEtag(body: string | Buffer): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * A weak ETag of the public data as of now: code version, public data version (see
 * `audit/public-version.ts`), date (WIB) and the exact request.
 */
export async function dataVersionEtag(context: AppContext, request: FastifyRequest): Promise<string> {
  const seq = await publicSeq(context.database.db);
  const key = `${VERSION}|${seq}|${dateInZone(context.clock.now())}|${request.url}`;
  return `W/"d-${createHash('sha256').update(key).digest('base64url').slice(0, 24)}"`;
}

/**
 * Tags the answer with `etag`; when the caller already holds it, answers 304 and returns true so
 * the route does no further work.
 */
export function answeredFromCache(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('etag', etag);
  if (!holds(request, etag)) return false;
  void reply.code(304).send();
  return true;
}

/** Installs the preflight route and the CORS and caching headers of public reads. */
export function installPublicApi(app: FastifyInstance): void {
  app.options(
    `${PUBLIC_PREFIX}*`,
    { config: { permission: 'public.read', publicCache: 'none' }, schema: { hide: true } },
    (_request, reply) =>
      reply
        .code(204)
        .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
        .header('access-control-allow-headers', 'accept, accept-language, if-none-match')
        .header('access-control-max-age', '86400')
        .send(),
  );

  app.addHook('onSend', async (request, reply, payload) => {
    if (!isPublicRead(request)) return payload;
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', EXPOSED);
    reply.header('cross-origin-resource-policy', 'cross-origin');
    if (reply.statusCode === 304) return payload;
    if (reply.statusCode !== 200) {
      reply.removeHeader('etag');
      reply.header('cache-control', 'no-store');
      return payload;
    }
    const policy = request.routeOptions.config?.publicCache ?? 'shared';
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', CACHE_CONTROL[policy]);
    if (policy === 'none' || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
    const etag = (reply.getHeader('etag') as string | undefined) ?? bodyEtag(payload);
    reply.header('etag', etag);
    if (!holds(request, etag)) return payload;
    reply.code(304);
    reply.removeHeader('content-type');
    reply.removeHeader('content-length');
    return '';
  });
}
