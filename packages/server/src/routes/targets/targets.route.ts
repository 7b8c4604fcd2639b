/** Target versions and revisions (reorganisasi target). */
import { periodCodeSchema, targetRevisionRequestSchema, targetVersionSchema } from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { reviseTarget, targetVersions } from '../../services/catalogue/target.service.js';

const params = z.object({
  code: periodCodeSchema,
  target: z.string().regex(/^\d{1,2}\.\d{1,2}-TW[1-8]$/, 'Kode target berformat 1.2-TW4'),
});
const errors = errorResponses(400, 401, 403, 404);

export function targetRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/periods/:code/targets/:target/versions',
    {
      config: { permission: 'catalogue.read' },
      schema: {
        tags: ['catalogue'],
        summary: 'Every version of a target, oldest first',
        params,
        response: { 200: z.array(targetVersionSchema), ...errors },
      },
    },
    (request) => targetVersions(context, request.params.code, request.params.target),
  );

  app.post(
    '/api/periods/:code/targets/:target/versions',
    {
      config: { permission: 'catalogue.manage' },
      schema: {
        tags: ['catalogue'],
        summary: 'Revise a target: a new current version; accepted reports keep theirs',
        params,
        body: targetRevisionRequestSchema,
        response: { 201: z.array(targetVersionSchema), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reviseTarget(context, callerOf(request), request.params.code, request.params.target, request.body)),
  );
}
