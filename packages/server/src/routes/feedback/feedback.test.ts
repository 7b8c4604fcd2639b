import { createHash } from 'node:crypto';
import { solveProofOfWork } from '@pantau/core';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { listOverdueFeedback } from '../../services/feedback/feedback-moderation.service.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { challengeDifficulty, EASY_FEEDBACK, solvedChallenge, submitThroughForm } from '../../test-support/feedback.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { callAs, type Principal, signIn } from '../../test-support/principals.js';

const SENDER = { name: 'Siti Pelapor Rahasia', email: 'Siti.Rahasia@contoh.id', phone: '0812-3456-7890' };
const MESSAGE = 'Pengurusan izin usaha di Kota Semarang dimintai biaya tambahan tanpa kuitansi oleh petugas loket.';
const sha256 = (text: string) => new Uint8Array(createHash('sha256').update(text, 'utf8').digest());

describeEachDatabase('citizen feedback', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  // Monday 23 November 2026, 10:00 WIB.
  const clock = fixedClock('2026-11-23T03:00:00.000Z');

  beforeEach(async () => {
    clock.set('2026-11-23T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { feedback: EASY_FEEDBACK, holidays: ['2026-11-30'] });
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app.close());

  /** Signs in again after the clock moved past the session's idle expiry. */
  const fresh = async (principal: Principal): Promise<Principal> => ({
    ...principal,
    ...(await signIn(app, principal.email as string)),
  });

  const submit = (body: Record<string, unknown> = {}, ip?: string) =>
    submitThroughForm(
      app,
      { kind: 'pengaduan', institution: FIXTURE_INSTITUTIONS.semarang, output: '1.1', message: MESSAGE, ...body },
      ip,
    );

  it('takes feedback through moderation and an answer, and never shows the sender publicly', async () => {
    const sent = await submit(SENDER);
    expect(sent.statusCode).toBe(201);
    const { ticket } = sent.json();
    expect(ticket).toMatch(/^PNT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    // The sender follows it by ticket, typed loosely.
    const loose = ticket.toLowerCase().replaceAll('-', ' ');
    const first = await app.inject(`/api/public/feedback/${encodeURIComponent(loose)}`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ ticket, status: 'submitted', outputCode: '1.1', aksiCode: '1', answer: null });

    // Admin sees the sender; an observer and the institution do not; the institution sees nothing before forwarding.
    const adminList = (await callAs(app, cycle.admin, { url: '/api/feedback?status=submitted' })).json();
    expect(adminList.items[0]).toMatchObject({
      ticket,
      sender: { name: SENDER.name, email: 'siti.rahasia@contoh.id' },
    });
    const id = adminList.items[0].id;
    expect((await callAs(app, cycle.observer, { url: `/api/feedback/${id}` })).json().sender).toBeNull();
    expect((await callAs(app, cycle.focalPoint, { url: '/api/feedback' })).json().total).toBe(0);
    expect((await callAs(app, cycle.focalPoint, { url: `/api/feedback/${id}` })).statusCode).toBe(404);

    // Accept and forward: due 7 working days later, skipping the weekend and the configured holiday (Mon 30 Nov).
    const moderated = await callAs(app, cycle.admin, {
      method: 'POST',
      url: `/api/feedback/${id}/moderate`,
      payload: { decision: 'accept', publicMessage: 'Ada laporan pungutan tanpa kuitansi di loket perizinan.' },
    });
    expect(moderated.statusCode).toBe(200);
    expect(moderated.json()).toMatchObject({ status: 'forwarded', dueOn: '2026-12-03' });
    expect(
      (
        await callAs(app, cycle.admin, {
          method: 'POST',
          url: `/api/feedback/${id}/moderate`,
          payload: { decision: 'accept' },
        })
      ).statusCode,
    ).toBe(409);

    // The institution's focal point sees it without the sender; another institution's cannot see or answer it.
    const mine = (await callAs(app, cycle.focalPoint, { url: '/api/feedback' })).json();
    expect(mine.items.map((i: { id: number }) => i.id)).toEqual([id]);
    expect(mine.items[0].sender).toBeNull();
    expect(JSON.stringify(mine)).not.toContain(SENDER.name);
    expect((await callAs(app, cycle.otherFocalPoint, { url: `/api/feedback/${id}` })).statusCode).toBe(404);
    expect((await callAs(app, cycle.otherFocalPoint, { url: '/api/feedback' })).json().total).toBe(0);
    const foreign = await callAs(app, cycle.otherFocalPoint, {
      method: 'POST',
      url: `/api/feedback/${id}/answer`,
      payload: { answer: 'Bukan urusan kami sama sekali.', publish: true },
    });
    expect(foreign.statusCode).toBe(404);

    clock.set('2026-11-25T05:00:00.000Z');
    const answered = await callAs(app, await fresh(cycle.focalPoint), {
      method: 'POST',
      url: `/api/feedback/${id}/answer`,
      payload: { answer: 'Petugas sudah diperiksa Inspektorat dan biaya dikembalikan.', publish: true },
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json().events.map((e: { action: string }) => e.action)).toEqual(['submit', 'forward', 'answer']);

    const followed = (await app.inject(`/api/public/feedback/${ticket}`)).json();
    expect(followed).toMatchObject({
      status: 'answered',
      published: true,
      answer: 'Petugas sudah diperiksa Inspektorat dan biaya dikembalikan.',
      message: 'Ada laporan pungutan tanpa kuitansi di loket perizinan.',
      dueOn: '2026-12-03',
    });
    const listed = (await app.inject(`/api/public/feedback?institution=${FIXTURE_INSTITUTIONS.semarang}`)).json();
    expect(listed.items).toEqual([
      expect.objectContaining({
        kind: 'pengaduan',
        message: 'Ada laporan pungutan tanpa kuitansi di loket perizinan.',
        answeredOn: '2026-11-25',
        answeredOnTime: true,
      }),
    ]);
    const page = (await app.inject(`/api/public/institutions/${FIXTURE_INSTITUTIONS.semarang}`)).json();
    expect(page.feedbackAnswered).toBe(1);

    // Nothing public, and nothing in the audit log, holds the sender's details or the original words.
    const publicBodies = [
      JSON.stringify(followed),
      JSON.stringify(listed),
      (await app.inject('/api/public/feedback?format=csv')).body,
    ].join('\n');
    const audit = (await database().db.selectFrom('audit_log').select(['change', 'actor_label']).execute())
      .map((e) => `${e.actor_label} ${e.change}`)
      .join('\n');
    for (const secret of [
      SENDER.name,
      'siti.rahasia',
      SENDER.email,
      SENDER.phone,
      'tanpa kuitansi oleh petugas loket',
    ]) {
      expect(publicBodies).not.toContain(secret);
      expect(audit).not.toContain(secret);
    }
    expect(audit).toContain('system:public');
  });

  it('answers within a rejection its reason, and refuses a rejection without one', async () => {
    const { ticket } = (await submit()).json();
    const id = (await callAs(app, cycle.admin, { url: '/api/feedback' })).json().items[0].id;
    const bare = await callAs(app, cycle.admin, {
      method: 'POST',
      url: `/api/feedback/${id}/moderate`,
      payload: { decision: 'reject' },
    });
    expect(bare.statusCode).toBe(400);
    await callAs(app, cycle.admin, {
      method: 'POST',
      url: `/api/feedback/${id}/moderate`,
      payload: { decision: 'reject', reason: 'Isi tidak terkait aksi pencegahan korupsi.' },
    });
    expect((await app.inject(`/api/public/feedback/${ticket}`)).json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Isi tidak terkait aksi pencegahan korupsi.',
      message: null,
    });
    expect((await callAs(app, cycle.focalPoint, { url: `/api/feedback/${id}` })).statusCode).toBe(404);
    expect((await app.inject('/api/public/feedback')).json().total).toBe(0);
  });

  it('lists forwarded feedback past its answer date as overdue, for admin and for escalation', async () => {
    const { ticket } = (await submit()).json();
    const id = (await callAs(app, cycle.admin, { url: '/api/feedback' })).json().items[0].id;
    await callAs(app, cycle.admin, {
      method: 'POST',
      url: `/api/feedback/${id}/moderate`,
      payload: { decision: 'accept' },
    });
    // Due Thu 3 Dec 2026: still in time that day, overdue from Friday.
    clock.set('2026-12-03T10:00:00.000Z');
    const admin = await fresh(cycle.admin);
    expect((await callAs(app, admin, { url: '/api/feedback?overdue=true' })).json().total).toBe(0);
    expect(await listOverdueFeedback(database().db, '2026-12-03')).toEqual([]);
    clock.set('2026-12-04T01:00:00.000Z');
    const overdue = (await callAs(app, await fresh(admin), { url: '/api/feedback?overdue=true' })).json();
    expect(overdue.items).toEqual([expect.objectContaining({ id, overdue: true, status: 'forwarded' })]);
    expect((await app.inject(`/api/public/feedback/${ticket}`)).json().status).toBe('overdue');
    expect(await listOverdueFeedback(database().db, '2026-12-04')).toEqual([
      expect.objectContaining({ id, ticket, institutionCode: '33.74', dueOn: '2026-12-03' }),
    ]);
    // A late answer is still taken, and shown as late.
    await callAs(app, await fresh(cycle.focalPoint), {
      method: 'POST',
      url: `/api/feedback/${id}/answer`,
      payload: { answer: 'Maaf terlambat, sudah kami tindak lanjuti.', publish: true },
    });
    expect((await app.inject('/api/public/feedback')).json().items[0].answeredOnTime).toBe(false);
    expect(await listOverdueFeedback(database().db, '2026-12-04')).toEqual([]);
  });

  it('never refuses an address for volume: the proof of work grows with it, bounded', async () => {
    await app.close();
    app = await buildTestApp(database(), clock, {
      feedback: { ...EASY_FEEDBACK, powBits: 2, perHour: 5, perDay: 20, maxExtraBits: 3 },
    });
    const busy = '198.51.100.1';
    const difficulties: number[] = [];
    for (let n = 0; n < 12; n++) {
      difficulties.push(await challengeDifficulty(app, busy));
      expect((await submit({}, busy)).statusCode).toBe(201);
    }
    // Base up to 5 in the hour, +1 bit from 5, +2 from 10 (each doubling of the volume).
    expect(difficulties).toEqual([2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4]);
    // Another address is not affected.
    expect(await challengeDifficulty(app, '198.51.100.2')).toBe(2);

    // A challenge fetched before others sent from the same address is too easy by the time it comes back.
    const early = await solvedChallenge(app, busy);
    for (let n = 0; n < 8; n++) expect((await submit({}, busy)).statusCode).toBe(201);
    const stale = await app.inject({
      method: 'POST',
      url: '/api/public/feedback',
      remoteAddress: busy,
      payload: { kind: 'usulan', institution: '33.74', message: MESSAGE, ...early },
    });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().error.code).toBe('proof_of_work_harder');
    expect(stale.json().error.message).toMatch(/pemeriksaan anti-spam menjadi lebih berat.*kirim lagi/);

    // Bounded: however many, never more than base + 3 bits, and still accepted.
    for (let n = 0; n < 20; n++) expect((await submit({}, busy)).statusCode).toBe(201);
    expect(await challengeDifficulty(app, busy)).toBe(5);
    // An hour later the hour's volume is forgotten; the day's (41 of an allowance of 20) still counts: +2.
    clock.advance(3_600_001);
    expect(await challengeDifficulty(app, busy)).toBe(4);
    // Addresses are stored only as keyed hashes.
    const keys = await database().db.selectFrom('feedback_attempts').select('key').execute();
    expect(keys.every((k) => !k.key.includes('198.51'))).toBe(true);
  });

  it('answers a filled honeypot like any submission, and stores nothing', async () => {
    const trap = await submit({ website: 'https://promo.example' });
    expect(trap.statusCode).toBe(201);
    expect(trap.json()).toMatchObject({ status: 'submitted', ticket: expect.stringMatching(/^PNT-/) });
    expect((await app.inject(`/api/public/feedback/${trap.json().ticket}`)).statusCode).toBe(404);
    expect(await database().db.selectFrom('feedback').selectAll().execute()).toEqual([]);
  });

  it('refuses a missing, forged, reused or expired proof of work', async () => {
    const body = { kind: 'usulan', institution: '33.74', message: MESSAGE };
    const post = (payload: object) => app.inject({ method: 'POST', url: '/api/public/feedback', payload });
    const solved = await solvedChallenge(app);
    expect((await post({ ...body, ...solved })).statusCode).toBe(201);
    const reused = await post({ ...body, ...solved });
    expect(reused.json().error.code).toBe('challenge_used');

    const { challenge } = (await app.inject('/api/public/feedback/challenge')).json();
    const forged = challenge.replace(/\.2\./, '.0.');
    const forgedNonce = await solveProofOfWork(forged, 0, sha256);
    expect((await post({ ...body, challenge: forged, nonce: forgedNonce })).json().error.code).toBe(
      'challenge_invalid',
    );

    const weak = await solvedChallenge(app);
    await app.close();
    app = await buildTestApp(database(), clock, { feedback: { ...EASY_FEEDBACK, powBits: 12 } });
    expect((await post({ ...body, ...weak })).json().error.code).toBe('proof_of_work_failed');

    const late = await solvedChallenge(app);
    clock.advance(16 * 60_000);
    const expired = await post({ ...body, ...late });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.code).toBe('challenge_expired');
    expect(expired.json().error.message).toContain('Muat ulang formulir');
  });

  it('finds the institution by its name as the form lists it, and says clearly when a name fits none or several', async () => {
    for (const institution of ['Kota Semarang', 'kota semarang', 'Kota Semarang (33.74)', '33.74']) {
      const sent = await submit({ institution, output: undefined });
      expect(sent.statusCode, institution).toBe(201);
      const view = (await app.inject(`/api/public/feedback/${sent.json().ticket}`)).json();
      expect(view.institution.name, institution).toBe('Kota Semarang');
    }
    const several = await submit({ institution: 'Kota', output: undefined });
    expect(several.statusCode).toBe(400);
    expect(several.json().error.details).toEqual([
      {
        path: 'body.institution',
        message: expect.stringMatching(/^Beberapa instansi cocok dengan "Kota": .*Kota Semarang \(33\.74\)/),
      },
    ]);
    const none = await app.inject({
      method: 'POST',
      url: '/api/public/feedback',
      remoteAddress: '203.0.113.7',
      headers: { 'accept-language': 'en' },
      payload: { kind: 'usulan', institution: 'Atlantis', message: MESSAGE, ...(await solvedChallenge(app)) },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toMatch(/^No institution is called "Atlantis"/);
    expect(none.json().error.details[0].message).toMatch(/^No institution is called "Atlantis"/);
    expect(JSON.stringify(none.json())).not.toContain('unknown');
  });

  it('refuses unknown institutions and codes, and codes that do not fit together', async () => {
    expect((await submit({ institution: '99.99' })).statusCode).toBe(400);
    expect((await submit({ output: '42.1' })).statusCode).toBe(400);
    expect((await submit({ aksi: '2', output: '1.1' })).statusCode).toBe(400);
    expect((await submit({ output: undefined, aksi: '3' })).statusCode).toBe(201);
  });

  it('keeps one generated signing key per installation, or uses PANTAU_SECRET', async () => {
    await app.inject('/api/public/feedback/challenge');
    const stored = await database().db.selectFrom('settings').selectAll().where('key', '=', 'server_secret').execute();
    expect(stored).toHaveLength(1);
    // A second app process over the same database verifies the first one's challenges.
    const solved = await solvedChallenge(app);
    const other = await buildTestApp(database(), clock, { feedback: EASY_FEEDBACK });
    const accepted = await other.inject({
      method: 'POST',
      url: '/api/public/feedback',
      payload: { kind: 'usulan', institution: '33.74', message: MESSAGE, ...solved },
    });
    expect(accepted.statusCode).toBe(201);
    await other.close();
    // With PANTAU_SECRET, challenges signed with the stored key are no longer valid.
    const configured = await buildTestApp(database(), clock, { feedback: EASY_FEEDBACK, secret: 'k'.repeat(40) });
    const refused = await configured.inject({
      method: 'POST',
      url: '/api/public/feedback',
      payload: { kind: 'usulan', institution: '33.74', message: MESSAGE, ...(await solvedChallenge(app)) },
    });
    expect(refused.json().error.code).toBe('challenge_invalid');
    await configured.close();
  });
});
