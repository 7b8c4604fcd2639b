import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import type { Database } from '../db/database.js';
import { Scheduler } from '../jobs/scheduler.js';
import { buildTestApp } from '../test-support/app.js';
import { testContext } from '../test-support/context.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { callAs, type Principal } from '../test-support/principals.js';

const PUBLIC_URL = 'https://pantau.example.go.id';

describeEachDatabase('notifications', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  beforeEach(async () => {
    clock.set('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { publicUrl: PUBLIC_URL });
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app?.close());

  const api = () => cycleApi(app);
  const setLocale = (who: Principal, locale: 'id' | 'en') =>
    database()
      .db.updateTable('users')
      .set({ locale })
      .where('id', '=', who.userId as number)
      .execute();
  const inbox = async (who: Principal) => (await callAs(app, who, { url: '/api/notifications' })).json();
  const outboxTo = (db: Database, email: string | null) =>
    db.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', email as string)
      .orderBy('id')
      .execute();

  async function readyReport(targetCode: string) {
    const opened = (await api().open(cycle.contributor, targetCode)).json();
    await api().upload(cycle.contributor, opened.id, 'laporan.pdf', PDF, 0);
    const ready = (
      await api().move(cycle.contributor, opened.id, { action: 'mark_ready', version: opened.version })
    ).json();
    return ready as { id: number; version: number };
  }

  it('tells the focal point a report waits, then the institution about revision and acceptance, each in their language', async () => {
    await setLocale(cycle.focalPoint, 'en');
    const report = await readyReport('1.1-TW2');

    const waiting = await inbox(cycle.focalPoint);
    expect(waiting.unread).toBe(1);
    expect(waiting.items[0]).toMatchObject({
      kind: 'review_waiting',
      title: 'Waiting for your review: report 1.1-TW2',
      link: `${PUBLIC_URL}/kerja/laporan/${report.id}`,
      readAt: null,
    });
    expect((await inbox(cycle.contributor)).total).toBe(0);
    const [mail] = await outboxTo(database(), cycle.focalPoint.email);
    expect(mail).toMatchObject({
      kind: 'review_waiting',
      status: 'pending',
      subject: '[Pantau] Waiting for your review: report 1.1-TW2',
    });
    expect(mail?.text_body).toContain(`${PUBLIC_URL}/kerja/laporan/${report.id}`);

    let moved = (await api().move(cycle.focalPoint, report.id, { action: 'submit', version: report.version })).json();
    moved = (
      await api().move(cycle.verifier, report.id, {
        action: 'request_revision',
        version: moved.version,
        reason: 'Lampirkan berita acara rapat',
      })
    ).json();
    expect(moved.state).toBe('revision_requested');
    const [contributorNote] = (await inbox(cycle.contributor)).items;
    expect(contributorNote).toMatchObject({
      kind: 'revision_requested',
      title: 'Perlu perbaikan: laporan 1.1-TW2',
    });
    expect(contributorNote.body).toContain('Lampirkan berita acara rapat');
    expect((await inbox(cycle.focalPoint)).items[0]).toMatchObject({
      kind: 'revision_requested',
      title: 'Revision requested: report 1.1-TW2',
    });
    expect((await inbox(cycle.verifier)).total).toBe(0);
    expect((await inbox(cycle.otherFocalPoint)).total).toBe(0);

    moved = (await api().move(cycle.focalPoint, report.id, { action: 'submit', version: moved.version })).json();
    moved = (
      await api().move(cycle.verifier, report.id, {
        action: 'accept',
        version: moved.version,
        score: 85,
        qualityGrade: 'berdampak',
      })
    ).json();
    expect(moved.state).toBe('accepted');
    expect((await inbox(cycle.contributor)).items[0].body).toContain('Skor 85, kualitas berdampak.');
    expect((await inbox(cycle.focalPoint)).items[0].body).toContain('Score 85, quality with impact.');
    const kinds = (await outboxTo(database(), cycle.contributor.email)).map((m) => m.kind);
    expect(kinds).toEqual(['revision_requested', 'report_accepted']);
  });

  it("follows each user's channel choice, and collects digest kinds into one morning mail", async () => {
    const put = (who: Principal, items: object[]) =>
      callAs(app, who, { method: 'PUT', url: '/api/notifications/preferences', payload: { items } });
    expect(
      (
        await put(cycle.contributor, [
          { kind: 'revision_requested', channel: 'in_app', digest: false },
          { kind: 'report_accepted', channel: 'none', digest: false },
        ])
      ).statusCode,
    ).toBe(200);
    const digest = await put(cycle.focalPoint, [{ kind: 'revision_requested', channel: 'email', digest: true }]);
    expect(digest.json().items).toContainEqual({ kind: 'revision_requested', channel: 'email', digest: true });
    expect(digest.json().items).toContainEqual({ kind: 'deadline_reminder', channel: 'both', digest: false });
    const refused = await put(cycle.focalPoint, [{ kind: 'invitation', channel: 'none', digest: false }]);
    expect(refused.statusCode).toBe(400);

    const report = await readyReport('2.1-TW2');
    const submitted = (
      await api().move(cycle.focalPoint, report.id, { action: 'submit', version: report.version })
    ).json();
    await api().move(cycle.verifier, report.id, {
      action: 'request_revision',
      version: submitted.version,
      reason: 'Data dukung belum lengkap',
    });

    expect((await inbox(cycle.contributor)).items.map((n: { kind: string }) => n.kind)).toEqual(['revision_requested']);
    expect((await outboxTo(database(), cycle.contributor.email)).length).toBe(0);
    // E-mail only, in the digest: nothing in the app, nothing mailed yet besides the "review waiting" mail.
    expect((await inbox(cycle.focalPoint)).items.map((n: { kind: string }) => n.kind)).toEqual(['review_waiting']);
    expect((await outboxTo(database(), cycle.focalPoint.email)).map((m) => m.kind)).toEqual(['review_waiting']);

    clock.set('2025-07-02T00:00:00.000Z'); // 07:00 WIB
    const scheduler = new Scheduler(testContext(database(), clock, { publicUrl: PUBLIC_URL }), { transport: null });
    const tick = await scheduler.tick();
    expect(tick.runs.filter((r) => r.kind === 'daily_digest')).toMatchObject([{ key: '2025-07-02', status: 'done' }]);
    const mails = await outboxTo(database(), cycle.focalPoint.email);
    expect(mails.map((m) => m.kind)).toEqual(['review_waiting', 'digest']);
    expect(mails[1]?.subject).toBe('[Pantau] Ringkasan harian: 1 pemberitahuan');
    expect(mails[1]?.text_body).toContain('Data dukung belum lengkap');
    expect(mails[1]?.text_body).toContain(`${PUBLIC_URL}/kerja/laporan/${report.id}`);
    // The next morning's digest has nothing new to send.
    clock.set('2025-07-03T00:00:00.000Z');
    await scheduler.tick();
    expect((await outboxTo(database(), cycle.focalPoint.email)).length).toBe(2);
  });

  it('marks notifications read one by one or all at once, only the own ones', async () => {
    await readyReport('1.1-TW2');
    await readyReport('2.1-TW2');
    const before = await inbox(cycle.focalPoint);
    expect(before.unread).toBe(2);
    const first = before.items[0];
    const read = await callAs(app, cycle.focalPoint, { method: 'POST', url: `/api/notifications/${first.id}/read` });
    expect(read.json().readAt).toBe(clock.now().toISOString());
    const foreign = await callAs(app, cycle.contributor, {
      method: 'POST',
      url: `/api/notifications/${first.id}/read`,
    });
    expect(foreign.statusCode).toBe(404);
    const unread = (await callAs(app, cycle.focalPoint, { url: '/api/notifications?unread=true' })).json();
    expect(unread).toMatchObject({ total: 1, unread: 1 });
    // Filtered by kind: the total counts the kind, the unread count stays the whole inbox's.
    const waiting = (await callAs(app, cycle.focalPoint, { url: '/api/notifications?kind=review_waiting' })).json();
    expect(waiting).toMatchObject({ total: 2, unread: 1 });
    const none = (await callAs(app, cycle.focalPoint, { url: '/api/notifications?kind=report_accepted' })).json();
    expect(none).toMatchObject({ total: 0, unread: 1, items: [] });
    const badKind = await callAs(app, cycle.focalPoint, { url: '/api/notifications?kind=gosip' });
    expect(badKind.statusCode).toBe(400);
    const all = await callAs(app, cycle.focalPoint, { method: 'POST', url: '/api/notifications/read-all' });
    expect(all.json()).toEqual({ updated: 1 });
    expect((await inbox(cycle.focalPoint)).unread).toBe(0);
  });

  it('mails invitations and password resets to the account holder, and still returns the link to the issuer', async () => {
    const invited = await callAs(app, cycle.admin, {
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'baru@semarangkota.go.id',
        name: 'Sari Baru',
        roles: ['contributor'],
        institutionCode: '33.74',
        locale: 'en',
      },
    });
    expect(invited.statusCode).toBe(201);
    const { invitation, account } = invited.json();
    expect(invitation.url).toMatch(new RegExp(`^${PUBLIC_URL}/undangan/`));
    const [mail] = await outboxTo(database(), 'baru@semarangkota.go.id');
    expect(mail).toMatchObject({
      kind: 'invitation',
      user_id: account.id,
      subject: '[Pantau] Your invitation to Pantau',
    });
    expect(mail?.text_body).toContain(invitation.url);
    expect(mail?.html_body).toContain(invitation.url);

    const reset = await callAs(app, cycle.admin, {
      method: 'POST',
      url: `/api/users/${cycle.contributor.userId}/password-reset-link`,
    });
    const link = reset.json().url as string;
    const [resetMail] = await outboxTo(database(), cycle.contributor.email);
    expect(resetMail).toMatchObject({ kind: 'password_reset', subject: '[Pantau] Atur ulang kata sandi Pantau' });
    expect(resetMail?.text_body).toContain(link);
    // Account links never appear in the app's notification list.
    expect((await inbox(cycle.contributor)).total).toBe(0);
  });

  it('shows admin the outbox waiting for SMTP, retries a mail, and refuses a sent one', async () => {
    await readyReport('1.1-TW2');
    const page = await callAs(app, cycle.admin, {
      url: '/api/admin/outbox?status=pending',
      headers: { 'accept-language': 'en' },
    });
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.delivery).toMatchObject({ configured: false });
    expect(body.delivery.note).toContain('PANTAU_SMTP_URL');
    expect(body.counts).toMatchObject({ pending: 1, sending: 0, sent: 0, failed: 0 });
    expect(body.items[0]).toMatchObject({ to: cycle.focalPoint.email, status: 'pending', attempts: 0 });
    expect(body.items[0]).not.toHaveProperty('text_body');
    const id = body.items[0].id as number;

    await database()
      .db.updateTable('outbox')
      .set({ status: 'failed', last_error: '550 no' })
      .where('id', '=', id)
      .execute();
    const retried = await callAs(app, cycle.admin, { method: 'POST', url: `/api/admin/outbox/${id}/retry` });
    expect(retried.json()).toMatchObject({ id, status: 'pending', nextAttemptAt: clock.now().toISOString() });
    await database().db.updateTable('outbox').set({ status: 'sent' }).where('id', '=', id).execute();
    const again = await callAs(app, cycle.admin, { method: 'POST', url: `/api/admin/outbox/${id}/retry` });
    expect(again.statusCode).toBe(409);
    expect((await callAs(app, cycle.admin, { method: 'POST', url: '/api/admin/outbox/99999/retry' })).statusCode).toBe(
      404,
    );
  });
});
