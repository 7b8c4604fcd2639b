import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import type { Config } from '../../config.js';
import { Scheduler } from '../../jobs/scheduler.js';
import { buildTestApp, TEST_NOW } from '../../test-support/app.js';
import { testConfig, testContext } from '../../test-support/context.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal, signIn } from '../../test-support/principals.js';
import { type SmtpSink, startSmtpSink } from '../../test-support/smtp-sink.js';

const PUBLIC_URL = 'https://pantau.example.go.id';
const NEW_PASSWORD = 'teh-poci-di-sore-yang-cerah';
const LINK = new RegExp(`${PUBLIC_URL}/atur-ulang-sandi/([A-Za-z0-9_-]+)`);

describeEachDatabase('forgotten passwords', (database) => {
  let app: FastifyInstance;
  let sink: SmtpSink;
  let scheduler: Scheduler;
  let clock: ReturnType<typeof fixedClock>;
  let contributor: Principal;

  beforeEach(async () => {
    clock = fixedClock(TEST_NOW);
    sink = await startSmtpSink();
    await loadFixture(database());
    const overrides: Partial<Config> = {
      publicUrl: PUBLIC_URL,
      mail: { smtpUrl: sink.url, from: 'Pantau <no-reply@pantau.example.go.id>' },
      scheduler: { ...testConfig().scheduler },
    };
    app = await buildTestApp(database(), clock, overrides);
    scheduler = new Scheduler(testContext(database(), clock, overrides), { jobs: [], workerId: 'pengirim' });
    contributor = await createPrincipal(app, database(), clock, {
      name: 'kontributor',
      roles: ['contributor'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    });
  });
  afterEach(async () => {
    await scheduler.stop();
    await app.close();
    await sink.close();
  });

  const forgot = (email: string, ip = '10.0.0.1', lang = 'id') =>
    app.inject({
      method: 'POST',
      url: `/api/auth/password-forgot?lang=${lang}`,
      payload: { email },
      remoteAddress: ip,
    });
  const reset = (token: string, password = NEW_PASSWORD) =>
    app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { token, password } });

  /** Delivers the outbox to the SMTP sink and returns the token of the last reset link received. */
  async function mailedToken(): Promise<string> {
    await scheduler.tick();
    const mail = sink.received.at(-1);
    const token = mail?.text.match(LINK)?.[1];
    if (!token) throw new Error(`no reset link in the mail: ${mail?.text}`);
    return token;
  }

  it('mails a single-use link in the account holder’s language that sets a new password and ends every session', async () => {
    await database()
      .db.updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', contributor.userId as number)
      .execute();
    const answer = await forgot(contributor.email as string);
    expect(answer.statusCode).toBe(200);
    expect(answer.json().message).toContain('Jika alamat itu terdaftar');
    const token = await mailedToken();
    expect(sink.received.at(-1)).toMatchObject({
      to: [contributor.email],
      subject: '[Pantau] Reset your Pantau password',
    });

    expect((await reset(token)).json()).toEqual({ email: contributor.email });
    // The session from before the reset is over; the new password works; the old one does not.
    expect((await callAs(app, contributor, { url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await signIn(app, contributor.email as string, NEW_PASSWORD)).body.user.email).toBe(contributor.email);
    // Single use: the same link again is refused.
    expect((await reset(token, 'kopi-susu-gula-aren-dingin')).statusCode).toBe(410);

    const audit = await database()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['user.password_forgot', 'user.reset_password'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['user.password_forgot', 'user.reset_password']);
  });

  it('answers the same for an unknown address and mails nothing', async () => {
    const known = await forgot(contributor.email as string);
    const unknown = await forgot('tidak.ada@uji.pantau.id');
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.json()).toEqual(known.json());
    await scheduler.tick();
    expect(sink.received.map((m) => m.to)).toEqual([[contributor.email]]);
  });

  it('expires the link after 1 hour', async () => {
    await forgot(contributor.email as string);
    const token = await mailedToken();
    clock.advance(60 * 60_000 + 1000);
    expect((await reset(token)).statusCode).toBe(410);
  });

  it('throttles requests per address and per client address, with Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await forgot(contributor.email as string, `10.0.1.${i}`)).statusCode).toBe(200);
    const blocked = await forgot(contributor.email as string, '10.0.1.9');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    for (let i = 0; i < 10; i++) expect((await forgot(`orang.${i}@uji.pantau.id`, '10.0.2.1')).statusCode).toBe(200);
    expect((await forgot('orang.lain@uji.pantau.id', '10.0.2.1')).statusCode).toBe(429);
    // An hour later the address may ask again.
    clock.advance(60 * 60_000 + 1000);
    expect((await forgot(contributor.email as string, '10.0.1.9')).statusCode).toBe(200);
  }, 30_000);
});
