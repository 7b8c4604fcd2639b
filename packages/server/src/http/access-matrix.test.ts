/**
 * The role × route test: every API route, called as every role — plus a user of another
 * institution and a verifier of another action — against the permission matrix. A route without a
 * fixture here fails the test, so no route escapes it.
 */
import { isPublic, type PermissionName, scopeOf } from '@pantau/core';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Clock, fixedClock } from '../clock.js';
import type { Database } from '../db/database.js';
import { loadUserActor } from '../services/actor.service.js';
import { createApiToken } from '../services/api-token.service.js';
import { buildTestApp, TEST_NOW } from '../test-support/app.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../test-support/fixture.js';
import { ANONYMOUS, callAs, createPrincipal, type Principal } from '../test-support/principals.js';

/** The institution that route fixtures target. */
const HOME = FIXTURE_INSTITUTIONS.semarang;

interface Env {
  app: FastifyInstance;
  database: Database;
  clock: Clock;
  /** A fresh contributor of HOME, for routes that change an account. */
  newContributor(): Promise<number>;
  counter: () => number;
}

interface RouteFixture {
  /** What a caller outside HOME gets when its role is otherwise allowed: 404 hides the object, 403 refuses. */
  foreign?: 403 | 404;
  request(env: Env, principal: Principal): Promise<InjectOptions>;
}

const get =
  (url: string): RouteFixture['request'] =>
  async () => ({ method: 'GET', url });

const FIXTURES: Record<string, RouteFixture> = {
  'GET /api/health': { request: get('/api/health') },
  'GET /api/instance': { request: get('/api/instance') },
  'GET /api/openapi.json': { request: get('/api/openapi.json') },
  'GET /api/periods': { request: get('/api/periods') },
  'GET /api/periods/:code': { request: get('/api/periods/2025-2026') },
  'GET /api/periods/:code/catalogue': { request: get('/api/periods/2025-2026/catalogue') },
  'GET /api/institutions': { request: get('/api/institutions?type=kota') },
  'GET /api/institutions/:code': { request: get(`/api/institutions/${HOME}`) },
  'GET /api/public/audit/head': { request: get('/api/public/audit/head') },
  'GET /api/audit': { request: get('/api/audit?limit=5') },
  'POST /api/auth/login': {
    request: async () => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin.a@uji.pantau.id', password: 'kopi-tubruk-di-pagi-hari' },
    }),
  },
  'GET /api/auth/me': { request: get('/api/auth/me') },
  // Sign-out and sign-in run last (see below) so the principal's session lives through the other routes.
  'POST /api/auth/logout': { request: async () => ({ method: 'POST', url: '/api/auth/logout' }) },
  'POST /api/auth/invitations/accept': {
    // A well-formed but unknown link: the route is open to all and answers 410 Gone.
    request: async () => ({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token: 'x'.repeat(43), password: 'kopi-tubruk-di-pagi-hari' },
    }),
  },
  'POST /api/auth/password-reset': {
    request: async () => ({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: 'y'.repeat(43), password: 'kopi-tubruk-di-pagi-hari' },
    }),
  },
  'GET /api/tokens': { request: get('/api/tokens') },
  'POST /api/tokens': {
    request: async () => ({ method: 'POST', url: '/api/tokens', payload: { name: 'Sistem daerah' } }),
  },
  'DELETE /api/tokens/:id': {
    request: async (env, principal) => {
      // Each caller revokes a token of its own; anonymous callers name a token that is not theirs.
      const owner = principal.userId ?? (await principalIdOf(env, 'admin.a@uji.pantau.id'));
      const actor = await loadUserActor(env.database.db, owner, 'session');
      const token = await createApiToken(
        { config: {} as never, database: env.database, clock: env.clock, blobs: {} as never },
        actor as never,
        { name: 't', expiresInDays: 30 },
      );
      return { method: 'DELETE', url: `/api/tokens/${token.id}` };
    },
  },
  'GET /api/users': { request: get('/api/users') },
  'GET /api/users/:id': {
    foreign: 404,
    request: async (env) => ({
      method: 'GET',
      url: `/api/users/${await principalIdOf(env, 'contributor.a@uji.pantau.id')}`,
    }),
  },
  'POST /api/users': {
    foreign: 403,
    request: async (env) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        email: `baru${env.counter()}@semarangkota.go.id`,
        name: 'Pegawai Baru',
        roles: ['contributor'],
        institutionCode: HOME,
      },
    }),
  },
  'PATCH /api/users/:id': {
    foreign: 404,
    request: async (env) => ({
      method: 'PATCH',
      url: `/api/users/${await env.newContributor()}`,
      payload: { name: 'Nama Baru' },
    }),
  },
  'POST /api/users/:id/disable': {
    foreign: 404,
    request: async (env) => ({
      method: 'POST',
      url: `/api/users/${await env.newContributor()}/disable`,
      payload: { reason: 'Pindah tugas ke dinas lain' },
    }),
  },
  'POST /api/users/:id/enable': {
    foreign: 404,
    request: async (env) => ({ method: 'POST', url: `/api/users/${await env.newContributor()}/enable` }),
  },
  'POST /api/users/:id/password-reset-link': {
    foreign: 404,
    request: async (env) => ({ method: 'POST', url: `/api/users/${await env.newContributor()}/password-reset-link` }),
  },
};

/** Routes whose success is a refusal of the input, not of the caller. */
const EXPECTED_SUCCESS: Record<string, number> = {
  'POST /api/auth/invitations/accept': 410,
  'POST /api/auth/password-reset': 410,
};

async function principalIdOf(env: Env, email: string): Promise<number> {
  const row = await env.database.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** What the matrix says `principal` gets on a route with `permission`. */
function expectedOutcome(
  principal: Principal,
  permission: PermissionName,
  fixture: RouteFixture,
): 'allow' | 401 | 403 | 404 {
  if (isPublic(permission)) return 'allow';
  if (!principal.cookie) return 401;
  const scope = scopeOf(principal.roles, permission);
  if (!scope) return 403;
  if (scope === 'own_institution' && fixture.foreign && principal.institutionCode !== HOME) return fixture.foreign;
  return 'allow';
}

describeEachDatabase('role × route', (database) => {
  let app: FastifyInstance;
  let principals: Principal[];
  let env: Env;

  beforeEach(async () => {
    const clock = fixedClock(TEST_NOW);
    await loadFixture(database());
    app = await buildTestApp(database(), clock);
    const make = (spec: Parameters<typeof createPrincipal>[3]) => createPrincipal(app, database(), clock, spec);
    principals = [
      ANONYMOUS,
      await make({ name: 'admin a', roles: ['admin'] }),
      await make({ name: 'observer', roles: ['observer'] }),
      await make({ name: 'verifier', roles: ['verifier'], verifierAksi: ['1', '2', '3'] }),
      await make({ name: 'verifier other action', roles: ['verifier'], verifierAksi: ['7', '8'] }),
      await make({ name: 'focal point a', roles: ['focal_point'], institutionCode: HOME }),
      await make({ name: 'contributor a', roles: ['contributor'], institutionCode: HOME }),
      await make({ name: 'publicist a', roles: ['publicist'], institutionCode: HOME }),
      await make({
        name: 'focal point other institution',
        roles: ['focal_point'],
        institutionCode: FIXTURE_INSTITUTIONS.surabaya,
      }),
      await make({
        name: 'contributor other institution',
        roles: ['contributor'],
        institutionCode: FIXTURE_INSTITUTIONS.surabaya,
      }),
    ];
    let n = 0;
    env = {
      app,
      database: database(),
      clock,
      counter: () => ++n,
      newContributor: async () =>
        (await make({ name: `contributor extra ${++n}`, roles: ['contributor'], institutionCode: HOME }))
          .userId as number,
    };
  });
  afterEach(() => app.close());

  it('covers every route with a fixture', () => {
    const routes = app.guardedRoutes
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`);
    expect(routes.sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  it('allows and refuses exactly as the permission matrix says', async () => {
    const routes = app.guardedRoutes.filter((r) => `${r.method} ${r.url}` in FIXTURES);
    // Sign-out, then sign-in, last: both end the caller's session.
    const last = ['/api/auth/logout', '/api/auth/login'];
    routes.sort((a, b) => last.indexOf(a.url) - last.indexOf(b.url));
    const mismatches: string[] = [];
    let calls = 0;
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      const fixture = FIXTURES[key] as RouteFixture;
      for (const principal of principals) {
        const expected = expectedOutcome(principal, route.permission, fixture);
        const response = await callAs(app, principal, await fixture.request(env, principal));
        calls++;
        const success = EXPECTED_SUCCESS[key];
        const ok =
          expected === 'allow'
            ? success
              ? response.statusCode === success
              : response.statusCode >= 200 && response.statusCode < 300
            : response.statusCode === expected;
        if (!ok)
          mismatches.push(
            `${key} as ${principal.name}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(Object.keys(FIXTURES).length * principals.length);
  });
});
