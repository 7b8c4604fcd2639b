/** Admin's view of the machinery: the mail outbox and the scheduled job runs. */
import {
  errorResponseSchema,
  jobListQuerySchema,
  jobPageSchema,
  outboxItemSchema,
  outboxListQuerySchema,
  outboxPageSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import { requestLocale } from '../../http/locale.js';
import type { ZodApp } from '../../http/zod-app.js';
import { listJobRuns, listOutbox, retryOutboxMail } from '../../services/operations.service.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const tags = ['operations'];

export function operationsRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/admin/outbox',
    {
      config: { permission: 'operations.manage' },
      schema: {
        tags,
        summary: 'The mail outbox: every mail with its status, attempts, next attempt and last error',
        querystring: outboxListQuerySchema,
        response: { 200: outboxPageSchema, ...errors },
      },
    },
    (request) => listOutbox(context, requestLocale(request), request.query),
  );

  app.post(
    '/api/admin/outbox/:id/retry',
    {
      config: { permission: 'operations.manage' },
      schema: {
        tags,
        summary: 'Send a failed or waiting mail again at the next delivery pass',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: outboxItemSchema, ...errors },
      },
    },
    (request) => retryOutboxMail(context, request.actor as UserActor, request.params.id),
  );

  app.get(
    '/api/admin/jobs',
    {
      config: { permission: 'operations.manage' },
      schema: {
        tags,
        summary: 'Scheduled job runs (reminders, escalation, digest, quarter close), latest first',
        querystring: jobListQuerySchema,
        response: { 200: jobPageSchema, ...errors },
      },
    },
    (request) => listJobRuns(context, request.query),
  );
}
