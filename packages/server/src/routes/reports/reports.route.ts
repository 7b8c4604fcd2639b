/** Reports: open, read, edit, move through the workflow, see what changed, record field checks. */
import {
  createReportRequestSchema,
  fieldCheckRequestSchema,
  reportChangesSchema,
  reportSchema,
  reportUnlockRequestSchema,
  transitionRequestSchema,
  updateReportRequestSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { recordFieldCheck } from '../../services/reports/field.service.js';
import { idempotencyKeyOf } from '../../services/reports/idempotency.js';
import { editReport, getReport, openReport, transitionReport } from '../../services/reports/report.service.js';
import { unlockReport } from '../../services/reports/report-unlock.service.js';
import { reportChanges } from '../../services/reports/review.service.js';

const errors = errorResponses(400, 401, 403, 404, 409, 422, 423);
const idempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .describe('Retry-safe key: a retried request with the same key returns the first answer'),
});

export function reportRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/reports',
    {
      config: { permission: 'report.write' },
      schema: {
        tags: ['reports'],
        summary: "Start my institution's report on a target (returns the existing one if there is one)",
        headers: idempotencyHeader,
        body: createReportRequestSchema,
        response: { 200: reportSchema, 201: reportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await openReport(
        context,
        callerOf(request),
        request.body,
        idempotencyKeyOf(request.headers['idempotency-key']),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.status).send(result.body);
    },
  );

  app.get(
    '/api/reports/:id',
    {
      config: { permission: 'report.read' },
      schema: {
        tags: ['reports'],
        summary: 'A report with target, checklist, evidence, history and allowed actions',
        params: idParams,
        response: { 200: reportSchema, ...errors },
      },
    },
    (request) => getReport(context, callerOf(request), request.params.id),
  );

  app.patch(
    '/api/reports/:id',
    {
      config: { permission: 'report.write' },
      schema: {
        tags: ['reports'],
        summary:
          'Save content (autosave); send the version you loaded — a stale one gets 409 and nothing is overwritten',
        params: idParams,
        body: updateReportRequestSchema,
        response: { 200: reportSchema, ...errors },
      },
    },
    (request) => editReport(context, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/reports/:id/transitions',
    {
      config: { permission: 'report.transition' },
      schema: {
        tags: ['reports'],
        summary: 'Move the report: mark_ready, send_back, submit, start_review, accept, request_revision, reopen',
        params: idParams,
        headers: idempotencyHeader,
        body: transitionRequestSchema,
        response: { 200: reportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await transitionReport(
        context,
        callerOf(request),
        request.params.id,
        request.body,
        idempotencyKeyOf(request.headers['idempotency-key']),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.status).send(result.body);
    },
  );

  app.post(
    '/api/reports/:id/unlock',
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['reports'],
        summary:
          'Admin: unlock one report of a closed quarter (reason required; says whether it joins the field-verification sample population)',
        params: idParams,
        body: reportUnlockRequestSchema,
        response: { 200: reportSchema, ...errors },
      },
    },
    (request) => unlockReport(context, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/reports/:id/changes',
    {
      config: { permission: 'report.read' },
      schema: {
        tags: ['reports'],
        summary: 'What changed since the previous submission round',
        params: idParams,
        response: { 200: reportChangesSchema, ...errors },
      },
    },
    (request) => reportChanges(context, callerOf(request), request.params.id),
  );

  app.post(
    '/api/reports/:id/field-check',
    {
      config: { permission: 'field.check' },
      schema: {
        tags: ['field verification'],
        summary: 'Record the field-verification result of a sampled report; may change its score',
        params: idParams,
        body: fieldCheckRequestSchema,
        response: { 200: reportSchema, ...errors },
      },
    },
    (request) => recordFieldCheck(context, callerOf(request), request.params.id, request.body),
  );
}
