/** The staff feedback list as a file, with the list's scopes and filters. */
import { feedbackExportQuerySchema, listExportParamsSchema } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import { sendTableFile, TABLE_PRODUCES } from '../../http/table-reply.js';
import type { ZodApp } from '../../http/zod-app.js';
import { exportFeedback } from '../../services/export/feedback-export.service.js';

const errors = errorResponses(400, 401, 403);
const produces = TABLE_PRODUCES;

export function feedbackExportRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/exports/feedback.:format',
    {
      config: { permission: 'feedback.read' },
      schema: {
        tags: ['exports'],
        summary:
          'Feedback as the staff list shows it (admin, observer: all; focal point: forwarded to own institution), streamed',
        description:
          'Same filters as GET /api/feedback, every matching row. The sender’s name, e-mail and phone are columns ' +
          'only in a moderator’s (admin’s) file.',
        params: listExportParamsSchema,
        querystring: feedbackExportQuerySchema,
        produces,
        response: errors,
      },
    },
    async (request, reply) =>
      sendTableFile(reply, await exportFeedback(context, callerOf(request), request.query, request.params.format)),
  );
}
