/** The live count of an audience being composed (announcements and meeting invitations). */
import { audiencePreviewRequestSchema, audiencePreviewSchema } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { callerOf, callerScopeOf } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { previewAudience } from '../../services/coordination/audience.service.js';
import { errors } from './errors.js';

export function audienceRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/audiences/preview',
    {
      // Whoever may address an audience may count it first; nothing is sent or stored.
      config: { permission: 'announcement.send' },
      schema: {
        tags: ['announcements'],
        summary: 'Count who an audience would reach today: institutions, people, per type (nothing is sent)',
        body: audiencePreviewRequestSchema,
        response: { 200: audiencePreviewSchema, ...errors },
      },
    },
    (request) => previewAudience(context, callerOf(request), callerScopeOf(request), request.body.audience),
  );
}
