/** GET /api/health: liveness plus a round trip to the database. */
import { healthSchema } from '@pantau/core';
import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';
import { health } from '../../services/operations/health.service.js';

export function healthRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/health',
    {
      config: { permission: 'system.read' },
      schema: {
        tags: ['operations'],
        summary: 'Health check (includes a database round trip)',
        response: { 200: healthSchema },
      },
    },
    () => health(context),
  );
}
