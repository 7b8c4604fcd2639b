/**
 * The public portal (docs/design.md#what-the-public-sees, issue #7): server-rendered HTML over the same public services as
 * the open-data API, so only verified data can appear. Bahasa Indonesia first, `?lang=en` for
 * English. Pages carry `Cache-Control: public, max-age=60` and an ETag (304 on If-None-Match); the
 * stylesheet and the one script have hashed names and are cached for a year. Pages and cards are
 * computed once per data version (`http/public-cache.ts`). Infographic cards are SVG drawn on the
 * server, rasterised to PNG on request (`.png`, the social preview image); `/embed/:code` is
 * the only page other sites may frame.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { sendDownload } from '../../http/file-reply.js';
import { answeredFromCache, bodyEtag } from '../../http/public-api.js';
import { type CachedBody, publicOrigin, sendCached, sendCachedPage } from '../../http/public-cache.js';
import type { ZodApp } from '../../http/zod-app.js';
import { PORTAL_CSS, PORTAL_JS } from '../../portal/assets.js';
import { type CardSize, renderCardSvg } from '../../portal/card.js';
import { cardDataOf } from '../../portal/card-data.js';
import { renderCardPng } from '../../portal/card-png.js';
import { type PortalLang, WORDS } from '../../portal/i18n.js';
import {
  aksiPage,
  embedPage,
  errorPage,
  feedbackFormPage,
  homePage,
  institutionPage,
  type ListItem,
  provincePage,
  searchPage,
  trackPage,
} from '../../portal/pages.js';
import { feedbackByTicket, publishedFeedback } from '../../services/feedback/feedback.service.js';
import { instanceInfo } from '../../services/operations/instance.service.js';
import { periodOrLatest } from '../../services/periods/active-period.js';
import { publicAksi } from '../../services/public/public-aksi.service.js';
import { gradedQuarterOf, headlineOfItems } from '../../services/public/public-headline.service.js';
import {
  allPublicInstitutions,
  publicInstitutionDetail,
  publicSearch,
} from '../../services/public/public-institution.service.js';
import { publicPublicationFile, publicPublications } from '../../services/public/public-publication.service.js';
import { publicStories } from '../../services/public/public-story.service.js';
import { portalRedirects } from './portal-redirects.js';
import { storyPortalRoutes } from './story-portal.route.js';

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
const PAGE_CACHE = 'public, max-age=60';
const ROBOTS = [
  'User-agent: *',
  'Allow: /',
  'Allow: /api/public/',
  'Allow: /api/docs',
  'Disallow: /api/',
  'Disallow: /kerja',
  'Disallow: /pantauan',
  'Disallow: /masuk',
  'Disallow: /undangan/',
  'Disallow: /atur-ulang-sandi/',
  'Disallow: /aduan/',
  '',
].join('\n');

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
function sendError(reply: Reply, lang: PortalLang, error: unknown, demo: boolean, notFound?: string) {
  if (!(error instanceof AppError) || error.status >= 500) throw error;
  reply.code(error.status).header('cache-control', 'no-store');
  const message = error.status === 404 && notFound ? notFound : error.text[lang];
  return reply.type('text/html; charset=utf-8').send(errorPage({ lang, demo, message, search: error.status === 404 }));
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
    headers: Record<string, string> = {},
  ) => sendCachedPage(context, request, reply, { type, headers: { 'cache-control': PAGE_CACHE, ...headers } }, render);

  /** Whether the demo dataset is loaded: every public page then carries the "DATA CONTOH" notice. */
  const demoLoaded = async () => (await instanceInfo(context)).demo;

  /**
   * A cached page; public-service errors (unknown institution, period…) become error pages, a 404
   * with `notFound` as its message when given.
   */
  const page = async (
    request: Request,
    reply: Reply,
    lang: PortalLang,
    render: (demo: boolean) => Promise<string>,
    notFound?: string,
  ) => {
    const demo = await demoLoaded();
    try {
      return await cached(request, reply, () => render(demo));
    } catch (error) {
      return sendError(reply, lang, error, demo, notFound);
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

  portalRedirects(app);
  storyPortalRoutes(app, context, { page, cached, origin: (request) => publicOrigin(context, request) });

  // Crawlers may read the public site and the open data; the officials' app (behind sign-in), the
  // citizens' ticket pages (the ticket is the credential) and the API beyond its public part are not for indexing.
  app.get('/robots.txt', { config, schema: { hide: true } }, (_request, reply) =>
    reply.header('cache-control', 'public, max-age=86400').type('text/plain; charset=utf-8').send(ROBOTS),
  );

  const institutionsOf = async (query: { period?: string | undefined; province?: string }) =>
    collect((await allPublicInstitutions(context, query)).rows);

  app.get('/', { config, schema: { hide: true, querystring: z.object({ lang, period }) } }, async (request, reply) =>
    page(request, reply, langOf(request.query), async (demo) => {
      const period = await periodOrLatest(context.database.db, request.query.period);
      const all = await allPublicInstitutions(context, { period: period.code });
      const rows: ListItem[] = await collect(all.rows);
      const headline = await headlineOfItems(context, period.id, period.code, rows);
      return homePage({ period: all.period, items: rows, lang: langOf(request.query), headline, demo });
    }),
  );

  app.get(
    '/provinsi/:code',
    {
      config,
      schema: {
        hide: true,
        params: z.object({ code: z.string().regex(/^\d{2}$/) }),
        querystring: z.object({ lang, period }),
      },
    },
    async (request, reply) =>
      page(request, reply, langOf(request.query), async (demo) => {
        const period = await periodOrLatest(context.database.db, request.query.period);
        const items = await institutionsOf({ period: period.code, province: request.params.code });
        const headline = await headlineOfItems(context, period.id, period.code, items, {
          provinceCode: request.params.code,
        });
        return provincePage({
          code: request.params.code,
          items,
          lang: langOf(request.query),
          quarter: headline.graded,
          gradeWeight: headline.gradeWeight,
          demo,
        });
      }),
  );

  app.get(
    '/cari',
    {
      config,
      schema: { hide: true, querystring: z.object({ lang, q: z.string().max(100).optional().catch(undefined) }) },
    },
    async (request, reply) => {
      const q = (request.query.q ?? '').trim();
      return page(request, reply, langOf(request.query), async (demo) =>
        searchPage({
          q,
          result: q.length >= 2 ? await publicSearch(context, q) : null,
          lang: langOf(request.query),
          demo,
        }),
      );
    },
  );

  app.get(
    '/instansi/:code',
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
      return page(
        request,
        reply,
        lang,
        async (demo) => {
          const detail = await publicInstitutionDetail(context, request.params.code, request.query.period);
          const quarter = await gradedQuarterOf(context, detail);
          const [feedback, publications, stories] = await Promise.all([
            publishedFeedback(context, detail.institution.code, { limit: 50, offset: 0 }),
            publicPublications(context, detail.institution.code),
            publicStories(context, { institutionCode: detail.institution.code }),
          ]);
          return institutionPage({
            detail,
            card: renderCardSvg(cardDataOf(detail, quarter ?? undefined), 'preview'),
            feedback: feedback.items,
            publications,
            stories,
            lang,
            demo,
            origin: publicOrigin(context, request),
            quarter,
          });
        },
        WORDS[lang].institutionNotFound,
      );
    },
  );

  app.get(
    '/aksi/:code',
    {
      config,
      schema: {
        hide: true,
        params: z.object({ code: z.string().regex(/^\d{1,2}$/) }),
        querystring: z.object({ lang, period }),
      },
    },
    async (request, reply) =>
      page(request, reply, langOf(request.query), async (demo) => {
        const aksi = await publicAksi(context, request.params.code, request.query.period, { limit: 200, offset: 0 });
        const stories = await publicStories(context, { aksi: { code: aksi.aksi.code, periodCode: aksi.period } });
        return aksiPage({ aksi, stories, lang: langOf(request.query), demo });
      }),
  );

  app.get(
    '/aduan',
    {
      config,
      schema: { hide: true, querystring: z.object({ lang, instansi: z.string().max(20).optional().catch(undefined) }) },
    },
    async (request, reply) =>
      page(request, reply, langOf(request.query), async (demo) =>
        feedbackFormPage({
          institution: request.query.instansi ?? '',
          institutions: await institutionsOf({}),
          lang: langOf(request.query),
          demo,
        }),
      ),
  );

  app.get(
    '/lacak',
    {
      config,
      schema: { hide: true, querystring: z.object({ lang, tiket: z.string().max(40).optional().catch(undefined) }) },
    },
    async (request, reply) => {
      const lang = langOf(request.query);
      const ticket = (request.query.tiket ?? '').trim();
      if (ticket) {
        const target = `/aduan/${encodeURIComponent(ticket.toUpperCase())}${lang === 'en' ? '?lang=en' : ''}`;
        return reply.header('cache-control', 'no-store').redirect(target, 303);
      }
      return send(request, reply, trackPage({ lang, ticket: '', view: null, demo: await demoLoaded() }));
    },
  );

  app.get(
    '/aduan/:ticket',
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
        const demo = await demoLoaded();
        return send(request, reply, trackPage({ lang, ticket, view, demo }), undefined, 'private, no-cache');
      } catch (error) {
        if (!(error instanceof AppError) || error.status !== 404) throw error;
        reply.code(404).header('cache-control', 'no-store');
        return reply
          .type('text/html; charset=utf-8')
          .send(trackPage({ lang, ticket, view: null, notFound: true, demo: await demoLoaded() }));
      }
    },
  );

  /** Card data of an institution's quarter (the headline quarter unless one is asked for). */
  const cardOf = async (code: string, periodCode: string | undefined, quarter: number | undefined) => {
    const detail = await publicInstitutionDetail(context, code, periodCode);
    return { detail, data: cardDataOf(detail, quarter) };
  };

  app.get(
    '/kartu/:file',
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
      return cached(
        request,
        reply,
        async () => {
          const { data } = await cardOf(code, request.query.period, request.query.quarter);
          const svg = renderCardSvg(data, request.query.size as CardSize);
          return png ? renderCardPng(svg) : svg;
        },
        png ? 'image/png' : 'image/svg+xml; charset=utf-8',
        // Other sites may show the card (script-free embed).
        { 'cross-origin-resource-policy': 'cross-origin', 'access-control-allow-origin': '*' },
      );
    },
  );

  app.get(
    '/publikasi/:id/berkas',
    { config, schema: { hide: true, params: z.object({ id: z.coerce.number().int().positive() }) } },
    async (request, reply) => sendDownload(reply, await publicPublicationFile(context, request.params.id)),
  );

  app.get(
    '/embed/:code',
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
          origin: publicOrigin(context, request),
          query: { period: request.query.period, quarter },
        }),
      );
    },
  );
}
