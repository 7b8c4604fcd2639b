/** The audit chain: its public head, and the entries and a verification for admin and observers. */
import {
  auditEntryParamsSchema,
  auditEntrySchema,
  auditHeadSchema,
  auditListQuerySchema,
  auditVerificationSchema,
} from '@pantau/core';
import { z } from 'zod';
import {
  getAuditEntryView,
  getAuditHeadView,
  listAuditEntriesView,
  verifyAuditChainView,
} from '../../audit/audit-view.service.js';
import type { AppContext } from '../../context.js';
import { errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';

const tags = ['audit'];

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
        tags,
        summary: 'Audit entries, newest first, optionally of one entity or action',
        querystring: auditListQuerySchema,
        response: {
          200: z.array(auditEntrySchema),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    (request) => listAuditEntriesView(context.database.db, request.query),
  );

  app.get(
    '/api/audit/verification',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary: 'Walk the whole chain now and say whether it holds, or the first entry that breaks it',
        response: { 200: auditVerificationSchema, ...errorResponses(401, 403) },
      },
    },
    () => verifyAuditChainView(context.database.db, context.clock),
  );

  app.get(
    '/api/audit/:seq',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags,
        summary: 'One audit entry by its sequence number',
        params: auditEntryParamsSchema,
        response: { 200: auditEntrySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => getAuditEntryView(context.database.db, request.params.seq),
  );
}
