/**
 * The public portal (DESIGN §5, issue #7): server-rendered HTML over the same public services as
 * the open-data API, so only verified data can appear. Bahasa Indonesia first, `?lang=en` for
 * English. Pages carry `Cache-Control: public, max-age=60` and an ETag (304 on If-None-Match); the
 * stylesheet and the one script have hashed names and are cached for a year. Pages and cards are
 * computed once per data version (`http/public-cache.ts`). Infographic cards are SVG drawn on the
 * server, rasterised to PNG on request (`.png`, the social preview image); `/portal/embed/:code` is
 * the only page other sites may frame.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { sendDownload } from '../../http/file-reply.js';
import { answeredFromCache, bodyEtag } from '../../http/public-api.js';
import { type CachedBody, cachedBody, sendCached } from '../../http/public-cache.js';
import type { ZodApp } from '../../http/zod-app.js';
import { PORTAL_CSS, PORTAL_JS } from '../../portal/assets.js';
import { type CardSize, renderCardSvg } from '../../portal/card.js';
import { cardDataOf } from '../../portal/card-data.js';
import { renderCardPng } from '../../portal/card-png.js';
import type { PortalLang } from '../../portal/i18n.js';
import {
  aksiPage,
  embedPage,
  errorPage,
  feedbackFormPage,
  headlineQuarter,
  homePage,
  institutionPage,
  type ListItem,
  provincePage,
  searchPage,
  trackPage,
} from '../../portal/pages.js';
import { feedbackByTicket, publishedFeedback } from '../../services/feedback/feedback.service.js';
import { publicAksi } from '../../services/public/public-aksi.service.js';
import {
  allPublicInstitutions,
  publicInstitutionDetail,
  publicSearch,
} from '../../services/public/public-institution.service.js';
import { publicPublicationFile, publicPublications } from '../../services/public/public-publication.service.js';

type Request = FastifyRequest;
type Reply = FastifyReply;

const lang = z.enum(['id', 'en']).optional().catch(undefined);
const period = z
  .string()
  .regex(/^\d{4}-\d{4}$/)
  .optional()
  .catch(undefined);
const config = { permission: 'public.read' as const };
const CSP_EMBED =
  "default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

const langOf = (query: { lang?: PortalLang | undefined }): PortalLang => query.lang ?? 'id';
/** Where absolute links (social preview image, embed code) point: PANTAU_PUBLIC_URL, else the request's host. */
const originOf = (context: AppContext, request: Request) =>
  context.config.publicUrlSet ? context.config.publicUrl : `${request.protocol}://${request.host}`;
const PAGE_CACHE = 'public, max-age=60';

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

/** Sends a rendered page (or SVG) with the shared cache policy and a body ETag. */
function send(
  request: Request,
  reply: Reply,
  body: string,
  type = 'text/html; charset=utf-8',
  cache = 'public, max-age=60',
) {
  reply.header('cache-control', cache).header('vary', 'accept-encoding');
  if (answeredFromCache(request, reply, bodyEtag(body))) return reply;
  return reply.type(type).send(body);
}

/** Renders a public-service error (unknown institution, period…) as a page. */
function sendError(reply: Reply, lang: PortalLang, error: unknown) {
  if (!(error instanceof AppError) || error.status >= 500) throw error;
  reply.code(error.status).header('cache-control', 'no-store');
  return reply.type('text/html; charset=utf-8').send(errorPage({ lang, message: error.text[lang] }));
}

export function portalRoutes(app: ZodApp, context: AppContext): void {
  /**
   * A page (or card) computed once per data version (`http/public-cache.ts`) for this exact URL
   * and origin, sent with the shared cache policy and its ETag.
   */
  const cached = async (
    request: Request,
    reply: Reply,
    render: () => Promise<string | Buffer>,
    type = 'text/html; charset=utf-8',
  ) => {
    const body = await cachedBody(context, `portal ${originOf(context, request)} ${request.url}`, render);
    reply.header('cache-control', PAGE_CACHE).header('vary', 'accept-encoding');
    return sendCached(request, reply, body, type);
  };

  /** A cached page; public-service errors (unknown institution, period…) become error pages. */
  const page = async (request: Request, reply: Reply, lang: PortalLang, render: () => Promise<string>) => {
    try {
      return await cached(request, reply, render);
    } catch (error) {
      return sendError(reply, lang, error);
    }
  };

  for (const asset of [PORTAL_CSS, PORTAL_JS]) {
    const body: CachedBody = { body: asset.body, etag: bodyEtag(asset.body) };
    app.get(asset.path, { config, schema: { hide: true } }, (request, reply) =>
      sendCached(
        request,
        reply.header('cache-control', 'public, max-age=31536000, immutable'),
        body,
        asset.contentType,
      ),
    );
  }

  // Crawlers may read the portal and the open data; the officials' app (behind sign-in) is not for indexing.
  app.get('/robots.txt', { config, schema: { hide: true } }, (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=86400')
      .type('text/plain; charset=utf-8')
      .send('User-agent: *\nAllow: /portal\nAllow: /api/public/\nAllow: /api/docs\nDisallow: /\n'),
  );

  const institutionsOf = async (query: { period?: string | undefined; province?: string }) =>
    collect((await allPublicInstitutions(context, query)).rows);

  app.get(
    '/portal',
    { config, schema: { hide: true, querystring: z.object({ lang, period }) } },
    async (request, reply) =>
      page(request, reply, langOf(request.query), async () => {
        const all = await allPublicInstitutions(context, { period: request.query.period });
        const rows: ListItem[] = await collect(all.rows);
        return homePage({ period: all.period, items: rows, lang: langOf(request.query) });
      }),
  );

  app.get(
    '/portal/provinsi/:code',
    {
      config,
      schema: {
        hide: true,
        params: z.object({ code: z.string().regex(/^\d{2}$/) }),
        querystring: z.object({ lang, period }),
      },
    },
    async (request, reply) =>
      page(request, reply, langOf(request.query), async () =>
        provincePage({
          code: request.params.code,
          items: await institutionsOf({ period: request.query.period, province: request.params.code }),
          lang: langOf(request.query),
        }),
      ),
  );

  app.get(
    '/portal/cari',
    {
      config,
      schema: { hide: true, querystring: z.object({ lang, q: z.string().max(100).optional().catch(undefined) }) },
    },
    async (request, reply) => {
      const q = (request.query.q ?? '').trim();
      return page(request, reply, langOf(request.query), async () =>
        searchPage({ q, result: q.length >= 2 ? await publicSearch(context, q) : null, lang: langOf(request.query) }),
      );
    },
  );

  app.get(
    '/portal/instansi/:code',
    {
      config,
      schema: {
        hide: true,
        params: z.object({ code: z.string().min(1).max(20) }),
        querystring: z.object({ lang, period }),
      },
    },
    async (request, reply) => {
      const lang = langOf(request.query);
      return page(request, reply, lang, async () => {
        const detail = await publicInstitutionDetail(context, request.params.code, request.query.period);
        const [feedback, publications] = await Promise.all([
          publishedFeedback(context, detail.institution.code, { limit: 50, offset: 0 }),
          publicPublications(context, detail.institution.code),
        ]);
        return institutionPage({
          detail,
          card: renderCardSvg(cardDataOf(detail, undefined), 'preview'),
          feedback: feedback.items,
          publications,
          lang,
          origin: originOf(context, request),
          quarter: headlineQuarter([detail.quarters]),
        });
      });
    },
  );

  app.get(
    '/portal/aksi/:code',
    {
      config,
      schema: {
        hide: true,
        params: z.object({ code: z.string().regex(/^\d{1,2}$/) }),
        querystring: z.object({ lang, period }),
      },
    },
    async (request, reply) =>
      page(request, reply, langOf(request.query), async () =>
        aksiPage({
          aksi: await publicAksi(context, request.params.code, request.query.period, { limit: 200, offset: 0 }),
          lang: langOf(request.query),
        }),
      ),
  );

  app.get(
    '/portal/aduan',
    {
      config,
      schema: { hide: true, querystring: z.object({ lang, instansi: z.string().max(20).optional().catch(undefined) }) },
    },
    async (request, reply) =>
      page(request, reply, langOf(request.query), async () =>
        feedbackFormPage({ institution: request.query.instansi ?? '', lang: langOf(request.query) }),
      ),
  );

  app.get(
    '/portal/lacak',
    {
      config,
      schema: { hide: true, querystring: z.object({ lang, tiket: z.string().max(40).optional().catch(undefined) }) },
    },
    async (request, reply) => {
      const lang = langOf(request.query);
      const ticket = (request.query.tiket ?? '').trim();
      if (ticket) {
        const target = `/portal/aduan/${encodeURIComponent(ticket.toUpperCase())}${lang === 'en' ? '?lang=en' : ''}`;
        return reply.header('cache-control', 'no-store').redirect(target, 303);
      }
      return send(request, reply, trackPage({ lang, ticket: '', view: null }));
    },
  );

  app.get(
    '/portal/aduan/:ticket',
    {
      config,
      schema: { hide: true, params: z.object({ ticket: z.string().max(40) }), querystring: z.object({ lang }) },
    },
    async (request, reply) => {
      const lang = langOf(request.query);
      const { ticket } = request.params;
      // The ticket is the credential: the page is the holder's own, never stored by shared caches.
      try {
        const view = await feedbackByTicket(context, ticket);
        return send(request, reply, trackPage({ lang, ticket, view }), undefined, 'private, no-cache');
      } catch (error) {
        if (!(error instanceof AppError) || error.status !== 404) throw error;
        reply.code(404).header('cache-control', 'no-store');
        return reply.type('text/html; charset=utf-8').send(trackPage({ lang, ticket, view: null, notFound: true }));
      }
    },
  );

  /** Card data of an institution's quarter (the headline quarter unless one is asked for). */
  const cardOf = async (code: string, periodCode: string | undefined, quarter: number | undefined) => {
    const detail = await publicInstitutionDetail(context, code, periodCode);
    return { detail, data: cardDataOf(detail, quarter) };
  };

  app.get(
    '/portal/kartu/:file',
    {
      config,
      schema: {
        hide: true,
        params: z.object({ file: z.string().regex(/^[A-Za-z0-9.\-_]{1,20}\.(svg|png)$/) }),
        querystring: z.object({
          period,
          quarter: z.coerce.number().int().min(1).max(8).optional(),
          size: z.enum(['square', 'preview']).default('preview'),
        }),
      },
    },
    async (request, reply) => {
      const png = request.params.file.endsWith('.png');
      const code = request.params.file.replace(/\.(svg|png)$/, '');
      // Other sites may show the card (script-free embed).
      reply.header('cross-origin-resource-policy', 'cross-origin').header('access-control-allow-origin', '*');
      return cached(
        request,
        reply,
        async () => {
          const { data } = await cardOf(code, request.query.period, request.query.quarter);
          const svg = renderCardSvg(data, request.query.size as CardSize);
          return png ? renderCardPng(svg) : svg;
        },
        png ? 'image/png' : 'image/svg+xml; charset=utf-8',
      );
    },
  );

  app.get(
    '/portal/publikasi/:id/berkas',
    { config, schema: { hide: true, params: z.object({ id: z.coerce.number().int().positive() }) } },
    async (request, reply) => sendDownload(reply, await publicPublicationFile(context, request.params.id)),
  );

  app.get(
    '/portal/embed/:code',
    {
      config,
      schema: {
        hide: true,
        params: z.object({ code: z.string().min(1).max(20) }),
        querystring: z.object({ period, quarter: z.coerce.number().int().min(1).max(8).optional() }),
      },
    },
    async (request, reply) => {
      const { detail } = await cardOf(request.params.code, request.query.period, request.query.quarter);
      // The one page other sites may frame: replaces helmet's frame-ancestors 'none' and X-Frame-Options.
      reply.header('content-security-policy', CSP_EMBED);
      reply.removeHeader('x-frame-options');
      reply.header('cross-origin-resource-policy', 'cross-origin');
      const quarter = request.query.quarter === undefined ? undefined : String(request.query.quarter);
      return send(
        request,
        reply,
        embedPage({
          code: detail.institution.code,
          name: detail.institution.name,
          origin: originOf(context, request),
          query: { period: request.query.period, quarter },
        }),
      );
    },
  );
}
