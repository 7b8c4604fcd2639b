import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import type { OidcSettings } from '../../config.js';
import { buildTestApp, TEST_NOW } from '../../test-support/app.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../../test-support/fixture.js';
import { freePort, signInAtProvider, startTestProvider, type TestProvider } from '../../test-support/oidc-provider.js';
import { createPrincipal, type Principal } from '../../test-support/principals.js';

/** The provider's people: its login name → the claims it vouches for. */
const PEOPLE = {
  siti: { email: 'KONTRIBUTOR@uji.pantau.id', email_verified: true, name: 'Siti' },
  tamu: { email: 'tamu@semarangkota.go.id', email_verified: true },
  belum: { email: 'kontributor@uji.pantau.id', email_verified: false },
  nonaktif: { email: 'nonaktif@uji.pantau.id', email_verified: true },
};

describeEachDatabase('single sign-on (OpenID Connect) against a real provider', (database) => {
  let app: FastifyInstance;
  let provider: TestProvider;
  let pantau: string;
  let callbackUrl: string;
  let contributor: Principal;

  beforeEach(async () => {
    const clock = fixedClock(TEST_NOW);
    await loadFixture(database());
    const port = await freePort();
    pantau = `http://127.0.0.1:${port}`;
    callbackUrl = `${pantau}/api/auth/oidc/callback`;
    provider = await startTestProvider(PEOPLE);
    provider.allowRedirectTo(callbackUrl);
    const oidc: OidcSettings = {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      name: 'SSO Pemkot',
    };
    app = await buildTestApp(database(), clock, { oidc, publicUrl: pantau });
    await app.listen({ host: '127.0.0.1', port });
    contributor = await createPrincipal(app, database(), clock, {
      name: 'kontributor',
      roles: ['contributor'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    });
    const disabled = await createPrincipal(app, database(), clock, {
      name: 'nonaktif',
      roles: ['contributor'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    });
    await database().db.updateTable('users').set({ status: 'disabled' }).where('id', '=', disabled.userId).execute();
  });
  afterEach(async () => {
    await app.close();
    await provider.close();
  });

  /** Leaves Pantau for the provider as the sign-in button does: the provider's address and the attempt cookie. */
  async function start(path = '/api/auth/oidc/start') {
    const response = await fetch(`${pantau}${path}`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const attempt = response.headers.getSetCookie().find((line) => line.startsWith('pantau_oidc='));
    expect(attempt).toMatch(/HttpOnly/i);
    expect(attempt).toMatch(/SameSite=Lax/i);
    return {
      authorizationUrl: response.headers.get('location') as string,
      cookie: (attempt as string).split(';')[0] as string,
    };
  }

  /** Comes back to Pantau with what the provider gave: where Pantau sends the browser, and any session. */
  async function callBack(url: string, cookie: string) {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie } });
    const session = response.headers.getSetCookie().find((line) => line.startsWith('pantau_session='));
    return {
      status: response.status,
      location: response.headers.get('location'),
      session: session ? (session.split(';')[0] as string) : null,
    };
  }

  async function signInAs(login: string, path?: string) {
    const attempt = await start(path);
    return callBack(await signInAtProvider(attempt.authorizationUrl, callbackUrl, login), attempt.cookie);
  }

  it('signs an existing account in by its verified e-mail; the session works and the sign-in is audited', async () => {
    const attempt = await start('/api/auth/oidc/start?kembali=%2Fkerja%2Flaporan');
    const authorization = new URL(attempt.authorizationUrl);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(authorization.searchParams.get('state')).toBeTruthy();

    const back = await signInAtProvider(attempt.authorizationUrl, callbackUrl, 'siti');
    const answer = await callBack(back, attempt.cookie);
    expect(answer.status).toBe(302);
    expect(answer.location).toBe('/kerja/laporan');
    expect(answer.session).toBeTruthy();

    const account = await fetch(`${pantau}/api/account`, { headers: { cookie: answer.session as string } });
    expect(account.status).toBe(200);
    expect(((await account.json()) as { email: string }).email).toBe(contributor.email);
    const audit = await database()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.login')
      .where('entity_id', '=', String(contributor.userId))
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.change as string)).toMatchObject({ method: 'oidc', issuer: provider.issuer });

    // The same code a second time (a replayed callback): the provider refuses it, no session.
    const replay = await callBack(back, attempt.cookie);
    expect(replay.location).toBe('/masuk?sso=sso_code');
    expect(replay.session).toBeNull();
  });

  it('refuses an ID token whose nonce is not the one this browser was given', async () => {
    const attempt = await start();
    const tampered = new URL(attempt.authorizationUrl);
    tampered.searchParams.set('nonce', 'nonce-dari-percobaan-lain');
    const back = await signInAtProvider(tampered.href, callbackUrl, 'siti');
    const answer = await callBack(back, attempt.cookie);
    expect(answer.location).toBe('/masuk?sso=sso_nonce');
    expect(answer.session).toBeNull();
  });

  it('refuses a state that does not match, and a callback without the attempt cookie', async () => {
    const attempt = await start();
    const back = new URL(await signInAtProvider(attempt.authorizationUrl, callbackUrl, 'siti'));
    back.searchParams.set('state', 'status-palsu');
    expect((await callBack(back.href, attempt.cookie)).location).toBe('/masuk?sso=sso_state');
    const other = await start();
    const fromElsewhere = await signInAtProvider(other.authorizationUrl, callbackUrl, 'siti');
    const answer = await callBack(fromElsewhere, 'pantau_oidc=x.y');
    expect(answer.location).toBe('/masuk?sso=sso_state');
    expect(answer.session).toBeNull();
  });

  it('refuses an expired code', async () => {
    provider.codeTtl.seconds = 1;
    const attempt = await start();
    const back = await signInAtProvider(attempt.authorizationUrl, callbackUrl, 'siti');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const answer = await callBack(back, attempt.cookie);
    expect(answer.location).toBe('/masuk?sso=sso_code');
    expect(answer.session).toBeNull();
  });

  it('refuses an e-mail no Pantau account has, an unverified e-mail and a disabled account — creating nothing', async () => {
    const users = async () => (await database().db.selectFrom('users').select('id').execute()).length;
    const before = await users();
    const unknown = await signInAs('tamu');
    expect(unknown.location).toBe('/masuk?sso=sso_unknown_email');
    expect(unknown.session).toBeNull();
    expect(await users()).toBe(before);
    const unverified = await signInAs('belum');
    expect(unverified.location).toBe('/masuk?sso=sso_unverified_email');
    expect(unverified.session).toBeNull();
    const disabled = await signInAs('nonaktif');
    expect(disabled.location).toBe('/masuk?sso=sso_account_disabled');
  });

  it('tells the web app the button name, and sends the browser back when the provider is unreachable', async () => {
    const instance = (await (await fetch(`${pantau}/api/instance`)).json()) as { singleSignOn: unknown };
    expect(instance.singleSignOn).toEqual({ name: 'SSO Pemkot' });
    await provider.close();
    const other = await buildTestApp(database(), fixedClock(TEST_NOW), {
      oidc: { issuer: `http://127.0.0.1:${await freePort()}`, clientId: 'x', clientSecret: 'y', name: 'SSO' },
    });
    try {
      const response = await other.inject({ url: '/api/auth/oidc/start' });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/masuk?sso=sso_unreachable');
    } finally {
      await other.close();
    }
  });

  it('is off unless configured: no button, and its routes answer 404', async () => {
    const plain = await buildTestApp(database());
    try {
      expect((await plain.inject({ url: '/api/instance' })).json().singleSignOn).toBeNull();
      const start = await plain.inject({ url: '/api/auth/oidc/start' });
      expect(start.statusCode).toBe(404);
      expect(start.json().error.code).toBe('sso_not_configured');
      expect((await plain.inject({ url: '/api/auth/oidc/callback?code=a&state=b' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
