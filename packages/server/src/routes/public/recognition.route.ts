/** Recognition (apresiasi) in the open-data API: the recognised institutions of a quarter or a period. */
import { recognitionQuerySchema, recognitionSchema } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { sendCachedJson } from '../../http/public-cache.js';
import { errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { publicRecognition } from '../../services/public/public-recognition.service.js';

export function recognitionRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/public/recognition',
    {
      config: { permission: 'public.read' },
      schema: {
        tags: ['public'],
        summary: 'Recognised institutions (apresiasi): best achievement × quality and most improved, per type',
        description:
          'The rule: docs/user-guide/recognition.md. With `quarter` (one whose verification window has ended): that quarter, compared with the one before; without it: the period as it stands at its latest judged quarter, compared with the end of the previous period. Each entry carries its certificate and the code that verifies it.',
        querystring: recognitionQuerySchema,
        response: { 200: recognitionSchema, ...errorResponses(400, 404) },
      },
    },
    (request, reply) =>
      sendCachedJson(context, request, reply, recognitionSchema, () => publicRecognition(context, request.query)),
  );
}
