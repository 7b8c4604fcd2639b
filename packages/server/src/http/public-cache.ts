/**
 * An in-process cache of public answers (portal pages, cards, /api/public/ JSON), keyed by the
 * data version: the audit chain head (every write advances it in its own transaction, whichever
 * process made it), the code version and the hour (figures count targets due by today's date).
 * Each request reads the head — one single-row query — so an answer is never older than the data,
 * even with several processes on one PostgreSQL; a new head drops every entry. Concurrent misses
 * for one key share one computation. Bodies are stored with their ETag, so a 304 costs nothing.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppContext } from '../context.js';
import { getAuditHead } from '../db/repositories/audit.repository.js';
import { VERSION } from '../version.js';
import { answeredFromCache, bodyEtag } from './public-api.js';

/** A stored answer, its entity tag, and its compressed forms once asked for. */
export interface CachedBody {
  body: string | Buffer;
  etag: string;
  compressed?: { br?: Buffer; gzip?: Buffer };
}

type Encoding = 'br' | 'gzip';
/** Below this size compression saves less than it costs. */
const COMPRESS_FROM = 1024;
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

/** The best encoding the caller accepts for a body of this type, if any is worth it. */
function encodingFor(request: FastifyRequest, type: string, size: number): Encoding | null {
  if (size < COMPRESS_FROM || !COMPRESSIBLE.test(type)) return null;
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

/** The body compressed with `encoding`, computed once per cached entry. */
function compressed(cached: CachedBody, encoding: Encoding): Buffer {
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
}

const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;

class VersionedCache {
  private version = '';
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

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
      ({ body }) => {
        if (this.entries.get(key) !== entry) return;
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

/** The version the cached answers are valid for: code, audit head, hour. */
async function dataVersion(context: AppContext): Promise<string> {
  const head = await getAuditHead(context.database.db);
  return `${VERSION}|${head.seq}|${head.hash}|${context.clock.now().toISOString().slice(0, 13)}`;
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
  const encoding = encodingFor(request, type, cached.body.length);
  if (!encoding) return reply.type(type).send(cached.body);
  return reply.type(type).header('content-encoding', encoding).send(compressed(cached, encoding));
}

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
  const cached = await cachedBody(context, `json ${request.url}`, async () =>
    JSON.stringify(schema.parse(await compute())),
  );
  return sendCached(request, reply, cached, 'application/json; charset=utf-8');
}
