/** Sign-in, sign-out, the current user, and redeeming invitation and reset links. */
import { loginRequestSchema, loginResponseSchema, meSchema, redeemLinkRequestSchema } from '@pantau/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { SESSION_COOKIE } from '../../http/access-control.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { getAccount, redeemLink } from '../../services/accounts/account.service.js';
import { login, logout, type StartedSession } from '../../services/accounts/auth.service.js';

const errors = errorResponses(400, 401, 403, 429);

/** Sets the session cookie of a completed sign-in and answers with the user and CSRF token. */
export async function sendSession(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  session: StartedSession,
) {
  reply.setCookie(SESSION_COOKIE, session.secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure:
      context.config.cookieSecure === 'always' ||
      (context.config.cookieSecure === 'auto' && request.protocol === 'https'),
    maxAge: Math.floor(context.config.sessionMaxMs / 1000),
  });
  const user = await getAccount(context, session.actor, 'all', session.actor.userId);
  return { user, csrfToken: session.csrfToken, via: 'session' as const };
}

export function authRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/auth/login',
    {
      config: { permission: 'auth.login' },
      schema: {
        tags: ['auth'],
        summary:
          'Sign in: sets the session cookie and returns the user with a CSRF token, or (with two-factor sign-in) the challenge of the second step',
        body: loginRequestSchema,
        response: { 200: loginResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await login(context, {
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousSession: request.session?.idHash ?? null,
      });
      if (session.kind === 'second_step') {
        return { secondStep: 'totp' as const, challenge: session.challenge, expiresAt: session.expiresAt };
      }
      return sendSession(context, request, reply, session);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { permission: 'auth.session' },
      schema: { tags: ['auth'], summary: 'Sign out: ends the session', response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      if (request.session) await logout(context, callerOf(request), request.session.idHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { permission: 'auth.session' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, roles and CSRF token',
        response: { 200: meSchema, ...errors },
      },
    },
    async (request) => {
      const actor = callerOf(request);
      return {
        user: await getAccount(context, actor, 'all', actor.userId),
        csrfToken: request.session?.csrfToken ?? null,
        via: actor.via,
      };
    },
  );

  for (const [path, purpose, summary] of [
    ['/api/auth/invitations/accept', 'invitation', 'Accept an invitation: choose a password, activating the account'],
    ['/api/auth/password-reset', 'password_reset', 'Set a new password with a reset link'],
  ] as const) {
    app.post(
      path,
      {
        config: { permission: 'auth.redeem' },
        schema: {
          tags: ['auth'],
          summary,
          body: redeemLinkRequestSchema,
          response: { 200: z.object({ email: z.string() }), ...errorResponses(400, 410) },
        },
      },
      (request) => redeemLink(context, purpose, request.body.token, request.body.password),
    );
  }
}
