import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { systemActor } from '../../audit/actor.js';
import { fixedClock } from '../../clock.js';
import { createUser } from '../../services/accounts/user.service.js';
import { buildTestApp, TEST_NOW } from '../../test-support/app.js';
import { authenticatorOf, codeAt } from '../../test-support/authenticator.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal, signIn, TEST_PASSWORD } from '../../test-support/principals.js';

const STEP = 30_000;

describeEachDatabase('two-factor sign-in', (database) => {
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

  const nowStep = () => Math.floor(clock.now().getTime() / STEP);
  const login = (email: string, password = TEST_PASSWORD) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const secondStep = (payload: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/api/auth/second-step', payload });

  /** Enrols the contributor (optional for its role) and returns the secret and recovery codes. */
  async function enrolContributor() {
    const started = await callAs(app, contributor, { method: 'POST', url: '/api/account/second-factor/enrolment' });
    expect(started.statusCode).toBe(201);
    const { secret, uri, qrCode } = started.json();
    expect(uri).toContain('otpauth://totp/Pantau:');
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const confirm = (code: string) =>
      callAs(app, contributor, { method: 'POST', url: '/api/account/second-factor/confirmation', payload: { code } });
    const wrong = await confirm(codeAt(secret, nowStep() + 5));
    expect(wrong.statusCode).toBe(400);
    const right = await confirm(codeAt(secret, nowStep()));
    expect(right.statusCode).toBe(200);
    const { recoveryCodes } = right.json() as { recoveryCodes: string[] };
    expect(new Set(recoveryCodes).size).toBe(10);
    return { secret: secret as string, recoveryCodes };
  }

  it('enrols with a code check, then asks the code at sign-in and never accepts a code twice', async () => {
    const { secret } = await enrolContributor();
    const stored = await database()
      .db.selectFrom('second_factors')
      .selectAll()
      .where('user_id', '=', contributor.userId as number)
      .executeTakeFirstOrThrow();
    // Sealed at rest: the secret is not in the database as such.
    expect(stored.secret_box).not.toContain(secret);
    expect(stored.last_step).toBe(nowStep());

    clock.advance(STEP);
    const first = await login(contributor.email as string);
    expect(first.statusCode).toBe(200);
    expect(first.cookies.find((c) => c.name === 'pantau_session')).toBeUndefined();
    const { challenge } = first.json();
    expect(first.json()).toMatchObject({ secondStep: 'totp' });
    const code = codeAt(secret, nowStep());
    const done = await secondStep({ challenge, code });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ user: { email: contributor.email }, via: 'session' });
    expect(done.cookies.find((c) => c.name === 'pantau_session')).toBeDefined();

    // The same code in a new sign-in within its window: refused (replay); the next code works.
    const again = (await login(contributor.email as string)).json().challenge;
    expect((await secondStep({ challenge: again, code })).json().error.code).toBe('bad_second_factor');
    expect((await secondStep({ challenge: again, code: codeAt(secret, nowStep() + 1) })).statusCode).toBe(200);
    // A challenge works once.
    expect((await secondStep({ challenge: again, code: codeAt(secret, nowStep() + 1) })).statusCode).toBe(401);
  });

  it('takes each recovery code once', async () => {
    const { recoveryCodes } = await enrolContributor();
    const recoveryCode = (recoveryCodes[3] as string).toUpperCase();
    const first = (await login(contributor.email as string)).json().challenge;
    expect((await secondStep({ challenge: first, recoveryCode })).statusCode).toBe(200);
    const second = (await login(contributor.email as string)).json().challenge;
    expect((await secondStep({ challenge: second, recoveryCode })).statusCode).toBe(401);
    const state = await callAs(app, contributor, { url: '/api/account/second-factor' });
    expect(state.json()).toEqual({ enrolled: true, required: false, recoveryCodesLeft: 9 });
  });

  it('throttles wrong codes like wrong passwords, with Retry-After', async () => {
    await enrolContributor();
    const challenge = (await login(contributor.email as string)).json().challenge;
    for (let i = 0; i < 5; i++) expect((await secondStep({ challenge, code: '000000' })).statusCode).toBe(401);
    const blocked = await secondStep({ challenge, code: '000000' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('lapses the second step after 5 minutes', async () => {
    const { secret } = await enrolContributor();
    const challenge = (await login(contributor.email as string)).json().challenge;
    clock.advance(5 * 60_000 + 1000);
    const late = await secondStep({ challenge, code: codeAt(secret, nowStep()) });
    expect(late.statusCode).toBe(401);
    expect(late.json().error.code).toBe('second_step_expired');
  });

  it('turns off only with the password and a current code', async () => {
    const { secret } = await enrolContributor();
    const disable = (password: string, code: string) =>
      callAs(app, contributor, {
        method: 'POST',
        url: '/api/account/second-factor/disable',
        payload: { password, code },
      });
    clock.advance(STEP);
    expect((await disable('salah-salah-salah-salah', codeAt(secret, nowStep()))).statusCode).toBe(400);
    expect((await disable(TEST_PASSWORD, '000000')).statusCode).toBe(400);
    const off = await disable(TEST_PASSWORD, codeAt(secret, nowStep()));
    expect(off.json()).toEqual({ enrolled: false, required: false, recoveryCodesLeft: 0 });
    // Signing in is one step again.
    expect((await login(contributor.email as string)).json()).toMatchObject({ via: 'session' });
  });

  it('lets an admin or verifier without a second factor do nothing but enrol', async () => {
    await createUser(database().db, clock, systemActor('test'), {
      email: 'admin.baru@uji.pantau.id',
      name: 'Admin baru',
      roles: ['admin'],
      institutionCode: null,
      verifierAksi: [],
      contributorOutputs: [],
      locale: 'id',
      password: TEST_PASSWORD,
    });
    const response = await login('admin.baru@uji.pantau.id');
    const cookie = `pantau_session=${response.cookies.find((c) => c.name === 'pantau_session')?.value}`;
    const fresh: Principal = {
      ...admin,
      email: 'admin.baru@uji.pantau.id',
      cookie,
      csrfToken: response.json().csrfToken,
    };
    const users = await callAs(app, fresh, { url: '/api/users' });
    expect(users.statusCode).toBe(403);
    expect(users.json().error.code).toBe('second_factor_enrolment_required');
    expect((await callAs(app, fresh, { url: '/api/account' })).statusCode).toBe(403);
    expect((await callAs(app, fresh, { url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await callAs(app, fresh, { url: '/api/account/second-factor' })).json()).toEqual({
      enrolled: false,
      required: true,
      recoveryCodesLeft: 0,
    });
    // After enrolling (the helper does it as the web app's enrolment screen would), everything opens.
    const enrolled = await signIn(app, 'admin.baru@uji.pantau.id');
    expect((await callAs(app, { ...fresh, ...enrolled }, { url: '/api/users' })).statusCode).toBe(200);
    expect(authenticatorOf(app, 'admin.baru@uji.pantau.id')?.recoveryCodes).toHaveLength(10);
  });

  it('extends the requirement to every role when configured', async () => {
    const everyone = await buildTestApp(database(), clock, { secondFactorRequired: 'everyone' });
    try {
      const session = await everyone.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: contributor.email, password: TEST_PASSWORD },
      });
      const cookie = `pantau_session=${session.cookies.find((c) => c.name === 'pantau_session')?.value}`;
      const reports = await everyone.inject({ url: '/api/account', headers: { cookie } });
      expect(reports.json().error.code).toBe('second_factor_enrolment_required');
    } finally {
      await everyone.close();
    }
  });

  it('lets an admin reset another account’s second factor, ending its sessions, audited', async () => {
    await enrolContributor();
    const reset = await callAs(app, admin, {
      method: 'POST',
      url: `/api/users/${contributor.userId}/second-factor/reset`,
      payload: { reason: 'Ponsel hilang' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await callAs(app, contributor, { url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await login(contributor.email as string)).json()).toMatchObject({ via: 'session' });
    const audit = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'change'])
      .where('action', '=', 'user.second_factor_reset')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.change)).toMatchObject({ had_second_factor: true, reason: 'Ponsel hilang' });
    // Not on oneself: that is the account page's disable, which needs the password and a code.
    const own = await callAs(app, admin, {
      method: 'POST',
      url: `/api/users/${admin.userId}/second-factor/reset`,
      payload: { reason: 'Ponsel hilang' },
    });
    expect(own.statusCode).toBe(403);
  });
});
