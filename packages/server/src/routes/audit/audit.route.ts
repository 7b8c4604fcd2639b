/** The audit chain: its public head, and the entries for admin and observers. */
import { auditEntrySchema, auditHeadSchema, auditListQuerySchema } from '@pantau/core';
import { z } from 'zod';
import { getAuditHeadView, listAuditEntriesView } from '../../audit/audit-view.service.js';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';

export function auditRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/public/audit/head',
    {
      config: { permission: 'audit.head.read' },
      schema: {
        tags: ['public'],
        summary: 'Head of the audit chain: anyone can record it and later detect rewritten history',
        response: { 200: auditHeadSchema },
      },
    },
    () => getAuditHeadView(context.database.db),
  );

  app.get(
    '/api/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first',
        querystring: auditListQuerySchema,
        response: {
          200: z.array(auditEntrySchema),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    (request) => listAuditEntriesView(context.database.db, request.query),
  );
}
