/** The verification queue. */
import { reviewQueueQuerySchema, reviewQueueSchema } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { reviewQueue } from '../../services/reports/review.service.js';

export function reviewRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/review-queue',
    {
      config: { permission: 'review.queue' },
      schema: {
        tags: ['verification'],
        summary: 'Submitted and in-review reports of my aksi, oldest submission first, with counts and age',
        querystring: reviewQueueQuerySchema,
        response: {
          200: reviewQueueSchema,
          ...errorResponses(400, 401, 403),
        },
      },
    },
    (request) => reviewQueue(context, callerOf(request), request.query),
  );
}
