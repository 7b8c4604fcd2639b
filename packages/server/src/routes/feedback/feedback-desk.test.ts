/**
 * What the feedback desk needs of the API: the count per state for its tabs (within the caller's
 * reach), queues in the order their work is due, working days left to answer (skipping weekends and
 * holidays), forwarding to another institution than the sender named, and publishing or
 * withdrawing an answer later — each audited.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { EASY_FEEDBACK, insertTestFeedback } from '../../test-support/feedback.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { callAs, type Principal } from '../../test-support/principals.js';

const { semarang, surabaya } = FIXTURE_INSTITUTIONS;

describeEachDatabase('feedback desk', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  // Friday 27 November 2026, 10:00 WIB; Monday 30 November is a holiday.
  const clock = fixedClock('2026-11-27T03:00:00.000Z');

  beforeEach(async () => {
    clock.set('2026-11-27T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { feedback: EASY_FEEDBACK, holidays: ['2026-11-30'] });
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app.close());

  const get = async (who: Principal, url: string) => {
    const response = await callAs(app, who, { url });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const post = (who: Principal, url: string, payload: object) => callAs(app, who, { method: 'POST', url, payload });
  const item = (
    institutionCode: string,
    status: 'submitted' | 'rejected' | 'forwarded' | 'answered',
    extra: { dueOn?: string; at?: string; published?: boolean } = {},
  ) => insertTestFeedback(database(), { institutionCode, status, ...extra });
  const auditActions = async () =>
    (await database().db.selectFrom('audit_log').select('action').orderBy('seq').execute()).map((row) => row.action);

  it('counts each state within reach, lists queues in the order work is due, with working days left', async () => {
    const older = await item(semarang, 'submitted', { at: '2026-11-20T03:00:00.000Z' });
    const newer = await item(semarang, 'submitted', { at: '2026-11-26T03:00:00.000Z' });
    await item(semarang, 'rejected');
    const dueLater = await item(semarang, 'forwarded', { dueOn: '2026-12-04' });
    const dueSooner = await item(semarang, 'forwarded', { dueOn: '2026-12-01' });
    const late = await item(semarang, 'forwarded', { dueOn: '2026-11-25' });
    await item(semarang, 'answered');
    await item(surabaya, 'forwarded', { dueOn: '2026-12-04' });

    const all = await get(cycle.admin, '/api/feedback?limit=1');
    expect(all.counts).toEqual({ submitted: 2, forwarded: 4, overdue: 1, answered: 1, rejected: 1 });
    // A focal point counts only what was forwarded to its own institution.
    const own = await get(cycle.focalPoint, '/api/feedback?status=submitted');
    expect(own.counts).toEqual({ submitted: 0, forwarded: 3, overdue: 1, answered: 1, rejected: 0 });
    expect(own.total).toBe(0);

    const moderation = await get(cycle.admin, '/api/feedback?status=submitted');
    expect(moderation.items.map((f: { id: number }) => f.id)).toEqual([older.id, newer.id]);

    const answers = await get(cycle.focalPoint, '/api/feedback?status=forwarded');
    expect(answers.items.map((f: { id: number; workingDaysLeft: number }) => [f.id, f.workingDaysLeft])).toEqual([
      // Late since Wednesday 25 Nov: Thursday and Friday.
      [late.id, -2],
      // Due Tuesday 1 Dec: Monday 30 Nov is a holiday, so Tuesday is the one working day left.
      [dueSooner.id, 1],
      [dueLater.id, 4],
    ]);
    const overdue = await get(cycle.focalPoint, '/api/feedback?overdue=true');
    expect(overdue.items).toMatchObject([{ id: late.id, overdue: true, workingDaysLeft: -2 }]);
    const answered = await get(cycle.admin, '/api/feedback?status=answered');
    expect(answered.items[0].workingDaysLeft).toBeNull();
  });

  it('forwards to another institution than the sender named, and refuses an unknown one', async () => {
    const { id } = await item(semarang, 'submitted');
    const unknown = await post(cycle.admin, `/api/feedback/${id}/moderate`, {
      decision: 'accept',
      institution: '99.99',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([{ path: 'body.institution', message: '99.99' }]);

    const forwarded = await post(cycle.admin, `/api/feedback/${id}/moderate`, {
      decision: 'accept',
      institution: surabaya,
      reason: 'Layanan ini milik Kota Surabaya',
    });
    expect(forwarded.statusCode).toBe(200);
    expect(forwarded.json()).toMatchObject({
      status: 'forwarded',
      institution: { code: surabaya },
      // Friday 27 Nov + 7 working days, skipping Monday 30 Nov: Wednesday 9 Dec.
      dueOn: '2026-12-09',
      workingDaysLeft: 7,
    });
    expect(forwarded.json().events.map((e: { action: string }) => e.action)).toEqual(['reroute', 'forward']);
    expect(forwarded.json().events[0].reason).toBe(`${semarang} → ${surabaya}`);
    // Now it is Surabaya's: its focal point is told and reaches it, Semarang's does not.
    expect((await get(cycle.otherFocalPoint, '/api/notifications')).items[0]).toMatchObject({
      kind: 'feedback_forwarded',
      link: expect.stringMatching(new RegExp(`/kerja/aduan/${id}$`)),
    });
    expect((await callAs(app, cycle.focalPoint, { url: `/api/feedback/${id}` })).statusCode).toBe(404);
    const audit = await database()
      .db.selectFrom('audit_log')
      .select('change')
      .where('action', '=', 'feedback.forward')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.change)).toMatchObject({ institution: surabaya, namedBySender: semarang });
  });

  it('publishes an answer kept private, and withdraws it only with a reason', async () => {
    const { id } = await item(semarang, 'answered', { published: false });
    const publicList = async () => (await app.inject(`/api/public/feedback?institution=${semarang}`)).json().total;
    expect(await publicList()).toBe(0);

    const published = await post(cycle.focalPoint, `/api/feedback/${id}/publication`, { publish: true });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ published: true });
    expect(await publicList()).toBe(1);
    // Asking again changes nothing and records nothing.
    await post(cycle.focalPoint, `/api/feedback/${id}/publication`, { publish: true });

    const noReason = await post(cycle.focalPoint, `/api/feedback/${id}/publication`, { publish: false });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].path).toBe('body.reason');
    const withdrawn = await post(cycle.focalPoint, `/api/feedback/${id}/publication`, {
      publish: false,
      reason: 'Jawaban memuat nama petugas',
    });
    expect(withdrawn.json()).toMatchObject({ published: false });
    expect(withdrawn.json().events.map((e: { action: string; reason: string | null }) => [e.action, e.reason])).toEqual(
      [
        ['publish', null],
        ['unpublish', 'Jawaban memuat nama petugas'],
      ],
    );
    expect(await publicList()).toBe(0);
    expect((await auditActions()).filter((action) => action.startsWith('feedback.'))).toEqual([
      'feedback.publish',
      'feedback.unpublish',
    ]);

    // Another institution's focal point cannot reach it; an unanswered item cannot be published.
    expect((await post(cycle.otherFocalPoint, `/api/feedback/${id}/publication`, { publish: true })).statusCode).toBe(
      404,
    );
    const open = await item(semarang, 'forwarded');
    const early = await post(cycle.focalPoint, `/api/feedback/${open.id}/publication`, { publish: true });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('feedback_not_answered');
  });
});
