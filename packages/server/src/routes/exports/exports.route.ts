/** Lists as files: reports (as far as the caller reads them), institutions (public), accounts (as `user.read`). */
import {
  institutionExportQuerySchema,
  listExportParamsSchema,
  reportExportQuerySchema,
  userExportQuerySchema,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import { sendTableFile, TABLE_PRODUCES } from '../../http/table-reply.js';
import type { ZodApp } from '../../http/zod-app.js';
import { exportInstitutions, exportReports, exportUsers } from '../../services/export/export.service.js';

const errors = errorResponses(400, 401, 403, 404);
const produces = TABLE_PRODUCES;

export function exportRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/exports/reports.:format',
    {
      config: { permission: 'report.read' },
      schema: {
        tags: ['exports'],
        summary:
          'Reports I may read (focal point: own institution; verifier: own aksi; admin, observer: all), streamed',
        params: listExportParamsSchema,
        querystring: reportExportQuerySchema,
        produces,
        response: errors,
      },
    },
    async (request, reply) =>
      sendTableFile(reply, await exportReports(context, callerOf(request), request.query, request.params.format)),
  );

  app.get(
    '/api/exports/institutions.:format',
    {
      config: { permission: 'institution.read' },
      schema: {
        tags: ['exports'],
        summary: 'Institutions with code, type and province, streamed (the CSV re-imports as the instansi sheet)',
        params: listExportParamsSchema,
        querystring: institutionExportQuerySchema,
        produces,
        response: errors,
      },
    },
    async (request, reply) => sendTableFile(reply, exportInstitutions(context, request.query, request.params.format)),
  );

  app.get(
    '/api/exports/users.:format',
    {
      config: { permission: 'user.read' },
      schema: {
        tags: ['exports'],
        summary: 'Accounts I may see (focal point: own institution), streamed',
        params: listExportParamsSchema,
        querystring: userExportQuerySchema,
        produces,
        response: errors,
      },
    },
    async (request, reply) =>
      sendTableFile(reply, await exportUsers(context, callerOf(request), request.query, request.params.format)),
  );
}
