/** Admin's view of the machinery: the mail outbox and the scheduled job runs. */
import {
  jobListQuerySchema,
  jobPageSchema,
  jobSchema,
  outboxItemSchema,
  outboxListQuerySchema,
  outboxPageSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requestLocale } from '../../http/locale.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { listJobRuns, listOutbox, retryOutboxMail, runJobNow } from '../../services/operations/operations.service.js';

const errors = errorResponses(400, 401, 403, 404, 409);
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
    (request) => retryOutboxMail(context, callerOf(request), request.params.id),
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

  app.post(
    '/api/admin/jobs/:id/run',
    {
      config: { permission: 'operations.manage' },
      schema: {
        tags,
        summary: 'Run a failed job run (or one waiting for its retry) again at the next scheduler pass',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: jobSchema, ...errors },
      },
    },
    (request) => runJobNow(context, callerOf(request), request.params.id),
  );
}
