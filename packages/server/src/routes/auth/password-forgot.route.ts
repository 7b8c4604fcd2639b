/** "Lupa kata sandi?": ask for a reset link by e-mail (redeemed at POST /api/auth/password-reset). */
import { forgotPasswordRequestSchema } from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requestLocale } from '../../http/locale.js';
import { errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { requestPasswordReset } from '../../services/accounts/password-forgot.service.js';

export function passwordForgotRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/auth/password-forgot',
    {
      config: { permission: 'auth.password_forgot' },
      schema: {
        tags: ['auth'],
        summary:
          'Ask for a password-reset link (valid 1 hour) by e-mail; the same answer whether or not the address has an account',
        body: forgotPasswordRequestSchema,
        response: { 200: z.object({ message: z.string() }), ...errorResponses(400, 429) },
      },
    },
    (request) =>
      requestPasswordReset(context, { email: request.body.email, ip: request.ip, locale: requestLocale(request) }),
  );
}
