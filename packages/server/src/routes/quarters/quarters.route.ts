/** Running the quarters: open, dates, extensions, close with the field-verification sample. */
import {
  closeQuarterRequestSchema,
  extensionRequestSchema,
  fieldSampleSchema,
  periodCodeSchema,
  periodSchema,
  quarterImpactSchema,
  quarterUpdateRequestSchema,
} from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  closeQuarter,
  fieldSample,
  grantExtension,
  openQuarter,
  quarterImpact,
  updateQuarterDates,
} from '../../services/periods/quarter.service.js';

const params = z.object({
  code: periodCodeSchema,
  quarter: z.coerce.number().int().min(1).max(8),
});
const errors = errorResponses(400, 401, 403, 404, 409);
const base = '/api/periods/:code/quarters/:quarter';

export function quarterRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    `${base}/open`,
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['quarters'],
        summary: 'Open a quarter for reporting',
        params,
        response: { 200: periodSchema, ...errors },
      },
    },
    (request) => openQuarter(context, callerOf(request), request.params.code, request.params.quarter),
  );

  app.patch(
    base,
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['quarters'],
        summary: "Change a quarter's deadline or verification window",
        params,
        body: quarterUpdateRequestSchema,
        response: { 200: periodSchema, ...errors },
      },
    },
    (request) =>
      updateQuarterDates(context, callerOf(request), request.params.code, request.params.quarter, request.body),
  );

  app.get(
    `${base}/impact`,
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['quarters'],
        summary: "How many institutions a change of the quarter's dates reaches (asked before confirming)",
        params,
        response: { 200: quarterImpactSchema, ...errors },
      },
    },
    (request) => quarterImpact(context, request.params.code, request.params.quarter),
  );

  app.put(
    `${base}/extensions/:institution`,
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['quarters'],
        summary: 'Give one institution a later deadline for the quarter (reason required)',
        params: params.extend({ institution: z.string().min(1).max(20) }),
        body: extensionRequestSchema,
        response: {
          200: z.object({
            institution: z.string(),
            period: z.string(),
            quarter: z.number().int(),
            deadline: z.string(),
            reason: z.string(),
          }),
          ...errors,
        },
      },
    },
    (request) =>
      grantExtension(
        context,
        callerOf(request),
        request.params.code,
        request.params.quarter,
        request.params.institution,
        request.body,
      ),
  );

  app.post(
    `${base}/close`,
    {
      config: { permission: 'period.manage' },
      schema: {
        tags: ['quarters'],
        summary: 'Close the quarter and draw the field-verification sample from the audit chain head',
        params,
        body: closeQuarterRequestSchema,
        response: { 200: fieldSampleSchema, ...errors },
      },
    },
    (request) => closeQuarter(context, callerOf(request), request.params.code, request.params.quarter, request.body),
  );

  app.get(
    `${base}/sample`,
    {
      config: { permission: 'field.read' },
      schema: {
        tags: ['field verification'],
        summary: 'The field-verification sample: seed, population and results (anyone with the seed can re-draw it)',
        params,
        response: { 200: fieldSampleSchema, ...errors },
      },
    },
    (request) => fieldSample(context, request.params.code, request.params.quarter),
  );
}
