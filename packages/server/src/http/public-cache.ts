/**
 * An in-process cache of public answers (portal pages, cards, /api/public/ JSON), keyed by the
 * public data version: the sequence number of the last audited write that changed what the public
 * sees (`audit/public-version.ts`: a verification decision or a publication moves it, a draft or a
 * submission does not), the code version and a five-minute slot (`PUBLIC_REFRESH_MS`).
 * The version is read from memory when known current, else with one single-row query; a new
 * version drops every entry. Concurrent misses for one key share one computation. Bodies are
 * stored with their ETag, so a 304 costs nothing.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { knownPublicSeq, publicSeq } from '../audit/public-version.js';
import type { AppContext } from '../context.js';
import { VERSION } from '../version.js';
import { answeredFromCache, bodyEtag, PUBLIC_PREFIX } from './public-api.js';

/** A stored answer, its entity tag, and its compressed forms once asked for. */
export interface CachedBody {
  body: string | Buffer;
  etag: string;
  compressed?: { br?: Buffer; gzip?: Buffer };
  /** For a public page or card: how it is sent, so it can be answered before the route runs. */
  page?: PageHeaders;
  /** Each encoding's answer as sent, once sent from the cache: what `http/early-answers.ts` replays. */
  sent?: Partial<Record<Encoding | 'identity', SentAnswer>>;
}

/** A 200 answer exactly as the framework sent it, but for the headers that differ per request. */
export interface SentAnswer {
  /** The route template, for the metrics. */
  route: string;
  /** Header names and values, one after the other, as `writeHead` takes them. */
  headers: string[];
  /** The stored body or its compressed form: no copy. */
  body: string | Buffer;
}

/** The content type and headers a cached public page or card is sent with. */
export interface PageHeaders {
  type: string;
  headers: Record<string, string>;
}

type Encoding = 'br' | 'gzip';
/** Below this size compression saves less than it costs. */
const COMPRESS_FROM = 1024;
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

/** The best encoding a caller sending `accept-encoding` takes for a body of this type, if any is worth it. */
export function encodingFor(accepted: string | undefined, type: string, size: number): Encoding | null {
  if (size < COMPRESS_FROM || !COMPRESSIBLE.test(type) || !accepted) return null;
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

/** The body compressed with `encoding`, computed once per cached entry. */
export function compressed(cached: CachedBody, encoding: Encoding): Buffer {
  cached.compressed ??= {};
  const found = cached.compressed[encoding];
  if (found) return found;
  const made =
    encoding === 'br'
      ? brotliCompressSync(cached.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : gzipSync(cached.body);
  cached.compressed[encoding] = made;
  return made;
}

interface Entry {
  promise: Promise<CachedBody>;
  bytes: number;
  /** The answer once computed. */
  value?: CachedBody;
}

const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;

class VersionedCache {
  private version = '';
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  /** The computed answer for `key` if this version's cache holds one, without waiting. */
  settled(version: string, key: string): CachedBody | undefined {
    return version === this.version ? this.entries.get(key)?.value : undefined;
  }

  get(version: string, key: string, compute: () => Promise<string | Buffer>): Promise<CachedBody> {
    if (version !== this.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = version;
    }
    const found = this.entries.get(key);
    if (found) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.promise;
    }
    const entry: Entry = {
      promise: compute().then((body) => ({ body, etag: bodyEtag(body) })),
      bytes: 0,
    };
    this.entries.set(key, entry);
    entry.promise.then(
      (value) => {
        const { body } = value;
        if (this.entries.get(key) !== entry) return;
        entry.value = value;
        entry.bytes = body.length;
        this.bytes += body.length;
        this.evict();
      },
      () => {
        // Errors (an unknown code, a failed query) are not kept.
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.evict();
    return entry.promise;
  }

  /** Drops the least recently used entries beyond the limits. */
  private evict() {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) return;
      this.entries.delete(key);
      this.bytes -= entry.bytes;
    }
  }
}

const caches = new WeakMap<AppContext, VersionedCache>();

/**
 * How often public answers are recomputed even when no public write happened: figures count the
 * targets due by today's date, and the progress of a quarter in progress (how many reports were
 * sent on time so far) follows submissions, which do not move the public data version.
 */
export const PUBLIC_REFRESH_MS = 5 * 60 * 1000;

/** The version the cached answers are valid for: code, public data version, refresh slot. */
function versionOf(context: AppContext, seq: number): string {
  return `${VERSION}|${seq}|${Math.floor(context.clock.now().getTime() / PUBLIC_REFRESH_MS)}`;
}

async function dataVersion(context: AppContext): Promise<string> {
  return versionOf(context, await publicSeq(context.database.db));
}

/**
 * The body for this request (`key` defaults to the request's method-free URL), computed once per
 * data version.
 */
export async function cachedBody(
  context: AppContext,
  key: string,
  compute: () => Promise<string | Buffer>,
): Promise<CachedBody> {
  let cache = caches.get(context);
  if (!cache) {
    cache = new VersionedCache();
    caches.set(context, cache);
  }
  return cache.get(await dataVersion(context), key, compute);
}

/** Sends a cached body with its ETag (compressed when the caller accepts it), or 304 when the caller holds it. */
export function sendCached(request: FastifyRequest, reply: FastifyReply, cached: CachedBody, type: string) {
  reply.header('vary', 'accept-encoding');
  if (answeredFromCache(request, reply, cached.etag)) return reply;
  const encoding = encodingFor(request.headers['accept-encoding'], type, cached.body.length);
  if (!encoding) return reply.type(type).send(cached.body);
  return reply.type(type).header('content-encoding', encoding).send(compressed(cached, encoding));
}

export const JSON_TYPE = 'application/json; charset=utf-8';
/** The cache key of a public API answer. */
export const jsonKey = (url: string) => `json ${url}`;

/**
 * A JSON answer of the public API from the cache: computed once per data version and serialised
 * through its response schema, so only declared fields leave, exactly as for uncached routes.
 */
export async function sendCachedJson<T>(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  schema: z.ZodType<T>,
  compute: () => Promise<T>,
) {
  const cached = await cachedBody(context, jsonKey(request.url), async () =>
    JSON.stringify(schema.parse(await compute())),
  );
  return sendCached(request, reply, cached, JSON_TYPE);
}

/**
 * The cached JSON answer to this public read when it is computed and known current without
 * asking the database (see `audit/public-version.ts`): what `installCachedAnswers` sends before
 * any other per-request work. Undefined when the route must run.
 */
export function currentCachedJson(context: AppContext, request: FastifyRequest): CachedBody | undefined {
  return currentCached(context, jsonKey(request.url));
}

/** Where absolute links of public pages point: PANTAU_PUBLIC_URL, else the request's own origin. */
export function publicOrigin(context: AppContext, request: FastifyRequest): string {
  return context.config.publicUrlSet ? context.config.publicUrl : `${request.protocol}://${request.host}`;
}

/** The cache key of a public page or card: they differ by origin (their absolute links) and by the whole URL. */
export const pageKey = (origin: string, url: string) => `page ${origin} ${url}`;
const requestPageKey = (context: AppContext, request: FastifyRequest) =>
  pageKey(publicOrigin(context, request), request.url);

/**
 * A public page or card (the same for every visitor of this URL) from the cache, computed once
 * per data version, sent with `page`'s type and headers and its ETag. Every header the answer
 * needs goes in `page.headers`: later requests are answered before the route runs
 * (`installCachedAnswers`), so a header the route set on the reply itself would be missing.
 */
export async function sendCachedPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  page: PageHeaders,
  render: () => Promise<string | Buffer>,
) {
  const cached = await cachedBody(context, requestPageKey(context, request), render);
  cached.page ??= page;
  return sendPage(request, reply, cached, cached.page);
}

function sendPage(request: FastifyRequest, reply: FastifyReply, cached: CachedBody, page: PageHeaders) {
  reply.headers(page.headers);
  return sendCached(request, reply, cached, page.type);
}

/** The cached answer for `key` when it is computed and known current without asking the database. */
export function currentCached(context: AppContext, key: string): CachedBody | undefined {
  const cache = caches.get(context);
  if (!cache) return undefined;
  const seq = knownPublicSeq(context.database.db);
  if (seq === undefined) return undefined;
  return cache.settled(versionOf(context, seq), key);
}

/**
 * Answers a public read (a page or card of the public site, a read of `/api/public/`) straight
 * from the cache, before the session, CSRF and route work it does not need: the answer is the same
 * for everyone, and its ETag, CORS and cache headers are those the route sends. Register after the
 * security headers and before access control.
 */
export function installCachedAnswers(app: FastifyInstance, context: AppContext): void {
  const answered = new WeakMap<FastifyRequest, { cached: CachedBody; type: string }>();
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    if ((request.routeOptions.url ?? '').startsWith(PUBLIC_PREFIX)) {
      const policy = request.routeOptions.config?.publicCache ?? 'shared';
      if (policy !== 'shared') return;
      const cached = currentCachedJson(context, request);
      if (!cached) return;
      answered.set(request, { cached, type: JSON_TYPE });
      sendCached(request, reply, cached, JSON_TYPE);
      return reply;
    }
    if (request.routeOptions.config?.permission !== 'public.read') return;
    const cached = currentCached(context, requestPageKey(context, request));
    if (!cached?.page) return;
    answered.set(request, { cached, type: cached.page.type });
    sendPage(request, reply, cached, cached.page);
    return reply;
  });
  app.addHook('onResponse', async (request, reply) => {
    const from = answered.get(request);
    if (from && request.method === 'GET' && reply.statusCode === 200) keepSent(from.cached, from.type, request, reply);
  });
}

/** Headers that belong to one request or connection, never repeated in another answer. */
const PER_REQUEST = new Set(['date', 'x-request-id', 'connection', 'keep-alive', 'transfer-encoding']);

/** Keeps a 200 answer sent from the cache as it was sent, for `early-answers.ts` to replay. */
function keepSent(cached: CachedBody, type: string, request: FastifyRequest, reply: FastifyReply): void {
  const encoding = encodingFor(request.headers['accept-encoding'], type, cached.body.length);
  if (cached.sent?.[encoding ?? 'identity']) return;
  const headers: string[] = [];
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    // A cookie is one caller's; an answer that set one is never replayed.
    if (name === 'set-cookie') return;
    if (value === undefined || PER_REQUEST.has(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.push(name, String(one));
  }
  const body = encoding ? compressed(cached, encoding) : cached.body;
  cached.sent ??= {};
  cached.sent[encoding ?? 'identity'] = { route: request.routeOptions.url ?? request.url, headers, body };
}
