/**
 * The role × route test: every API route, called as every role — plus a user of another
 * institution and a verifier of other aksi — against the permission matrix. A route without a
 * fixture here fails the test, so no route escapes it.
 */
import { isPublic, type PermissionName, SECOND_FACTOR_ROLES, scopesOf } from '@pantau/core';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Clock, fixedClock } from '../clock.js';
import type { Database } from '../db/database.js';
import { loadUserActor } from '../services/accounts/actor.service.js';
import { createApiToken } from '../services/accounts/api-token.service.js';
import { adminFixtures } from '../test-support/admin-matrix.js';
import { buildTestApp, TEST_NOW } from '../test-support/app.js';
import { coordinationFixtures } from '../test-support/coordination-matrix.js';
import { acceptedReport, cycleApi, PDF, startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { feedbackFixtures } from '../test-support/feedback-matrix.js';
import { FIXTURE_INSTITUTIONS } from '../test-support/fixture.js';
import { notificationFixtures } from '../test-support/notifications-matrix.js';
import { ANONYMOUS, callAs, createPrincipal, type Principal } from '../test-support/principals.js';
import { supportFixtures } from '../test-support/support-matrix.js';
import { unitFixtures } from '../test-support/units-matrix.js';

/** The institution that route fixtures target. */
const HOME = FIXTURE_INSTITUTIONS.semarang;

interface Env {
  app: FastifyInstance;
  database: Database;
  clock: Clock;
  /** A draft report of HOME on target 1.1-TW2 (aksi 1), reset to draft before each use. */
  draftReportId: number;
  /** An accepted, field-sampled report of HOME on 2.1-TW4 (aksi 2). */
  sampledReportId: number;
  /** An evidence file of the draft report. */
  evidenceId: number;
  /** A fresh contributor of HOME, for routes that change an account. */
  newContributor(): Promise<number>;
  counter: () => number;
}

type Outcome = 'allow' | 401 | 403 | 404 | 409;

interface RouteFixture {
  /** The object the route acts on: a caller whose scope does not reach it gets `foreign`. */
  object?: { institution: string; aksi?: string; draft?: boolean };
  /** What a caller with the permission but out of scope gets: 404 hides the object, 403 refuses. */
  foreign?: 403 | 404;
  /** A further rule after the permission check (e.g. the state machine's roles). */
  refine?(principal: Principal): Outcome;
  /** The success status, when it is not 2xx (e.g. 410 for an unknown link). */
  success?: number;
  request(env: Env, principal: Principal): Promise<InjectOptions>;
}

/** Admins and verifiers must have a second factor: the sign-in helper enrolled them. */
const hasRequiredSecondFactor = (principal: Principal) =>
  principal.roles.some((role) => SECOND_FACTOR_ROLES.includes(role));

const get =
  (url: string): RouteFixture['request'] =>
  async () => ({ method: 'GET', url });
/** The draft report: within its institution (and admin and observers), out of the aksi's verifiers' reach. */
const report = { institution: HOME, aksi: '1', draft: true };

async function resetToDraft(env: Env): Promise<number> {
  await env.database.db.updateTable('reports').set({ state: 'draft' }).where('id', '=', env.draftReportId).execute();
  const row = await env.database.db
    .selectFrom('reports')
    .select('version')
    .where('id', '=', env.draftReportId)
    .executeTakeFirstOrThrow();
  return row.version;
}

async function principalIdOf(env: Env, email: string): Promise<number> {
  const row = await env.database.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

const FIXTURES: Record<string, RouteFixture> = {
  // Catalogue, institution and assignment administration, spreadsheet import, list exports.
  ...adminFixtures(),
  // Announcements, meetings, follow-ups, media kit, publications, calendar (routes/coordination, routes/publications).
  ...coordinationFixtures(HOME),
  // Open data under /api/public/, citizen feedback, holidays (routes/public, routes/feedback, routes/holidays).
  ...feedbackFixtures(HOME),
  // Notifications, the admin outbox and job runs, generated documents (routes/notifications, operations, documents).
  ...notificationFixtures(HOME),
  // Work units, their targets, the unit board, the support log, the leader's brief (routes/units, …).
  ...unitFixtures(HOME),
  // The support log, the leader's brief, the province view (routes/support, routes/leader).
  ...supportFixtures(HOME),
  'GET /api/health': { request: get('/api/health') },
  'GET /api/instance': { request: get('/api/instance') },
  'GET /api/openapi.json': { request: get('/api/openapi.json') },
  'GET /api/periods': { request: get('/api/periods') },
  'GET /api/periods/:code': { request: get('/api/periods/2025-2026') },
  'GET /api/periods/:code/catalogue': { request: get('/api/periods/2025-2026/catalogue') },
  'GET /api/institutions': { request: get('/api/institutions?type=kota') },
  'GET /api/institutions/:code': { request: get(`/api/institutions/${HOME}`) },
  'GET /api/public/audit/head': { request: get('/api/public/audit/head') },
  'GET /api/audit': { request: get('/api/audit?limit=5&entity=report') },
  'GET /api/audit/verification': { request: get('/api/audit/verification') },
  'GET /api/audit/:seq': { request: get('/api/audit/1') },
  'POST /api/auth/login': {
    request: async () => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin.setnas@uji.pantau.id', password: 'kopi-tubruk-di-pagi-hari' },
    }),
  },
  'GET /api/auth/me': { request: get('/api/auth/me') },
  // Single sign-on is off in this app: both routes are public and answer 404 (see routes/auth/oidc.test.ts).
  'GET /api/auth/oidc/start': { success: 404, request: get('/api/auth/oidc/start') },
  'GET /api/auth/oidc/callback': { success: 404, request: get('/api/auth/oidc/callback?code=a&state=b') },
  'GET /api/account': { request: get('/api/account') },
  'PATCH /api/account': {
    request: async () => ({ method: 'PATCH', url: '/api/account', payload: { phone: '0812 3456 7890' } }),
  },
  'GET /api/account/sessions': { request: get('/api/account/sessions') },
  'POST /api/account/sessions/end-others': {
    request: async () => ({ method: 'POST', url: '/api/account/sessions/end-others' }),
  },
  'POST /api/account/password': {
    // The same password again: accepted, and the caller's session goes on.
    request: async () => ({
      method: 'POST',
      url: '/api/account/password',
      payload: { currentPassword: 'kopi-tubruk-di-pagi-hari', newPassword: 'kopi-tubruk-di-pagi-hari' },
    }),
  },
  // Sign-out and sign-in run last (see below) so the caller's session lives through the other routes.
  'POST /api/auth/logout': { request: async () => ({ method: 'POST', url: '/api/auth/logout' }) },
  'POST /api/auth/invitations/accept': {
    success: 410,
    request: async () => ({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token: 'x'.repeat(43), password: 'kopi-tubruk-di-pagi-hari' },
    }),
  },
  'POST /api/auth/password-reset': {
    success: 410,
    request: async () => ({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: 'y'.repeat(43), password: 'kopi-tubruk-di-pagi-hari' },
    }),
  },
  // Two-factor sign-in and forgotten passwords (routes/auth/second-factor.route.ts, password-forgot.route.ts).
  'POST /api/auth/second-step': {
    // An unknown challenge: the route is reached (public) and refuses it.
    success: 401,
    request: async () => ({
      method: 'POST',
      url: '/api/auth/second-step',
      payload: { challenge: `ch_${'z'.repeat(43)}`, code: '123456' },
    }),
  },
  'POST /api/auth/password-forgot': {
    // Each ask from its own client address: the route allows ten an hour from one address.
    request: async (env) => {
      const n = env.counter();
      return {
        method: 'POST',
        url: '/api/auth/password-forgot',
        payload: { email: `lupa.${n}@uji.pantau.id` },
        remoteAddress: `10.9.${Math.floor(n / 200)}.${(n % 200) + 1}`,
      };
    },
  },
  'GET /api/account/second-factor': { request: get('/api/account/second-factor') },
  'POST /api/account/second-factor/enrolment': {
    // Admins and verifiers were enrolled at sign-in: they must turn it off before enrolling again.
    refine: (principal) => (hasRequiredSecondFactor(principal) ? 409 : 'allow'),
    request: async () => ({ method: 'POST', url: '/api/account/second-factor/enrolment' }),
  },
  'POST /api/account/second-factor/confirmation': {
    // A wrong code: the route is reached and refuses it (already enrolled: 409).
    success: 400,
    refine: (principal) => (hasRequiredSecondFactor(principal) ? 409 : 'allow'),
    request: async () => ({
      method: 'POST',
      url: '/api/account/second-factor/confirmation',
      payload: { code: '000000' },
    }),
  },
  'POST /api/account/second-factor/disable': {
    // A wrong code: the route is reached and refuses it.
    success: 400,
    request: async () => ({
      method: 'POST',
      url: '/api/account/second-factor/disable',
      payload: { password: 'kopi-tubruk-di-pagi-hari', code: '000000' },
    }),
  },
  'POST /api/users/:id/second-factor/reset': {
    request: async (env) => ({
      method: 'POST',
      url: `/api/users/${await env.newContributor()}/second-factor/reset`,
      payload: { reason: 'Ponsel hilang' },
    }),
  },
  'GET /api/tokens': { request: get('/api/tokens') },
  'POST /api/tokens': {
    request: async () => ({ method: 'POST', url: '/api/tokens', payload: { name: 'Sistem daerah' } }),
  },
  'DELETE /api/tokens/:id': {
    request: async (env, principal) => {
      // Each caller revokes a token of its own; anonymous callers name someone else's.
      const owner = principal.userId ?? (await principalIdOf(env, 'admin.setnas@uji.pantau.id'));
      const actor = await loadUserActor(env.database.db, owner, 'session');
      const context = { config: {} as never, database: env.database, clock: env.clock, blobs: {} as never };
      const token = await createApiToken(context, actor as never, { name: 't', expiresInDays: 30 });
      return { method: 'DELETE', url: `/api/tokens/${token.id}` };
    },
  },
  'GET /api/users': { request: get('/api/users') },
  'GET /api/users/:id': {
    object: { institution: HOME },
    request: async (env) => ({
      method: 'GET',
      url: `/api/users/${await principalIdOf(env, 'pic.bappeda@uji.pantau.id')}`,
    }),
  },
  'POST /api/users': {
    object: { institution: HOME },
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
    object: { institution: HOME },
    request: async (env) => ({
      method: 'PATCH',
      url: `/api/users/${await env.newContributor()}`,
      payload: { name: 'Nama Baru' },
    }),
  },
  'POST /api/users/:id/disable': {
    object: { institution: HOME },
    request: async (env) => ({
      method: 'POST',
      url: `/api/users/${await env.newContributor()}/disable`,
      payload: { reason: 'Pindah tugas ke dinas lain' },
    }),
  },
  'POST /api/users/:id/enable': {
    object: { institution: HOME },
    request: async (env) => ({ method: 'POST', url: `/api/users/${await env.newContributor()}/enable` }),
  },
  'POST /api/users/:id/password-reset-link': {
    object: { institution: HOME },
    request: async (env) => ({ method: 'POST', url: `/api/users/${await env.newContributor()}/password-reset-link` }),
  },
  // Every institution user opens its own institution's report: no foreign case.
  'POST /api/reports': {
    request: async () => ({
      method: 'POST',
      url: '/api/reports',
      payload: { period: '2025-2026', targetCode: '3.1-TW2' },
    }),
  },
  'GET /api/reports/:id': {
    object: report,
    request: async (env) => ({ method: 'GET', url: `/api/reports/${env.draftReportId}` }),
  },
  'GET /api/reports/:id/changes': {
    object: report,
    request: async (env) => ({ method: 'GET', url: `/api/reports/${env.draftReportId}/changes` }),
  },
  'PATCH /api/reports/:id': {
    object: report,
    request: async (env) => ({
      method: 'PATCH',
      url: `/api/reports/${env.draftReportId}`,
      payload: { version: await resetToDraft(env), narrative: `Uraian ${env.counter()}` },
    }),
  },
  'POST /api/reports/:id/transitions': {
    object: report,
    // Marking a draft ready is the institution's step: admin and verifiers reach the report but may not take it.
    refine: (principal) => (principal.roles.some((r) => r === 'contributor' || r === 'focal_point') ? 'allow' : 403),
    request: async (env) => ({
      method: 'POST',
      url: `/api/reports/${env.draftReportId}/transitions`,
      payload: { action: 'mark_ready', version: await resetToDraft(env) },
    }),
  },
  'POST /api/reports/:id/evidence': {
    object: report,
    request: async (env) => {
      await resetToDraft(env);
      const boundary = 'matrixboundary';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bukti.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        // A new file every call: the same content twice under one item is refused as a duplicate.
        Buffer.concat([PDF, Buffer.from(`%${env.counter()}\n`)]),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return {
        method: 'POST',
        url: `/api/reports/${env.draftReportId}/evidence?checklistIndex=0`,
        payload,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      };
    },
  },
  'POST /api/reports/:id/evidence/links': {
    object: report,
    request: async (env) => {
      await resetToDraft(env);
      return {
        method: 'POST',
        url: `/api/reports/${env.draftReportId}/evidence/links`,
        payload: { url: 'https://semarangkota.go.id/berita', checklistIndex: 1, title: 'Berita' },
      };
    },
  },
  'POST /api/reports/:id/evidence/:evidenceId/remove': {
    object: report,
    request: async (env) => {
      await resetToDraft(env);
      const uploaded = await env.database.db
        .insertInto('evidence')
        .values({
          report_id: env.draftReportId,
          kind: 'link',
          checklist_index: 0,
          title: 'Tautan',
          url: 'https://contoh.go.id',
          is_public: 0,
          created_at: TEST_NOW,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return {
        method: 'POST',
        url: `/api/reports/${env.draftReportId}/evidence/${uploaded.id}/remove`,
        payload: { reason: 'Salah unggah berkas' },
      };
    },
  },
  'PUT /api/reports/:id/evidence/:evidenceId/public': {
    object: report,
    request: async (env) => {
      await resetToDraft(env);
      return {
        method: 'PUT',
        url: `/api/reports/${env.draftReportId}/evidence/${env.evidenceId}/public`,
        payload: { public: true },
      };
    },
  },
  'GET /api/evidence/:id/file': {
    object: report,
    request: async (env) => ({ method: 'GET', url: `/api/evidence/${env.evidenceId}/file` }),
  },
  'POST /api/reports/:id/field-check': {
    object: { institution: HOME, aksi: '2' },
    request: async (env) => ({
      method: 'POST',
      url: `/api/reports/${env.sampledReportId}/field-check`,
      payload: { result: 'confirmed' },
    }),
  },
  'GET /api/review-queue': { request: get('/api/review-queue') },
  'GET /api/dashboard/national': { request: get('/api/dashboard/national?period=2025-2026&quarter=2') },
  'GET /api/dashboard/breakdown': { request: get('/api/dashboard/breakdown?period=2025-2026&quarter=2&by=output') },
  'GET /api/dashboard/provinces': { request: get('/api/dashboard/provinces?period=2025-2026&quarter=2') },
  'GET /api/dashboard/provinces/:code': { request: get('/api/dashboard/provinces/33?period=2025-2026&quarter=2') },
  'GET /api/dashboard/rankings': { request: get('/api/dashboard/rankings?period=2025-2026&quarter=2') },
  'GET /api/dashboard/early-warning': { request: get('/api/dashboard/early-warning?period=2025-2026&quarter=2') },
  'GET /api/dashboard/publications': { request: get('/api/dashboard/publications?period=2025-2026&quarter=2') },
  'GET /api/dashboard/institutions/:code': { request: get(`/api/dashboard/institutions/${HOME}?period=2025-2026`) },
  'GET /api/dashboard/aksi/:code': { request: get('/api/dashboard/aksi/1?period=2025-2026&quarter=2') },
  'GET /api/dashboard/reports': { request: get('/api/dashboard/reports?period=2025-2026&quarter=2') },
  'GET /api/dashboard/export/:file': { request: get('/api/dashboard/export/provinces.csv?period=2025-2026&quarter=2') },
  'GET /api/institutions/:code/targets': {
    object: { institution: HOME },
    // A verifier sees the institution's targets of its own aksi; both test verifiers have some there.
    request: get(`/api/institutions/${HOME}/targets?period=2025-2026&quarter=2`),
  },
  'GET /api/institutions/:code/performance': {
    object: { institution: HOME },
    request: get(`/api/institutions/${HOME}/performance?period=2025-2026`),
  },
  'POST /api/periods/:code/quarters/:quarter/open': {
    request: async (env) => {
      await env.database.db.updateTable('quarters').set({ status: 'planned' }).where('number', '=', 6).execute();
      return { method: 'POST', url: '/api/periods/2025-2026/quarters/6/open' };
    },
  },
  'PATCH /api/periods/:code/quarters/:quarter': {
    request: async () => ({
      method: 'PATCH',
      url: '/api/periods/2025-2026/quarters/5',
      payload: { deadline: '2026-04-15', reason: 'Libur panjang' },
    }),
  },
  'GET /api/periods/:code/quarters/:quarter/impact': { request: get('/api/periods/2025-2026/quarters/5/impact') },
  'POST /api/periods': {
    request: async (env) => {
      const start = 2030 + env.counter() * 2;
      return { method: 'POST', url: '/api/periods', payload: { code: `${start}-${start + 1}` } };
    },
  },
  'POST /api/reports/:id/unlock': {
    request: async (env) => ({
      method: 'POST',
      url: `/api/reports/${env.sampledReportId}/unlock`,
      payload: { reason: 'Gangguan server saat tenggat', joinsSample: false },
    }),
  },
  'PUT /api/periods/:code/quarters/:quarter/extensions/:institution': {
    request: async () => ({
      method: 'PUT',
      url: `/api/periods/2025-2026/quarters/2/extensions/${HOME}`,
      payload: { deadline: '2025-07-25', reason: 'Gangguan jaringan berkepanjangan' },
    }),
  },
  'POST /api/periods/:code/quarters/:quarter/close': {
    request: async () => ({ method: 'POST', url: '/api/periods/2025-2026/quarters/7/close', payload: {} }),
  },
  'GET /api/periods/:code/quarters/:quarter/sample': { request: get('/api/periods/2025-2026/quarters/4/sample') },
  'GET /api/periods/:code/targets/:target/versions': {
    request: get('/api/periods/2025-2026/targets/1.1-TW2/versions'),
  },
  // Process and results stories (routes/stories): from the accepted report of HOME on 2.1-TW4 (aksi 2).
  'POST /api/reports/:id/story': {
    object: { institution: HOME, aksi: '2' },
    request: async (env) => ({
      method: 'POST',
      url: `/api/reports/${env.sampledReportId}/story`,
      payload: { title: `Cerita perizinan ${env.counter()}` },
    }),
  },
  'GET /api/stories/sources': { request: get('/api/stories/sources') },
  'GET /api/public/recognition': { request: get('/api/public/recognition?period=2025-2026') },
  'POST /api/periods/:code/targets/:target/versions': {
    request: async () => ({
      method: 'POST',
      url: '/api/periods/2025-2026/targets/9.1-TW4/versions',
      payload: {
        successMeasure: 'Ukuran keberhasilan yang direvisi',
        evidenceChecklist: ['Dokumen laporan'],
        weight: 1,
        impact: null,
        reason: 'Reorganisasi target',
      },
    }),
  },
};

/** What the matrix says `principal` gets on a route with `permission`. */
function expectedOutcome(principal: Principal, permission: PermissionName, fixture: RouteFixture): Outcome {
  if (isPublic(permission)) return 'allow';
  if (!principal.cookie) return 401;
  const scopes = scopesOf(principal.roles, permission);
  if (scopes.length === 0) return 403;
  const object = fixture.object;
  if (object) {
    const reach = scopes.some(
      (scope) =>
        scope === 'all' ||
        (scope === 'own_institution' && principal.institutionCode === object.institution) ||
        (scope === 'assigned_aksi' &&
          !object.draft &&
          (object.aksi === undefined || principal.verifierAksi.includes(object.aksi))),
    );
    if (!reach) return fixture.foreign ?? 404;
  }
  return fixture.refine?.(principal) ?? 'allow';
}

describeEachDatabase('role × route', (database) => {
  let app: FastifyInstance;
  let principals: Principal[];
  let env: Env;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    const cycle = await startCycle(app, database(), clock);
    const make = (spec: Parameters<typeof createPrincipal>[3]) => createPrincipal(app, database(), clock, spec);
    const api = cycleApi(app);
    const draft = (await api.open(cycle.contributor, '1.1-TW2')).json();
    const evidence = (await api.upload(cycle.contributor, draft.id, 'bukti.pdf', PDF, 0)).json();
    const sampled = await acceptedReport(app, cycle, '2.1-TW4', 75);
    await callAs(app, cycle.admin, {
      method: 'POST',
      url: '/api/periods/2025-2026/quarters/4/close',
      payload: { sampleSize: 1 },
    });
    principals = [
      ANONYMOUS,
      cycle.admin,
      cycle.observer,
      await make({ name: 'verifier', roles: ['verifier'], verifierAksi: ['1', '2', '3'] }),
      cycle.otherVerifier,
      cycle.focalPoint,
      cycle.contributor,
      await make({ name: 'publicist a', roles: ['publicist'], institutionCode: HOME }),
      cycle.otherFocalPoint,
      await make({
        name: 'contributor other institution',
        roles: ['contributor'],
        institutionCode: FIXTURE_INSTITUTIONS.surabaya,
      }),
      // Leaders read their own institution (drafts included) and write nothing; another's drafts are 404.
      await make({ name: 'leader', roles: ['leader'], institutionCode: HOME }),
      await make({
        name: 'leader other institution',
        roles: ['leader'],
        institutionCode: FIXTURE_INSTITUTIONS.surabaya,
      }),
    ];
    let n = 0;
    env = {
      app,
      database: database(),
      clock,
      draftReportId: draft.id,
      sampledReportId: sampled,
      evidenceId: evidence.id,
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
        const ok =
          expected === 'allow'
            ? fixture.success
              ? response.statusCode === fixture.success
              : response.statusCode >= 200 && response.statusCode < 300
            : response.statusCode === expected;
        if (!ok) {
          mismatches.push(
            `${key} as ${principal.name}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 160)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(calls).toBe(Object.keys(FIXTURES).length * principals.length);
    // Every route × every principal is over a thousand requests: beyond the default 30 s on PostgreSQL.
  }, 180_000);
});
