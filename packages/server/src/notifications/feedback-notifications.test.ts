/**
 * Citizen feedback notices through a real SMTP server: forwarding tells the institution's focal
 * point, in their language, with a link; overdue feedback is escalated once, recorded and audited.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import type { Config } from '../config.js';
import { feedbackOverdueJob } from '../jobs/feedback-overdue.job.js';
import { Scheduler } from '../jobs/scheduler.js';
import { buildTestApp } from '../test-support/app.js';
import { testConfig, testContext } from '../test-support/context.js';
import { type Cycle, startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { EASY_FEEDBACK, submitThroughForm } from '../test-support/feedback.js';
import { FIXTURE_INSTITUTIONS } from '../test-support/fixture.js';
import { callAs, signIn } from '../test-support/principals.js';
import { type SmtpSink, startSmtpSink } from '../test-support/smtp-sink.js';

const PUBLIC_URL = 'https://pantau.example.go.id';

describeEachDatabase('feedback notices', (database) => {
  let app: FastifyInstance;
  let sink: SmtpSink;
  let scheduler: Scheduler;
  let cycle: Cycle;
  // Monday 23 November 2026, 10:00 WIB.
  const clock = fixedClock('2026-11-23T03:00:00.000Z');

  beforeEach(async () => {
    clock.set('2026-11-23T03:00:00.000Z');
    sink = await startSmtpSink();
    const overrides: Partial<Config> = {
      publicUrl: PUBLIC_URL,
      feedback: EASY_FEEDBACK,
      holidays: ['2026-11-30'],
      mail: { smtpUrl: sink.url, from: 'Pantau <no-reply@pantau.example.go.id>' },
      scheduler: { ...testConfig().scheduler },
    };
    app = await buildTestApp(database(), clock, overrides);
    cycle = await startCycle(app, database(), clock);
    scheduler = new Scheduler(testContext(database(), clock, overrides), {
      jobs: [feedbackOverdueJob],
      workerId: 'penjadwal',
    });
    await database()
      .db.updateTable('users')
      .set({ locale: 'en' })
      .where('id', '=', cycle.focalPoint.userId as number)
      .execute();
  });
  afterEach(async () => {
    await scheduler.stop();
    await app.close();
    await sink.close();
  });

  /** Submits feedback about Semarang (from `email` when given). */
  async function submitted(message: string, email?: string): Promise<string> {
    const sent = await submitThroughForm(app, {
      kind: 'pengaduan',
      institution: FIXTURE_INSTITUTIONS.semarang,
      output: '1.1',
      message,
      ...(email ? { email } : {}),
    });
    expect(sent.statusCode).toBe(201);
    return sent.json().ticket;
  }

  /** Submits feedback about Semarang and has admin (signed in afresh) accept and forward it. */
  async function forwarded(message: string, email?: string): Promise<{ id: number; ticket: string }> {
    const ticket = await submitted(message, email);
    const admin = { ...cycle.admin, ...(await signIn(app, cycle.admin.email as string)) };
    const listed = (await callAs(app, admin, { url: '/api/feedback?status=submitted' })).json();
    const id = listed.items.find((item: { ticket: string }) => item.ticket === ticket).id as number;
    const moderated = await callAs(app, admin, {
      method: 'POST',
      url: `/api/feedback/${id}/moderate`,
      payload: { decision: 'accept', publicMessage: message },
    });
    expect(moderated.statusCode).toBe(200);
    return { id, ticket };
  }

  it('mails the focal point of the institution when feedback is forwarded, in their language, with a link', async () => {
    const { id, ticket } = await forwarded('Loket perizinan meminta biaya tambahan tanpa kuitansi resmi.');

    expect((await scheduler.tick()).mail).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail?.to).toEqual([cycle.focalPoint.email]);
    expect(mail?.subject).toBe(`[Pantau] Public feedback ${ticket} forwarded`);
    expect(mail?.text).toContain('Loket perizinan meminta biaya tambahan tanpa kuitansi resmi.');
    expect(mail?.text).toContain('Please answer by');
    // The link opens the item on the feedback desk (the public ticket page does not show it to staff).
    expect(mail?.text).toContain(`${PUBLIC_URL}/kerja/aduan/${id}`);
    expect(mail?.html).toContain(`href="${PUBLIC_URL}/kerja/aduan/${id}"`);

    const inbox = (await callAs(app, cycle.focalPoint, { url: '/api/notifications' })).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'feedback_forwarded', link: `${PUBLIC_URL}/kerja/aduan/${id}` });
    // Nobody else hears of it: not the other institution, not the contributor.
    expect((await callAs(app, cycle.otherFocalPoint, { url: '/api/notifications' })).json().total).toBe(0);
    expect((await callAs(app, cycle.contributor, { url: '/api/notifications' })).json().total).toBe(0);
  });

  it('escalates overdue feedback to the focal point once, recorded and audited, and leaves answered feedback alone', async () => {
    const late = await forwarded('Pengurusan KTP di kecamatan dipungut biaya di luar ketentuan.');
    const answered = await forwarded('Jadwal pelayanan puskesmas tidak sesuai pengumuman di papan.');
    const focal = { ...cycle.focalPoint, ...(await signIn(app, cycle.focalPoint.email as string)) };
    const answer = await callAs(app, focal, {
      method: 'POST',
      url: `/api/feedback/${answered.id}/answer`,
      payload: { answer: 'Jadwal sudah diperbaiki dan diumumkan ulang.', publish: false },
    });
    expect(answer.statusCode).toBe(200);
    await scheduler.tick();
    sink.received.length = 0;

    // Due on Thursday 3 December: on the 3rd nothing is overdue yet.
    clock.set('2026-12-03T10:00:00.000Z');
    expect((await scheduler.tick()).runs).toEqual([]);
    // Friday the 4th before 08:00 WIB: the morning check has not come yet.
    clock.set('2026-12-04T00:30:00.000Z');
    expect((await scheduler.tick()).runs).toEqual([]);

    clock.set('2026-12-04T01:00:00.000Z');
    const tick = await scheduler.tick();
    expect(tick.runs).toMatchObject([
      { kind: 'feedback_overdue', key: '2026-12-04', status: 'done', result: '1 aduan, 1 focal point' },
    ]);
    expect(tick.mail.sent).toBe(1);
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]).toMatchObject({
      to: [cycle.focalPoint.email],
      subject: `[Pantau] Overdue: feedback ${late.ticket} not answered`,
    });
    expect(sink.received[0]?.text).toContain(`${PUBLIC_URL}/kerja/aduan/${late.id}`);

    // Later ticks and later mornings do not notify the same feedback again.
    expect((await scheduler.tick()).runs).toEqual([]);
    clock.set('2026-12-05T01:00:00.000Z');
    expect((await scheduler.tick()).runs).toEqual([]);
    clock.set('2026-12-08T02:00:00.000Z');
    expect((await scheduler.tick()).runs).toEqual([]);
    expect(sink.received).toHaveLength(1);

    const { db } = database();
    const notes = await db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'feedback_overdue')
      .execute();
    expect(notes).toEqual([{ user_id: cycle.focalPoint.userId }]);
    const events = await db
      .selectFrom('feedback_events')
      .select(['feedback_id', 'actor_label'])
      .where('action', '=', 'overdue_notice')
      .execute();
    expect(events).toEqual([{ feedback_id: late.id, actor_label: 'system:scheduler' }]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor_label', 'entity_id'])
      .where('action', '=', 'feedback.overdue_notice')
      .execute();
    expect(audit).toEqual([{ actor_label: 'system:scheduler', entity_id: String(late.id) }]);
  });

  it('mails a sender who left an address when the feedback is answered or rejected, with the ticket link', async () => {
    const answered = await forwarded('Antrean layanan KTP tidak tertib dan tanpa nomor urut.', 'warga@example.org');
    const focal = { ...cycle.focalPoint, ...(await signIn(app, cycle.focalPoint.email as string)) };
    const answer = 'Mulai pekan depan loket memakai nomor antrean elektronik.';
    expect(
      (
        await callAs(app, focal, {
          method: 'POST',
          url: `/api/feedback/${answered.id}/answer`,
          payload: { answer, publish: true },
        })
      ).statusCode,
    ).toBe(200);
    const rejectedTicket = await submitted('Iklan jasa pengurusan izin cepat, hubungi nomor ini.', 'iklan@example.org');
    const admin = { ...cycle.admin, ...(await signIn(app, cycle.admin.email as string)) };
    const listed = (await callAs(app, admin, { url: '/api/feedback?status=submitted' })).json();
    const rejected = listed.items.find((item: { ticket: string }) => item.ticket === rejectedTicket);
    await callAs(app, admin, {
      method: 'POST',
      url: `/api/feedback/${rejected.id}/moderate`,
      payload: { decision: 'reject', reason: 'Bukan aduan tentang aksi pencegahan korupsi' },
    });

    await scheduler.tick();
    const toSender = (address: string) => sink.received.find((mail) => mail.to.includes(address));
    const answerMail = toSender('warga@example.org');
    expect(answerMail?.subject).toBe(
      `[Pantau] Aduan/usulan ${answered.ticket} telah dijawab / Your feedback ${answered.ticket} has been answered`,
    );
    expect(answerMail?.text).toContain(answer);
    expect(answerMail?.text).toContain(`${PUBLIC_URL}/aduan/${answered.ticket}`);
    const rejectionMail = toSender('iklan@example.org');
    expect(rejectionMail?.text).toContain('Bukan aduan tentang aksi pencegahan korupsi');
    expect(rejectionMail?.html).toContain(`href="${PUBLIC_URL}/aduan/${rejectedTicket}"`);
    // A sender without an address is not mailed; the focal point got only the forwarding notice.
    expect(sink.received.map((mail) => mail.to[0]).sort()).toEqual(
      ['iklan@example.org', cycle.focalPoint.email, 'warga@example.org'].sort(),
    );
  });
});
