import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp, TEST_NOW } from '../../test-support/app.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal, signIn, TEST_PASSWORD } from '../../test-support/principals.js';

const MINUTE = 60_000;

describeEachDatabase('sign-in and sessions', (database) => {
  let app: FastifyInstance;
  let clock: ReturnType<typeof fixedClock>;
  let admin: Principal;
  let contributor: Principal;

  beforeEach(async () => {
    clock = fixedClock(TEST_NOW);
    await loadFixture(database());
    app = await buildTestApp(database(), clock);
    admin = await createPrincipal(app, database(), clock, { name: 'admin', roles: ['admin'] });
    contributor = await createPrincipal(app, database(), clock, {
      name: 'kontributor',
      roles: ['contributor'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    });
  });
  afterEach(() => app.close());

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });

  it('sets an httpOnly, SameSite=Lax session cookie and returns the user with a CSRF token', async () => {
    const response = await login(contributor.email as string, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'pantau_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(response.json()).toMatchObject({
      user: { email: contributor.email, roles: ['contributor'], institution: { code: '33.74' } },
      via: 'session',
    });
    const me = await callAs(app, contributor, { url: '/api/auth/me' });
    expect(me.json().csrfToken).toBe(contributor.csrfToken);
  });

  it('marks the cookie Secure behind an HTTPS proxy it trusts', async () => {
    const viaProxy = {
      method: 'POST' as const,
      url: '/api/auth/login',
      // A one-step account: the cookie comes with the password.
      payload: { email: contributor.email, password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    };
    // Without PANTAU_TRUST_PROXY the forwarded header is ignored: plain HTTP, no Secure flag.
    expect((await app.inject(viaProxy)).cookies[0]?.secure).toBeFalsy();
    const proxied = await buildTestApp(database(), clock, { trustProxy: true });
    try {
      expect((await proxied.inject(viaProxy)).cookies[0]?.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('answers a wrong password and an unknown e-mail identically', async () => {
    const wrong = await login(contributor.email as string, 'bukan-kata-sandinya');
    const unknown = await login('tidak.ada@uji.pantau.id', 'bukan-kata-sandinya');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    expect(wrong.json().error.code).toBe(unknown.json().error.code);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const withoutToken = await app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'Sistem SIPD' },
      headers: { cookie: contributor.cookie as string },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('csrf');
    const wrongToken = await app.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'Sistem SIPD' },
      headers: { cookie: contributor.cookie as string, 'x-csrf-token': 'palsu' },
    });
    expect(wrongToken.statusCode).toBe(403);
    const withToken = await callAs(app, contributor, {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'Sistem SIPD' },
    });
    expect(withToken.statusCode).toBe(201);
  });

  it('rotates the session on sign-in: the old cookie stops working', async () => {
    const again = await login(contributor.email as string, TEST_PASSWORD, { cookie: contributor.cookie as string });
    expect(again.statusCode).toBe(200);
    const newCookie = again.cookies.find((c) => c.name === 'pantau_session')?.value;
    expect(`pantau_session=${newCookie}`).not.toBe(contributor.cookie);
    expect((await callAs(app, contributor, { url: '/api/auth/me' })).statusCode).toBe(401);
    expect(
      (await app.inject({ url: '/api/auth/me', headers: { cookie: `pantau_session=${newCookie}` } })).statusCode,
    ).toBe(200);
  });

  it('ends a session after an hour idle', async () => {
    clock.advance(59 * MINUTE);
    expect((await callAs(app, contributor, { url: '/api/auth/me' })).statusCode).toBe(200);
    clock.advance(61 * MINUTE);
    expect((await callAs(app, contributor, { url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('ends an active session twelve hours after sign-in', async () => {
    for (let hour = 0; hour < 14; hour++) {
      clock.advance(50 * MINUTE);
      expect((await callAs(app, admin, { url: '/api/auth/me' })).statusCode, `after ${hour}`).toBe(200);
    }
    clock.advance(21 * MINUTE);
    expect((await callAs(app, admin, { url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('signs out: the session ends', async () => {
    expect((await callAs(app, contributor, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await callAs(app, contributor, { url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('throttles an account after five failures, tells how long to wait, then lifts', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login(contributor.email as string, 'salah-salah-salah')).statusCode).toBe(401);
    const blocked = await login(contributor.email as string, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toBe('Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.');
    const english = await login(contributor.email as string, TEST_PASSWORD, { 'accept-language': 'en' });
    expect(english.json().error.message).toBe('Too many failed sign-in attempts. Try again in 15 minutes.');
    // Other accounts are not affected.
    expect((await login(admin.email as string, TEST_PASSWORD)).statusCode).toBe(200);
    clock.advance(15 * MINUTE + 1000);
    expect((await login(contributor.email as string, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('throttles an address after twenty failures across accounts', async () => {
    for (let i = 0; i < 20; i++) await login(`orang${i}@uji.pantau.id`, 'salah-salah-salah');
    const blocked = await login(admin.email as string, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/json/);
  });

  it('ends the sessions of a disabled user at once, and refuses its sign-in', async () => {
    const disable = await callAs(app, admin, {
      method: 'POST',
      url: `/api/users/${contributor.userId}/disable`,
      payload: { reason: 'Pensiun per 1 Desember' },
    });
    expect(disable.statusCode).toBe(200);
    expect((await callAs(app, contributor, { url: '/api/auth/me' })).statusCode).toBe(401);
    const again = await login(contributor.email as string, TEST_PASSWORD);
    expect(again.statusCode).toBe(403);
    expect(again.json().error.code).toBe('account_disabled');
  });

  it('refuses a session at once when another process disables its user, and ends it', async () => {
    expect((await callAs(app, contributor, { url: '/api/auth/me' })).statusCode).toBe(200);
    const { db } = database();
    // Written straight to the database, as another app process would, without ending the sessions.
    await db
      .updateTable('users')
      .set({ status: 'disabled' })
      .where('id', '=', contributor.userId as number)
      .execute();
    expect((await callAs(app, contributor, { url: '/api/auth/me' })).statusCode).toBe(401);
    const ended = await db
      .selectFrom('sessions')
      .select('end_reason')
      .where('user_id', '=', contributor.userId as number)
      .executeTakeFirstOrThrow();
    expect(ended.end_reason).toBe('user_inactive');
  });

  it('applies a role change made by another process on the next request', async () => {
    expect((await callAs(app, admin, { url: '/api/audit' })).statusCode).toBe(200);
    await database()
      .db.deleteFrom('user_roles')
      .where('user_id', '=', admin.userId as number)
      .execute();
    expect((await callAs(app, admin, { url: '/api/audit' })).statusCode).toBe(403);
  });

  it('lets a new session be opened after signing in anew', async () => {
    const session = await signIn(app, admin.email as string);
    expect(session.body.user.roles).toEqual(['admin']);
  });
});
