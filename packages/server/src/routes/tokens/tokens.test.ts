import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp, TEST_NOW } from '../../test-support/app.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal } from '../../test-support/principals.js';

describeEachDatabase('API tokens', (database) => {
  let app: FastifyInstance;
  let clock: ReturnType<typeof fixedClock>;
  let focalPoint: Principal;
  let other: Principal;

  beforeEach(async () => {
    clock = fixedClock(TEST_NOW);
    await loadFixture(database());
    app = await buildTestApp(database(), clock);
    focalPoint = await createPrincipal(app, database(), clock, {
      name: 'inspektorat semarang',
      roles: ['focal_point'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    });
    other = await createPrincipal(app, database(), clock, {
      name: 'inspektorat surabaya',
      roles: ['focal_point'],
      institutionCode: FIXTURE_INSTITUTIONS.surabaya,
    });
  });
  afterEach(() => app.close());

  const create = (principal: Principal, payload: object) =>
    callAs(app, principal, { method: 'POST', url: '/api/tokens', payload });
  const bearer = (token: string, url: string, method: 'GET' | 'POST' = 'GET', payload?: object) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  it('shows the secret once, stores only its hash, and lists the token without it', async () => {
    const created = await create(focalPoint, { name: 'SIPD Kota Semarang', expiresInDays: 30 });
    expect(created.statusCode).toBe(201);
    const { token, prefix, expiresAt } = created.json();
    expect(token).toMatch(/^pantau_[A-Za-z0-9_-]{40,}$/);
    expect(token.startsWith(prefix)).toBe(true);
    expect(expiresAt).toBe('2026-12-27T03:00:00.000Z');
    const listed = (await callAs(app, focalPoint, { url: '/api/tokens' })).json();
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(token);
    const stored = await database().db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('acts with its user’s rights and scope, without a CSRF token, and records its last use', async () => {
    const { token } = (await create(focalPoint, { name: 'SIPD' })).json();
    const me = await bearer(token, '/api/auth/me');
    expect(me.json()).toMatchObject({ user: { email: focalPoint.email }, via: 'token', csrfToken: null });
    const users = (await bearer(token, '/api/users')).json();
    expect(users.items.every((u: { institution: { code: string } }) => u.institution.code === '33.74')).toBe(true);
    expect((await bearer(token, '/api/audit')).statusCode).toBe(403);
    const invited = await bearer(token, '/api/users', 'POST', {
      email: 'pic.baru@semarangkota.go.id',
      name: 'PIC Baru',
      roles: ['contributor'],
      institutionCode: null,
    });
    expect(invited.statusCode).toBe(201);
    const listed = (await callAs(app, focalPoint, { url: '/api/tokens' })).json();
    expect(listed[0].lastUsedAt).toBe(TEST_NOW);
  });

  it('stops working at once when revoked, and only its owner can revoke it', async () => {
    const { token, id } = (await create(focalPoint, { name: 'SIPD' })).json();
    expect((await callAs(app, other, { method: 'DELETE', url: `/api/tokens/${id}` })).statusCode).toBe(404);
    expect((await bearer(token, '/api/auth/me')).statusCode).toBe(200);
    const revoked = await callAs(app, focalPoint, { method: 'DELETE', url: `/api/tokens/${id}` });
    expect(revoked.json().revokedAt).toBe(TEST_NOW);
    const refused = await bearer(token, '/api/auth/me');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('invalid_token');
  });

  it('stops working at once when its user is disabled, and carries a role change at once', async () => {
    const { token } = (await create(focalPoint, { name: 'SIPD' })).json();
    expect((await bearer(token, '/api/users')).statusCode).toBe(200);
    const { db } = database();
    // Written straight to the database, as another app process would.
    await db
      .deleteFrom('user_roles')
      .where('user_id', '=', focalPoint.userId as number)
      .execute();
    expect((await bearer(token, '/api/users')).statusCode).toBe(403);
    await db
      .updateTable('users')
      .set({ status: 'disabled' })
      .where('id', '=', focalPoint.userId as number)
      .execute();
    const refused = await bearer(token, '/api/auth/me');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('invalid_token');
  });

  it('expires', async () => {
    const { token } = (await create(focalPoint, { name: 'SIPD', expiresInDays: 1 })).json();
    clock.advance(86_400_000 + 1);
    expect((await bearer(token, '/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses an expiry beyond a year', async () => {
    const response = await create(focalPoint, { name: 'SIPD', expiresInDays: 400 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('body.expiresInDays');
  });
});
