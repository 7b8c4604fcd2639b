/** The signed-in user's API tokens. */
import { apiTokenSchema, createApiTokenRequestSchema, createdApiTokenSchema } from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { SECURITY_SCHEMES } from '../../http/openapi-document.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { createApiToken, listOwnApiTokens, revokeOwnApiToken } from '../../services/accounts/api-token.service.js';

const errors = errorResponses(400, 401, 403, 404);
const config = { permission: 'token.manage' as const };

export function tokenRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/tokens',
    {
      config,
      schema: {
        tags: ['tokens'],
        summary: 'My API tokens (never the secrets)',
        response: { 200: z.array(apiTokenSchema), ...errors },
      },
    },
    (request) => listOwnApiTokens(context, callerOf(request)),
  );

  app.post(
    '/api/tokens',
    {
      config,
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token with my rights; the secret is shown once',
        // Only a signed-in session may create tokens (a token cannot mint a longer-lived one).
        security: [{ [SECURITY_SCHEMES.session]: [], [SECURITY_SCHEMES.csrf]: [] }],
        body: createApiTokenRequestSchema,
        response: { 201: createdApiTokenSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createApiToken(context, callerOf(request), request.body)),
  );

  app.delete(
    '/api/tokens/:id',
    {
      config,
      schema: {
        tags: ['tokens'],
        summary: 'Revoke one of my API tokens; it stops working at once',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: apiTokenSchema, ...errors },
      },
    },
    (request) => revokeOwnApiToken(context, callerOf(request), request.params.id),
  );
}
