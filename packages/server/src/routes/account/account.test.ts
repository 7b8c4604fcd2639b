import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp, TEST_NOW } from '../../test-support/app.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal, signIn, TEST_PASSWORD } from '../../test-support/principals.js';

describeEachDatabase('my account', (database) => {
  let app: FastifyInstance;
  let verifier: Principal;

  beforeEach(async () => {
    const clock = fixedClock(TEST_NOW);
    await loadFixture(database());
    app = await buildTestApp(database(), clock);
    verifier = await createPrincipal(app, database(), clock, { name: 'verifikator', roles: ['verifier'] });
  });
  afterEach(() => app.close());

  it('lets any user change their own name, phone and language, audited', async () => {
    // User management stays closed to a verifier; its own account does not.
    const viaUsers = await callAs(app, verifier, {
      method: 'PATCH',
      url: `/api/users/${verifier.userId}`,
      payload: { locale: 'en' },
    });
    expect(viaUsers.statusCode).toBe(403);
    const changed = await callAs(app, verifier, {
      method: 'PATCH',
      url: '/api/account',
      payload: { name: 'Dewi Verifikator', phone: '+62 812-3456-7890', locale: 'en' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Dewi Verifikator', phone: '+62 812-3456-7890', locale: 'en' });
    expect((await callAs(app, verifier, { url: '/api/auth/me' })).json().user.locale).toBe('en');
    const audit = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'change'])
      .where('action', '=', 'account.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.change)).toMatchObject({ locale: { from: 'id', to: 'en' } });
    const cleared = await callAs(app, verifier, { method: 'PATCH', url: '/api/account', payload: { phone: '' } });
    expect(cleared.json().phone).toBeNull();
  });

  it('marks a bad phone number and an empty change', async () => {
    const bad = await callAs(app, verifier, { method: 'PATCH', url: '/api/account', payload: { phone: 'telp saya' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.phone');
    expect((await callAs(app, verifier, { method: 'PATCH', url: '/api/account', payload: {} })).statusCode).toBe(400);
  });

  it('changes the password with the current one, and ends the other sessions only', async () => {
    const elsewhere = await signIn(app, verifier.email as string);
    const wrong = await callAs(app, verifier, {
      method: 'POST',
      url: '/api/account/password',
      payload: { currentPassword: 'bukan-yang-ini', newPassword: 'teh-manis-di-sore-hari' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual([
      { path: 'body.currentPassword', message: 'Kata sandi saat ini salah.' },
    ]);
    const weak = await callAs(app, verifier, {
      method: 'POST',
      url: '/api/account/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'pendek' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].path).toBe('body.newPassword');
    const changed = await callAs(app, verifier, {
      method: 'POST',
      url: '/api/account/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'teh-manis-di-sore-hari' },
    });
    expect(changed.json()).toEqual({ endedSessions: 1 });
    expect((await callAs(app, verifier, { url: '/api/account' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: elsewhere.cookie } })).statusCode).toBe(401);
    await expect(signIn(app, verifier.email as string)).rejects.toThrow();
    await signIn(app, verifier.email as string, 'teh-manis-di-sore-hari');
  });
});

describeEachDatabase('my sessions and tokens', (database) => {
  let app: FastifyInstance;
  let focalPoint: Principal;

  beforeEach(async () => {
    const clock = fixedClock(TEST_NOW);
    await loadFixture(database());
    app = await buildTestApp(database(), clock);
    focalPoint = await createPrincipal(app, database(), clock, {
      name: 'inspektorat',
      roles: ['focal_point'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    });
  });
  afterEach(() => app.close());

  const createToken = (payload: object) => callAs(app, focalPoint, { method: 'POST', url: '/api/tokens', payload });
  const withToken = (token: string, options: { method?: 'GET' | 'POST'; url: string; payload?: object }) =>
    app.inject({ ...options, headers: { authorization: `Bearer ${token}` } });

  it('lists my sessions with device, address and last seen, and signs out everywhere else', async () => {
    const phone = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: focalPoint.email, password: TEST_PASSWORD },
      headers: { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Ponsel' },
    });
    const sessions = (await callAs(app, focalPoint, { url: '/api/account/sessions' })).json();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(sessions.map((s: { device: string | null }) => s.device)).toContain(
      'Mozilla/5.0 (Linux; Android 14) Ponsel',
    );
    expect(sessions[0]).toMatchObject({ address: '127.0.0.1', lastSeenAt: expect.any(String) });
    const ended = await callAs(app, focalPoint, { method: 'POST', url: '/api/account/sessions/end-others' });
    expect(ended.json()).toEqual({ endedSessions: 1 });
    const phoneCookie = `pantau_session=${phone.cookies.find((c) => c.name === 'pantau_session')?.value}`;
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: phoneCookie } })).statusCode).toBe(401);
    expect((await callAs(app, focalPoint, { url: '/api/account/sessions' })).json()).toHaveLength(1);
  });

  it('refuses every write to a read token, and shows its scope and last use', async () => {
    const created = await createToken({ name: 'Dasbor SIPD', expiresInDays: 30, scope: 'read' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(created.json()).toMatchObject({ scope: 'read', lastUsedAt: null });
    expect((await withToken(token, { url: '/api/auth/me' })).statusCode).toBe(200);
    const write = await withToken(token, {
      method: 'POST',
      url: '/api/reports',
      payload: { period: '2025-2026', targetCode: '1.1-TW2' },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('read_only_token');
    const listed = (await callAs(app, focalPoint, { url: '/api/tokens' })).json();
    expect(listed.find((t: { id: number }) => t.id === id)).toMatchObject({ scope: 'read', lastUsedAt: TEST_NOW });
  });

  it('lets only a signed-in session create tokens, never a token', async () => {
    const parent = (await createToken({ name: 'Sistem SIPD', expiresInDays: 1 })).json();
    expect(parent.scope).toBe('read-write');
    const child = await withToken(parent.token, {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'Token turunan', expiresInDays: 365 },
    });
    expect(child.statusCode).toBe(403);
    expect(child.json().error.code).toBe('token_cannot_create_tokens');
  });
});
