import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import type { Config } from '../config.js';
import { Scheduler } from '../jobs/scheduler.js';
import { buildTestApp } from '../test-support/app.js';
import { testConfig, testContext } from '../test-support/context.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { callAs, signIn } from '../test-support/principals.js';
import { type SmtpSink, startSmtpSink } from '../test-support/smtp-sink.js';

const PUBLIC_URL = 'https://pantau.example.go.id';
const FROM = 'Pantau Setnas PK <no-reply@pantau.example.go.id>';

describeEachDatabase('mail delivery over SMTP', (database) => {
  let app: FastifyInstance | undefined;
  let sink: SmtpSink | undefined;
  let scheduler: Scheduler | undefined;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  beforeEach(() => {
    clock.set('2025-07-01T03:00:00.000Z');
    sink = undefined;
  });
  afterEach(async () => {
    await scheduler?.stop();
    await app?.close();
    await sink?.close();
  });

  /** The app and a scheduler that mails through `smtpUrl`; only mail delivery runs. */
  async function start(smtpUrl: string): Promise<Cycle> {
    const overrides: Partial<Config> = {
      publicUrl: PUBLIC_URL,
      mail: { smtpUrl, from: FROM },
      scheduler: { ...testConfig().scheduler },
    };
    app = await buildTestApp(database(), clock, overrides);
    scheduler = new Scheduler(testContext(database(), clock, overrides), { jobs: [], workerId: 'pengirim' });
    return startCycle(app, database(), clock);
  }

  const outbox = () => database().db.selectFrom('outbox').selectAll().orderBy('id').execute();

  async function invite(cycle: Cycle, email: string, locale: 'id' | 'en') {
    const response = await callAs(app as FastifyInstance, cycle.admin, {
      method: 'POST',
      url: '/api/users',
      payload: { email, name: 'Dewi Lestari', roles: ['contributor'], institutionCode: '33.74', locale },
    });
    expect(response.statusCode).toBe(201);
    return response.json().invitation.url as string;
  }

  it('sends through a real SMTP server to the right people, in their language, with absolute links', async () => {
    sink = await startSmtpSink();
    const cycle = await start(sink.url);
    await database()
      .db.updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', cycle.focalPoint.userId as number)
      .execute();
    const api = cycleApi(app as FastifyInstance);
    const opened = (await api.open(cycle.contributor, '3.1-TW2')).json();
    await api.upload(cycle.contributor, opened.id, 'laporan.pdf', PDF, 0);
    await api.move(cycle.contributor, opened.id, { action: 'mark_ready', version: opened.version });
    const invitationUrl = await invite(cycle, 'dewi@semarangkota.go.id', 'id');

    const tick = await (scheduler as Scheduler).tick();
    expect(tick.mail).toEqual({ sent: 2, retrying: 0, failed: 0 });
    const received = (sink as SmtpSink).received;
    expect(received.map((m) => m.to)).toEqual([[cycle.focalPoint.email], ['dewi@semarangkota.go.id']]);
    const [review, invitation] = received;
    expect(review?.from).toBe('no-reply@pantau.example.go.id');
    expect(review?.subject).toBe('[Pantau] Waiting for your review: report 3.1-TW2');
    expect(review?.text).toContain('Uji pic bappeda marked report 3.1-TW2 (Kota Semarang) ready for review.');
    expect(review?.text).toContain(`Review the report: ${PUBLIC_URL}/kerja/laporan/${opened.id}`);
    expect(review?.html).toContain(`href="${PUBLIC_URL}/kerja/laporan/${opened.id}"`);
    expect(review?.text).toContain(`${PUBLIC_URL}/kerja/notifikasi`);
    expect(invitation?.subject).toBe('[Pantau] Undangan ke Pantau');
    expect(invitation?.text).toContain('Halo Dewi Lestari, Anda diundang menggunakan Pantau');
    expect(invitation?.text).toContain(`Terima undangan: ${invitationUrl}`);

    const rows = await outbox();
    expect(rows.map((r) => [r.status, r.attempts, r.sent_at])).toEqual([
      ['sent', 1, clock.now().toISOString()],
      ['sent', 1, clock.now().toISOString()],
    ]);
    // The sign-in link does not stay in the database once the mail has left.
    expect(rows[1]?.text_body).not.toContain(invitationUrl);
    expect(rows[1]?.html_body).not.toContain(invitationUrl);
    expect((await (scheduler as Scheduler).tick()).mail).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it('keeps a mail while the SMTP server is down, retrying with backoff, and delivers it once the server is back', async () => {
    const down = await startSmtpSink();
    const port = down.port;
    await down.close();
    const cycle = await start(`smtp://127.0.0.1:${port}`);
    const invitationUrl = await invite(cycle, 'dewi@semarangkota.go.id', 'en');

    expect((await (scheduler as Scheduler).tick()).mail).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let [mail] = await outbox();
    expect(mail).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: '2025-07-01T03:01:00.000Z' });
    expect(mail?.last_error).toContain('ECONNREFUSED');

    clock.advance(30_000);
    expect((await (scheduler as Scheduler).tick()).mail).toEqual({ sent: 0, retrying: 0, failed: 0 });
    clock.advance(30_000);
    expect((await (scheduler as Scheduler).tick()).mail.retrying).toBe(1);
    [mail] = await outbox();
    expect(mail).toMatchObject({ status: 'pending', attempts: 2, next_attempt_at: '2025-07-01T03:06:00.000Z' });
    clock.advance(5 * 60_000);
    expect((await (scheduler as Scheduler).tick()).mail.retrying).toBe(1);
    [mail] = await outbox();
    expect(mail).toMatchObject({ attempts: 3, next_attempt_at: '2025-07-01T03:21:00.000Z' });

    const admin = await callAs(app as FastifyInstance, cycle.admin, { url: '/api/admin/outbox' });
    expect(admin.json().items[0]).toMatchObject({
      status: 'pending',
      attempts: 3,
      nextAttemptAt: '2025-07-01T03:21:00.000Z',
    });

    sink = await startSmtpSink(port);
    clock.advance(15 * 60_000);
    expect((await (scheduler as Scheduler).tick()).mail).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]).toMatchObject({
      to: ['dewi@semarangkota.go.id'],
      subject: '[Pantau] Your invitation to Pantau',
    });
    expect(sink.received[0]?.text).toContain(invitationUrl);
    [mail] = await outbox();
    expect(mail).toMatchObject({ status: 'sent', attempts: 4, last_error: null, sent_at: '2025-07-01T03:21:00.000Z' });
  });

  it('stops retrying a mail the server refuses for good, until admin sends it again', async () => {
    sink = await startSmtpSink();
    const cycle = await start(sink.url);
    sink.rejectRecipients.add('dewi@semarangkota.go.id');
    await invite(cycle, 'dewi@semarangkota.go.id', 'id');

    expect((await (scheduler as Scheduler).tick()).mail).toEqual({ sent: 0, retrying: 0, failed: 1 });
    let [mail] = await outbox();
    expect(mail).toMatchObject({ status: 'failed', attempts: 1, next_attempt_at: null });
    expect(mail?.last_error).toContain('550');
    clock.advance(24 * 3_600_000);
    expect((await (scheduler as Scheduler).tick()).mail.failed).toBe(0);

    sink.rejectRecipients.clear();
    // A day later the admin's session has ended: sign in again.
    const admin = { ...cycle.admin, ...(await signIn(app as FastifyInstance, cycle.admin.email as string)) };
    const failed = await callAs(app as FastifyInstance, admin, { url: '/api/admin/outbox?status=failed' });
    expect(failed.json()).toMatchObject({ total: 1, delivery: { configured: true } });
    const retry = await callAs(app as FastifyInstance, admin, {
      method: 'POST',
      url: `/api/admin/outbox/${mail?.id}/retry`,
    });
    expect(retry.statusCode).toBe(200);
    expect((await (scheduler as Scheduler).tick()).mail.sent).toBe(1);
    [mail] = await outbox();
    expect(mail).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sink.received.map((m) => m.to)).toEqual([['dewi@semarangkota.go.id']]);
  });
});
