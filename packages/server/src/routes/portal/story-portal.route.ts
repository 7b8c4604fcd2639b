/**
 * The public site's stories, feeds and recognition (issue #18): a story's page, the Atom and
 * JSON feeds of the nation and of each institution, the recognition page, the certificate PDF and
 * the page its verification code resolves to. Like every portal page, computed once per data
 * version and only from verified, published data.
 */
import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { renderRecognitionCertificate } from '../../documents/recognition-certificate-pdf.js';
import { AppError, NotFoundError } from '../../errors.js';
import { cachedBody } from '../../http/public-cache.js';
import type { ZodApp } from '../../http/zod-app.js';
import { atomFeed, jsonFeed } from '../../portal/feeds.js';
import type { PortalLang } from '../../portal/i18n.js';
import { recognitionPage, verifyPage } from '../../portal/recognition-pages.js';
import { FEED_SIZE, storyFeed } from '../../portal/story-feed.js';
import { storyPage } from '../../portal/story-pages.js';
import { instanceInfo } from '../../services/operations/instance.service.js';
import { getPeriods } from '../../services/periods/period.service.js';
import { publicInstitutionDetail } from '../../services/public/public-institution.service.js';
import { publicRecognition, verifyRecognition } from '../../services/public/public-recognition.service.js';
import { publicStories, publicStory, recentlyVerified } from '../../services/public/public-story.service.js';
import { contentDisposition } from '../../storage/file-name.js';

type Request = FastifyRequest;
type Reply = FastifyReply;

/** The portal's shared helpers (routes/portal/portal.route.ts). */
export interface PortalKit {
  /** A cached page; public-service errors become error pages. */
  page(
    request: Request,
    reply: Reply,
    lang: PortalLang,
    render: (demo: boolean) => Promise<string>,
    notFound?: string,
  ): Promise<unknown>;
  /**
   * A cached body of any type, sent with `headers`: headers set on the reply instead are lost when
   * the cached answer is sent before the route runs.
   */
  cached(
    request: Request,
    reply: Reply,
    render: () => Promise<string | Buffer>,
    type?: string,
    headers?: Record<string, string>,
  ): Promise<unknown>;
  /** Where absolute links point (PANTAU_PUBLIC_URL, else the request's host). */
  origin(request: Request): string;
}

const config = { permission: 'public.read' as const };
const lang = z.enum(['id', 'en']).optional().catch(undefined);
const langOf = (query: { lang?: PortalLang | undefined }): PortalLang => query.lang ?? 'id';
const ATOM = 'application/atom+xml; charset=utf-8';
const JSON_FEED = 'application/feed+json; charset=utf-8';
/** Feeds are read by other sites' scripts too. */
const ANYONE_MAY_READ = { 'access-control-allow-origin': '*' };
const codeParam = z.object({ code: z.string().min(1).max(20) });
const certificateCode = z.string().trim().max(40);

/** Renders a PDF into memory (a certificate is one small page). */
async function pdfBuffer(render: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await render(out);
  return Buffer.concat(chunks);
}

export function storyPortalRoutes(app: ZodApp, context: AppContext, kit: PortalKit): void {
  /**
   * What a certificate code confirms (null: not found), computed once per data version: checking a
   * code recomputes a whole recognition, and certificates are opened far more often than data changes.
   */
  const confirmed = async (code: string): Promise<Awaited<ReturnType<typeof verifyRecognition>> | null> => {
    const cached = await cachedBody(context, `apresiasi-verifikasi ${code}`, async () => {
      try {
        return JSON.stringify(await verifyRecognition(context, code));
      } catch (error) {
        if (error instanceof AppError && error.status === 404) return 'null';
        throw error;
      }
    });
    return JSON.parse(String(cached.body));
  };

  app.get(
    '/cerita/:id',
    {
      config,
      schema: {
        hide: true,
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: z.object({ lang }),
      },
    },
    async (request, reply) =>
      kit.page(request, reply, langOf(request.query), async (demo) =>
        storyPage({ story: await publicStory(context, request.params.id), lang: langOf(request.query), demo }),
      ),
  );

  /** The feed of the nation (no code) or of one institution. */
  const feedOf = async (request: Request, code: string | undefined, feedLang: PortalLang) => {
    const detail = code === undefined ? null : await publicInstitutionDetail(context, code, undefined);
    const institution = detail ? { code: detail.institution.code, name: detail.institution.name } : null;
    const [stories, results] = await Promise.all([
      publicStories(context, { institutionCode: institution?.code, limit: FEED_SIZE }),
      recentlyVerified(context, { institutionCode: institution?.code, limit: FEED_SIZE }),
    ]);
    return storyFeed({
      origin: kit.origin(request),
      lang: feedLang,
      institution,
      stories,
      results,
      fallbackUpdated: context.clock.now().toISOString(),
    });
  };
  const feedQuery = z.object({ lang });
  for (const [suffix, type, write] of [
    ['atom', ATOM, (feed: Awaited<ReturnType<typeof feedOf>>) => atomFeed(feed)],
    ['json', JSON_FEED, (feed: Awaited<ReturnType<typeof feedOf>>) => JSON.stringify(jsonFeed(feed))],
  ] as const) {
    app.get(`/feed.${suffix}`, { config, schema: { hide: true, querystring: feedQuery } }, async (request, reply) =>
      kit.cached(
        request,
        reply,
        async () => write(await feedOf(request, undefined, langOf(request.query))),
        type,
        ANYONE_MAY_READ,
      ),
    );
    app.get(
      `/instansi/:code/feed.${suffix}`,
      { config, schema: { hide: true, params: codeParam, querystring: feedQuery } },
      async (request, reply) =>
        kit.cached(
          request,
          reply,
          async () => write(await feedOf(request, request.params.code, langOf(request.query))),
          type,
          ANYONE_MAY_READ,
        ),
    );
  }

  app.get(
    '/apresiasi',
    {
      config,
      schema: {
        hide: true,
        querystring: z.object({
          lang,
          period: z
            .string()
            .regex(/^\d{4}-\d{4}$/)
            .optional()
            .catch(undefined),
          quarter: z.coerce.number().int().min(1).max(8).optional().catch(undefined),
        }),
      },
    },
    async (request, reply) =>
      kit.page(request, reply, langOf(request.query), async (demo) => {
        const [recognition, periods] = await Promise.all([
          publicRecognition(context, { period: request.query.period, quarter: request.query.quarter }),
          getPeriods(context.database.db, context.clock),
        ]);
        return recognitionPage({
          recognition,
          periods: periods.map((p) => ({ code: p.code, name: p.name })),
          lang: langOf(request.query),
          demo,
        });
      }),
  );

  app.get(
    '/apresiasi/verifikasi',
    {
      config,
      schema: { hide: true, querystring: z.object({ lang, kode: certificateCode.optional().catch(undefined) }) },
    },
    async (request, reply) => {
      const code = (request.query.kode ?? '').toUpperCase();
      const language = langOf(request.query);
      if (code) {
        const target = `/apresiasi/verifikasi/${encodeURIComponent(code)}${language === 'en' ? '?lang=en' : ''}`;
        return reply.header('cache-control', 'no-store').redirect(target, 303);
      }
      const demo = (await instanceInfo(context)).demo;
      return reply
        .header('cache-control', 'public, max-age=60')
        .type('text/html; charset=utf-8')
        .send(verifyPage({ lang: language, demo, code: '', found: null }));
    },
  );

  app.get(
    '/apresiasi/verifikasi/:code',
    { config, schema: { hide: true, params: z.object({ code: certificateCode }), querystring: z.object({ lang }) } },
    async (request, reply) => {
      const language = langOf(request.query);
      const demo = (await instanceInfo(context)).demo;
      const code = request.params.code.toUpperCase();
      const found = await confirmed(code);
      reply.code(found ? 200 : 404).header('cache-control', found ? 'public, max-age=60' : 'no-store');
      return reply.type('text/html; charset=utf-8').send(verifyPage({ lang: language, demo, code, found }));
    },
  );

  app.get(
    '/apresiasi/sertifikat/:file',
    { config, schema: { hide: true, params: z.object({ file: z.string().regex(/^[A-Za-z0-9-]{1,40}\.pdf$/) }) } },
    async (request, reply) => {
      const code = request.params.file.replace(/\.pdf$/, '').toUpperCase();
      const found = await confirmed(code);
      if (!found) {
        throw new NotFoundError({
          id: `Kode sertifikat ${code} tidak ditemukan.`,
          en: `Certificate code ${code} not found.`,
        });
      }
      const { point, entry } = found;
      return kit.cached(
        request,
        reply,
        () =>
          pdfBuffer((out) =>
            renderRecognitionCertificate(
              {
                point,
                entry,
                verifyUrl: `${kit.origin(request)}/apresiasi/verifikasi/${code}`,
                issuedAt: context.clock.now(),
              },
              out,
            ),
          ),
        'application/pdf',
        { 'content-disposition': contentDisposition(`sertifikat-apresiasi-${entry.institution.code}-${code}.pdf`) },
      );
    },
  );
}
