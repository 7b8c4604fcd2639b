/** The monitoring dashboards: live figures, warnings, the reports behind them, downloads. */
import {
  aksiViewSchema,
  breakdownQuerySchema,
  breakdownSchema,
  dashboardQuerySchema,
  dashboardReportsQuerySchema,
  dashboardReportsSchema,
  type ExportTable,
  earlyWarningQuerySchema,
  earlyWarningSchema,
  exportParamsSchema,
  exportQuerySchema,
  institutionViewSchema,
  nationalViewSchema,
  provincesSchema,
  provinceViewSchema,
  publicationCountsQuerySchema,
  publicationCountsSchema,
  rankingsQuerySchema,
  rankingsSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/route-kit.js';
import { sendTable, TABLE_PRODUCES } from '../../http/table-reply.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  aksiView,
  breakdown,
  institutionView,
  nationalView,
  provincesView,
  provinceView,
} from '../../services/dashboard/dashboard.service.js';
import { exportTable } from '../../services/dashboard/dashboard-export.service.js';
import { publicationCounts } from '../../services/dashboard/dashboard-publications.service.js';
import { rankings } from '../../services/dashboard/dashboard-rankings.service.js';
import { dashboardReports } from '../../services/dashboard/dashboard-reports.service.js';
import { earlyWarning } from '../../services/dashboard/dashboard-warning.service.js';
import type { TableFormat } from '../../services/export/table-writer.js';

const errors = errorResponses(400, 401, 403, 404);
const config = { permission: 'dashboard.read' } as const;
const tags = ['dashboard'];
const codeParams = z.object({ code: z.string().min(1).max(20) });

export function dashboardRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/dashboard/national',
    {
      config,
      schema: {
        tags,
        summary: 'National achievement and compliance at a quarter, the trend, and breakdowns by type and fokus',
        querystring: dashboardQuerySchema,
        response: { 200: nationalViewSchema, ...errors },
      },
    },
    (request) => nationalView(context, request.query),
  );

  app.get(
    '/api/dashboard/breakdown',
    {
      config,
      schema: {
        tags,
        summary: 'Figures by fokus, aksi, output, institution type or province',
        querystring: breakdownQuerySchema,
        response: { 200: breakdownSchema, ...errors },
      },
    },
    (request) => breakdown(context, request.query),
  );

  app.get(
    '/api/dashboard/provinces',
    {
      config,
      schema: {
        tags,
        summary: 'Every province: its government with its kabupaten/kota, its government alone, the band for the map',
        querystring: dashboardQuerySchema,
        response: { 200: provincesSchema, ...errors },
      },
    },
    (request) => provincesView(context, request.query),
  );

  app.get(
    '/api/dashboard/provinces/:code',
    {
      config,
      schema: {
        tags,
        summary: 'One province: figures, trend, types and each of its institutions',
        params: codeParams,
        querystring: dashboardQuerySchema,
        response: { 200: provinceViewSchema, ...errors },
      },
    },
    (request) => provinceView(context, request.params.code, request.query),
  );

  app.get(
    '/api/dashboard/rankings',
    {
      config,
      schema: {
        tags,
        summary: 'Best and worst institutions by achievement or compliance, and movers since the previous quarter',
        querystring: rankingsQuerySchema,
        response: { 200: rankingsSchema, ...errors },
      },
    },
    (request) => rankings(context, request.query),
  );

  app.get(
    '/api/dashboard/early-warning',
    {
      config,
      schema: {
        tags,
        summary: 'Unstarted targets near the deadline, repeated lateness, reports stuck in review, formality',
        querystring: earlyWarningQuerySchema,
        response: { 200: earlyWarningSchema, ...errors },
      },
    },
    (request) => earlyWarning(context, request.query),
  );

  app.get(
    '/api/dashboard/publications',
    {
      config,
      schema: {
        tags,
        summary: 'Published publications dated within the quarter: by kind, institution type and province',
        querystring: publicationCountsQuerySchema,
        response: { 200: publicationCountsSchema, ...errors },
      },
    },
    (request) => publicationCounts(context, request.query),
  );

  app.get(
    '/api/dashboard/institutions/:code',
    {
      config,
      schema: {
        tags,
        summary: 'One institution: figures per quarter and per output',
        params: codeParams,
        querystring: dashboardQuerySchema,
        response: { 200: institutionViewSchema, ...errors },
      },
    },
    (request) => institutionView(context, request.params.code, request.query),
  );

  app.get(
    '/api/dashboard/aksi/:code',
    {
      config,
      schema: {
        tags,
        summary: 'One aksi: figures, per output and per institution type',
        params: codeParams,
        querystring: dashboardQuerySchema,
        response: { 200: aksiViewSchema, ...errors },
      },
    },
    (request) => aksiView(context, request.params.code, request.query),
  );

  app.get(
    '/api/dashboard/reports',
    {
      config,
      schema: {
        tags,
        summary: 'The reports behind a figure (paged, with the total)',
        querystring: dashboardReportsQuerySchema,
        response: { 200: dashboardReportsSchema, ...errors },
      },
    },
    (request) => dashboardReports(context, request.query),
  );

  app.get(
    '/api/dashboard/export/:file',
    {
      config,
      schema: {
        tags,
        summary: 'A dashboard table as CSV or XLSX (streamed), with the filters of its JSON endpoint',
        params: exportParamsSchema,
        querystring: exportQuerySchema,
        produces: TABLE_PRODUCES,
        response: errors,
      },
    },
    async (request, reply) => {
      const [table, format] = request.params.file.split('.') as [ExportTable, TableFormat];
      // A byte stream, not a JSON body: the declared schemas describe only the error answers.
      return sendTable(reply, await exportTable(context, table, request.query), format);
    },
  );
}
