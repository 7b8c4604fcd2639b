/**
 * The open-data API (docs/design.md#what-the-public-sees): verified data only, no sign-in, CORS for any origin. List
 * endpoints take `?format=csv|xlsx|json`; downloads hold every row of the table. JSON answers come
 * from the data-version cache (`http/public-cache.ts`).
 */
import {
  holidayListSchema,
  periodSchema,
  publicAksiQuerySchema,
  publicAksiSchema,
  publicHeadlineQuerySchema,
  publicHeadlineSchema,
  publicHolidayQuerySchema,
  publicInstitutionDetailSchema,
  publicInstitutionListQuerySchema,
  publicInstitutionListSchema,
  publicPeriodQuerySchema,
  publicSearchQuerySchema,
  publicSearchSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { answeredFromCache, dataVersionEtag } from '../../http/public-api.js';
import { sendCachedJson } from '../../http/public-cache.js';
import { errorResponses } from '../../http/route-kit.js';
import { sendTable } from '../../http/table-reply.js';
import type { ZodApp } from '../../http/zod-app.js';
import type { Table } from '../../services/export/table-writer.js';
import { listHolidayViews } from '../../services/periods/holiday.service.js';
import { getPeriods } from '../../services/periods/period.service.js';
import { allAksiResults, publicAksi } from '../../services/public/public-aksi.service.js';
import { publicEvidenceFile } from '../../services/public/public-evidence.service.js';
import { publicHeadline } from '../../services/public/public-headline.service.js';
import {
  allPublicInstitutions,
  publicInstitutionDetail,
  publicInstitutionList,
  publicSearch,
} from '../../services/public/public-institution.service.js';
import {
  aksiResultsTable,
  holidaysTable,
  institutionsTable,
  institutionTargetsTable,
  periodsTable,
} from '../../services/public/public-tables.js';
import { contentDisposition } from '../../storage/file-name.js';

const errors = errorResponses(400, 404);
const FORMATS = 'Add `?format=csv` or `?format=xlsx` to download the table (every row, one row per fact).';
const codeParams = z.object({ code: z.string().min(1).max(20).describe('Institution code (Kemendagri region code)') });

export function publicRoutes(app: ZodApp, context: AppContext): void {
  /** Sends a download, or 304 when the caller holds the current version. */
  const download = async <Row>(
    request: Parameters<typeof dataVersionEtag>[1],
    reply: Parameters<typeof sendTable>[0],
    format: 'csv' | 'xlsx',
    table: () => Promise<Table<Row>>,
  ) => {
    if (answeredFromCache(request, reply, await dataVersionEtag(context, request))) return reply;
    return sendTable(reply, await table(), format, 'public');
  };

  app.get(
    '/api/public/periods',
    {
      config: { permission: 'public.read' },
      schema: {
        tags: ['public'],
        summary: 'Periods with their quarters and reporting deadlines',
        description: FORMATS,
        querystring: z.object({ format: publicPeriodQuerySchema.shape.format }),
        response: { 200: z.array(periodSchema), ...errors },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      if (format === 'json')
        return sendCachedJson(context, request, reply, z.array(periodSchema), () =>
          getPeriods(context.database.db, context.clock),
        );
      return download(request, reply, format, async () =>
        periodsTable(await getPeriods(context.database.db, context.clock)),
      );
    },
  );

  app.get(
    '/api/public/figures',
    {
      config: { permission: 'public.read' },
      schema: {
        tags: ['public'],
        summary: 'Headline figures of the nation, a province or an institution type, per quarter',
        description:
          'The same figures as the portal and the dashboards: Capaian (weighted), Kepatuhan tepat waktu (on time ÷ ' +
          'expected), Terverifikasi (verified ÷ expected), Instansi dihitung. `graded` is the latest quarter whose ' +
          'verification window has ended; `inProgress` the one still being reported or verified.',
        querystring: publicHeadlineQuerySchema,
        response: { 200: publicHeadlineSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendCachedJson(context, request, reply, publicHeadlineSchema, () => publicHeadline(context, request.query)),
  );

  app.get(
    '/api/public/institutions',
    {
      config: { permission: 'public.read' },
      schema: {
        tags: ['public'],
        summary: 'Institutions with verified achievement and counts per quarter',
        description:
          'Figures come from accepted reports only: achievement (weighted verified scores over every target due so ' +
          'far), expected, verified, verified on time, not applicable. Submissions not yet verified are not counted. ' +
          FORMATS,
        querystring: publicInstitutionListQuerySchema,
        response: { 200: publicInstitutionListSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { limit, offset, format, ...query } = request.query;
      if (format === 'json')
        return sendCachedJson(context, request, reply, publicInstitutionListSchema, () =>
          publicInstitutionList(context, query, { limit, offset }),
        );
      return download(request, reply, format, async () => {
        const { period, rows } = await allPublicInstitutions(context, query);
        return institutionsTable(period, rows);
      });
    },
  );

  app.get(
    '/api/public/institutions/:code',
    {
      config: { permission: 'public.read' },
      schema: {
        tags: ['public'],
        summary: 'One institution: verified figures, and each target with its accepted report and public evidence',
        description: `Targets not yet verified show \`verified: null\`, whatever their state. ${FORMATS}`,
        params: codeParams,
        querystring: publicPeriodQuerySchema,
        response: { 200: publicInstitutionDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { period, format } = request.query;
      if (format === 'json')
        return sendCachedJson(context, request, reply, publicInstitutionDetailSchema, () =>
          publicInstitutionDetail(context, request.params.code, period),
        );
      return download(request, reply, format, async () =>
        institutionTargetsTable(await publicInstitutionDetail(context, request.params.code, period)),
      );
    },
  );

  app.get(
    '/api/public/aksi/:code',
    {
      config: { permission: 'public.read' },
      schema: {
        tags: ['public'],
        summary: 'One aksi: outputs and targets, verified results per quarter, and every verified result (paged)',
        description: FORMATS,
        params: z.object({ code: z.string().regex(/^\d{1,2}$/, 'Kode aksi berupa angka, contoh: 3') }),
        querystring: publicAksiQuerySchema,
        response: { 200: publicAksiSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { period, format, limit, offset } = request.query;
      const { code } = request.params;
      if (format === 'json')
        return sendCachedJson(context, request, reply, publicAksiSchema, () =>
          publicAksi(context, code, period, { limit, offset }),
        );
      return download(request, reply, format, async () => {
        const results = await allAksiResults(context, code, period);
        return aksiResultsTable(results.period, code, results.rows);
      });
    },
  );

  app.get(
    '/api/public/search',
    {
      config: { permission: 'public.read' },
      schema: {
        tags: ['public'],
        summary: 'Find institutions by name or region code, and aksi by code or name',
        querystring: publicSearchQuerySchema,
        response: { 200: publicSearchSchema, ...errors },
      },
    },
    (request, reply) =>
      sendCachedJson(context, request, reply, publicSearchSchema, () => publicSearch(context, request.query.q)),
  );

  app.get(
    '/api/public/holidays',
    {
      config: { permission: 'public.read' },
      schema: {
        tags: ['public'],
        summary: 'Public holidays skipped by working-day deadlines (national holidays, cuti bersama, PANTAU_HOLIDAYS)',
        description: FORMATS,
        querystring: publicHolidayQuerySchema,
        response: { 200: holidayListSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { year, format } = request.query;
      if (format === 'json')
        return sendCachedJson(context, request, reply, holidayListSchema, async () => ({
          items: await listHolidayViews(context, year),
        }));
      return download(request, reply, format, async () => holidaysTable(year, await listHolidayViews(context, year)));
    },
  );

  app.get(
    '/api/public/evidence/:id/file',
    {
      config: { permission: 'public.read' },
      schema: {
        tags: ['public'],
        summary: 'Download evidence marked public on an accepted report (X-Content-SHA256 carries its hash)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        produces: ['application/octet-stream'],
        response: { ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const file = await publicEvidenceFile(context, request.params.id);
      // Content-addressed: the hash is the entity tag.
      if (answeredFromCache(request, reply, `"${file.sha256}"`)) return reply;
      reply
        .header('content-type', file.mimeType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-sha256', file.sha256)
        .header('x-content-type-options', 'nosniff');
      if (file.size !== null) reply.header('content-length', String(file.size));
      return reply.send((await file.open()) as never);
    },
  );
}
