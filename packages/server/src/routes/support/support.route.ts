/** The support log (pendampingan) of an institution's Inspektorat, and support activity per province. */
import {
  dashboardQuerySchema,
  institutionCodeParams,
  supportActivitySchema,
  supportEntryCreateSchema,
  supportEntrySchema,
  supportFollowUpSchema,
  supportFollowUpStatusRequestSchema,
  supportListQuerySchema,
  supportListSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { sendDownload } from '../../http/file-reply.js';
import { callerOf, errorResponses, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  createSupportEntry,
  listSupportLog,
  supportAttachmentFile,
  updateSupportFollowUp,
} from '../../services/support/support.service.js';
import { supportActivity } from '../../services/support/support-activity.service.js';

const tags = ['support'];
const errors = errorResponses(400, 401, 403, 404, 409);

export function supportRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/institutions/:code/support',
    {
      config: { permission: 'support.read' },
      schema: {
        tags,
        summary: "An institution's support log (pendampingan), newest first, with attachments and follow-ups",
        params: institutionCodeParams,
        querystring: supportListQuerySchema,
        response: { 200: supportListSchema, ...errors },
      },
    },
    async (request) => ({
      items: await listSupportLog(context, callerOf(request), request.params.code, request.query),
    }),
  );

  app.post(
    '/api/institutions/:code/support',
    {
      config: { permission: 'support.write' },
      schema: {
        tags,
        summary: 'Record support given (visit, meeting, review, training) with notes, files and follow-ups; audited',
        params: institutionCodeParams,
        body: supportEntryCreateSchema,
        response: { 201: supportEntrySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSupportEntry(context, callerOf(request), request.params.code, request.body)),
  );

  app.post(
    '/api/support-follow-ups/:id/status',
    {
      config: { permission: 'support.write' },
      schema: {
        tags,
        summary: 'Move a follow-up of a support entry to open, in_progress or done; audited',
        params: idParams,
        body: supportFollowUpStatusRequestSchema,
        response: { 200: supportFollowUpSchema, ...errors },
      },
    },
    (request) => updateSupportFollowUp(context, callerOf(request), request.params.id, request.body.status),
  );

  app.get(
    '/api/support/:id/attachments/:attachmentId',
    {
      config: { permission: 'support.read' },
      schema: {
        tags,
        summary: 'Download a file of a support entry (X-Content-SHA256 carries its hash)',
        params: idParams.extend({ attachmentId: z.coerce.number().int().positive() }),
        produces: ['application/octet-stream'],
        response: errorResponses(401, 403, 404),
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await supportAttachmentFile(context, callerOf(request), request.params.id, request.params.attachmentId),
      ),
  );

  app.get(
    '/api/dashboard/support',
    {
      config: { permission: 'dashboard.read' },
      schema: {
        tags: ['dashboard'],
        summary:
          'Support activity (pendampingan) per province in the quarter shown: entries, institutions, open follow-ups',
        querystring: dashboardQuerySchema,
        response: { 200: supportActivitySchema, ...errors },
      },
    },
    (request) => supportActivity(context, request.query),
  );
}
