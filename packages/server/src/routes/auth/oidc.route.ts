/**
 * Single sign-on through the institution's OpenID Connect provider: leave for the provider, and
 * come back signed in — or to the sign-in page with the reason (`/masuk?sso=<reason>`).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { SESSION_COOKIE } from '../../http/access-control.js';
import { errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import {
  beginOidcSignIn,
  completeOidcSignIn,
  OIDC_ATTEMPT_MS,
  OIDC_CALLBACK_PATH,
  OidcSignInError,
  SSO_NOT_CONFIGURED,
} from '../../services/accounts/oidc.service.js';

/** The cookie that carries one attempt's state, nonce and PKCE verifier, only to the callback. */
const ATTEMPT_COOKIE = 'pantau_oidc';
const ATTEMPT_COOKIE_PATH = '/api/auth/oidc';
const SIGN_IN_PAGE = '/masuk';
const WORKSPACE_HOME = '/kerja';

/** A path of this site to return to: one leading "/", no scheme, no backslash, no control characters. */
const returnPath = z
  .string()
  .max(500)
  .refine(
    (path) =>
      path.startsWith('/') &&
      !path.startsWith('//') &&
      !path.includes('\\') &&
      ![...path].some((char) => char.charCodeAt(0) < 0x20) &&
      !path.startsWith(SIGN_IN_PAGE),
  )
  .catch(WORKSPACE_HOME);

const redirect = z.null().describe('A redirect (Location header) the browser follows');

export function oidcRoutes(app: ZodApp, context: AppContext): void {
  const secure = (request: FastifyRequest) =>
    context.config.cookieSecure === 'always' ||
    (context.config.cookieSecure === 'auto' && request.protocol === 'https');

  const toSignInPage = (reply: FastifyReply, reason: string) =>
    reply.header('cache-control', 'no-store').redirect(`${SIGN_IN_PAGE}?sso=${encodeURIComponent(reason)}`, 302);

  app.get(
    '/api/auth/oidc/start',
    {
      config: { permission: 'auth.login' },
      schema: {
        operationId: 'startSingleSignOn',
        tags: ['auth'],
        summary: "Sign in with the institution's identity provider (OpenID Connect): redirects to the provider",
        description:
          'Only when single sign-on is configured (`PANTAU_OIDC_ISSUER`); otherwise 404. A browser ' +
          'navigation, not an API call: the answer is a redirect to the provider.',
        querystring: z.object({ kembali: returnPath.optional().describe('Path of this site to return to') }),
        response: { 302: redirect, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      if (!context.config.oidc) throw SSO_NOT_CONFIGURED();
      try {
        const started = await beginOidcSignIn(context, request.query.kembali ?? WORKSPACE_HOME);
        reply.setCookie(ATTEMPT_COOKIE, started.cookie, {
          path: ATTEMPT_COOKIE_PATH,
          httpOnly: true,
          // Lax: the provider's redirect back is a top-level GET navigation, which carries it.
          sameSite: 'lax',
          secure: secure(request),
          maxAge: Math.floor(OIDC_ATTEMPT_MS / 1000),
        });
        return reply.header('cache-control', 'no-store').redirect(started.authorizationUrl, 302);
      } catch (error) {
        if (!(error instanceof OidcSignInError)) throw error;
        request.log.warn({ reason: error.message }, 'single sign-on could not start');
        return toSignInPage(reply, error.reason);
      }
    },
  );

  app.get(
    OIDC_CALLBACK_PATH,
    {
      config: { permission: 'auth.login' },
      // The address carries the provider's code: keep it out of the request log lines.
      logLevel: 'warn',
      schema: {
        operationId: 'completeSingleSignOn',
        tags: ['auth'],
        summary: 'Where the identity provider sends the browser back: signs in and redirects to the app',
        description:
          'Checks state, nonce and PKCE, redeems the code and signs in the active account with the ' +
          "provider's verified e-mail. On refusal, redirects to `/masuk?sso=<reason>`.",
        querystring: z.object({
          code: z.string().max(2000).optional(),
          state: z.string().max(500).optional(),
          iss: z.string().max(500).optional(),
          error: z.string().max(200).optional(),
          error_description: z.string().max(1000).optional(),
        }),
        response: { 302: redirect, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      if (!context.config.oidc) throw SSO_NOT_CONFIGURED();
      // One attempt, one callback: the cookie goes whatever the outcome.
      reply.clearCookie(ATTEMPT_COOKIE, { path: ATTEMPT_COOKIE_PATH });
      try {
        const { session, returnTo } = await completeOidcSignIn(context, {
          requestUrl: request.url,
          attemptCookie: request.cookies[ATTEMPT_COOKIE],
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          previousSession: request.session?.idHash ?? null,
        });
        if (session.kind === 'second_step') {
          // The sign-in page asks the authenticator code; the challenge travels in the fragment,
          // which the browser keeps to itself (never sent to a server, never in a log).
          const next = encodeURIComponent(returnTo);
          return reply
            .header('cache-control', 'no-store')
            .redirect(`${SIGN_IN_PAGE}?kembali=${next}#langkah-kedua=${session.challenge}`, 302);
        }
        reply.setCookie(SESSION_COOKIE, session.secret, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: secure(request),
          maxAge: Math.floor(context.config.sessionMaxMs / 1000),
        });
        return reply.header('cache-control', 'no-store').redirect(returnTo, 302);
      } catch (error) {
        if (!(error instanceof OidcSignInError)) throw error;
        request.log.warn({ reason: error.message }, 'single sign-on refused');
        return toSignInPage(reply, error.reason);
      }
    },
  );
}
