/** The verification queue. */
import { errorResponseSchema, reviewQueueQuerySchema, reviewQueueSchema } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';
import { reviewQueue } from '../../services/review.service.js';

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
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
        },
      },
    },
    (request) => reviewQueue(context, request.actor as UserActor, request.query),
  );
}
