/**
 * Authentication and authorisation in one place. Every /api route declares a permission from the
 * matrix in `@pantau/core`; registering a route without one fails at start-up (and so fails the
 * test suite). On each request the caller is identified by a bearer token or the session cookie,
 * the permission is checked, and state-changing requests on a session must carry its CSRF token.
 */
import { isPublic, PERMISSIONS, type PermissionName, type Scope, scopeOf } from '@pantau/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UserActor } from '../audit/actor.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { type ApiTokenScope, resolveScopedApiToken } from '../services/accounts/api-token.service.js';
import { resolveSession } from '../services/accounts/auth.service.js';
import { mustEnrolFirst } from '../services/accounts/second-factor.service.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission this route needs, from the permission matrix. */
    permission?: PermissionName;
  }
  interface FastifyInstance {
    /** Every route with the permission it was registered with, for the role × route test. */
    guardedRoutes: { method: string; url: string; permission: PermissionName }[];
  }
  interface FastifyRequest {
    actor: UserActor | null;
    /** The scope the actor's permission reaches, set on non-public routes. */
    scope: Scope | null;
    /** The session behind the cookie, when the caller used one. */
    session: { idHash: string; csrfToken: string } | null;
    /** What the bearer token may do, when the caller used one. */
    tokenScope: ApiTokenScope | null;
  }
}

/** The name of the session cookie. */
export const SESSION_COOKIE = 'pantau_session';

/** Routes registered by plugins (the API reference) are public; so is everything outside /api. */
const PLUGIN_ROUTE_PREFIXES = ['/api/docs'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The answer to a caller who is not signed in. */
export const UNAUTHENTICATED = {
  id: 'Silakan masuk terlebih dahulu (sesi berakhir atau belum masuk).',
  en: 'Please sign in first (your session has ended or you are not signed in).',
};
const FORBIDDEN = {
  id: 'Peran Anda tidak memiliki akses ke fitur ini.',
  en: 'Your role does not have access to this feature.',
};
const CSRF = {
  id: 'Permintaan ditolak: token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman lalu coba lagi.',
  en: 'Request refused: the security (CSRF) token is missing or does not match. Reload the page and try again.',
};

/** What an account that must enrol a second factor may still do: see itself, sign out, enrol. */
const BEFORE_ENROLMENT: ReadonlySet<PermissionName> = new Set(['auth.session', 'account.second_factor']);
const ENROL_FIRST = {
  id: 'Peran Anda mewajibkan verifikasi dua langkah. Daftarkan aplikasi autentikator di halaman Akun saya terlebih dahulu.',
  en: 'Your role requires two-factor sign-in. Enrol an authenticator app on the My account page first.',
};

const READ_ONLY_TOKEN = {
  id: 'Token API ini hanya untuk membaca; perubahan memerlukan token baca-tulis.',
  en: 'This API token can only read; changes need a read-write token.',
};

/** The permission of a route: declared, or implied for plugin and web-app routes; throws when missing. */
export function permissionOfRoute(url: string, declared: PermissionName | undefined, method: string): PermissionName {
  if (declared) {
    if (!(declared in PERMISSIONS)) throw new Error(`Route ${method} ${url} names an unknown permission "${declared}"`);
    return declared;
  }
  if (!url.startsWith('/api/') || PLUGIN_ROUTE_PREFIXES.some((prefix) => url.startsWith(prefix))) return 'system.read';
  throw new Error(`Route ${method} ${url} has no permission: add config.permission from the permission matrix`);
}

/** Installs route checks and the per-request authentication and authorisation hook. */
export function installAccessControl(app: FastifyInstance, context: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('scope', null);
  app.decorateRequest('session', null);
  app.decorateRequest('tokenScope', null);

  const guarded: FastifyInstance['guardedRoutes'] = [];
  app.decorate('guardedRoutes', guarded);
  app.addHook('onRoute', (route) => {
    const method = Array.isArray(route.method) ? route.method.join(',') : route.method;
    const permission = permissionOfRoute(route.url, route.config?.permission, method);
    route.config = { ...route.config, permission };
    guarded.push({ method, url: route.url, permission });
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    await authenticate(request, reply, context);
    // A read-only token is refused on every write, public or not.
    if (request.tokenScope === 'read' && !SAFE_METHODS.has(request.method)) {
      throw new AppError(403, 'read_only_token', READ_ONLY_TOKEN);
    }
    // The not-found handler has no route config: nothing to authorise.
    const permission = request.routeOptions.config?.permission;
    if (!permission || isPublic(permission)) return;
    if (!request.actor) throw new AppError(401, 'unauthenticated', UNAUTHENTICATED);
    const scope = scopeOf(request.actor.roles, permission);
    if (!scope) throw new AppError(403, 'forbidden', FORBIDDEN);
    if (!BEFORE_ENROLMENT.has(permission) && (await mustEnrolFirst(context, request.actor))) {
      throw new AppError(403, 'second_factor_enrolment_required', ENROL_FIRST);
    }
    request.scope = scope;
    if (!SAFE_METHODS.has(request.method) && request.actor.via === 'session') {
      if (request.headers['x-csrf-token'] !== request.session?.csrfToken) throw new AppError(403, 'csrf', CSRF);
    }
  });
}

async function authenticate(request: FastifyRequest, reply: FastifyReply, context: AppContext): Promise<void> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const resolved = await resolveScopedApiToken(context, authorization.slice('Bearer '.length).trim());
    request.actor = resolved?.actor ?? null;
    request.tokenScope = resolved?.scope ?? null;
    if (!request.actor) {
      throw new AppError(401, 'invalid_token', {
        id: 'Token API tidak berlaku (salah, kedaluwarsa, atau dicabut).',
        en: 'The API token is not valid (wrong, expired or revoked).',
      });
    }
    return;
  }
  const secret = request.cookies[SESSION_COOKIE];
  if (!secret) return;
  const session = await resolveSession(context, secret);
  if (!session) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return;
  }
  request.actor = session.actor;
  request.session = { idHash: session.idHash, csrfToken: session.csrfToken };
}
