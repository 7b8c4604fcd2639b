import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { systemActor } from '../audit/actor.js';
import { fixedClock } from '../clock.js';
import { type Database, openDatabase } from '../db/database.js';
import { claimNextJob, insertJobIfNew } from '../db/repositories/job.repository.js';
import { createUser } from '../services/accounts/user.service.js';
import { buildTestApp } from '../test-support/app.js';
import { testContext } from '../test-support/context.js';
import { acceptedReport, type Cycle, cycleApi, PDF, startCycle } from '../test-support/cycle.js';
import { createTestDatabase, describeEachDatabase, dialectsUnderTest } from '../test-support/databases.js';
import { loadFixture } from '../test-support/fixture.js';
import { callAs, type Principal, signIn } from '../test-support/principals.js';
import { defineJob, type JobDefinition } from './job-definition.js';
import { DEFAULT_JOBS, MAX_JOB_ATTEMPTS, Scheduler } from './scheduler.js';

describeEachDatabase('scheduler', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  beforeEach(async () => {
    clock.set('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app?.close());

  const scheduler = (jobs: readonly JobDefinition[] = DEFAULT_JOBS, autoClose = false, workerId = 'proses-a') =>
    new Scheduler(
      testContext(database(), clock, {
        scheduler: { enabled: true, intervalMs: 60_000, reminderDays: [7, 3, 1], autoCloseQuarters: autoClose },
      }),
      { jobs, transport: null, workerId },
    );
  const notes = (who: Principal, kind: string) =>
    database()
      .db.selectFrom('notifications')
      .select(['title', 'body'])
      .where('user_id', '=', who.userId as number)
      .where('kind', '=', kind)
      .orderBy('id')
      .execute();
  /** Signs in again: the clock jumps days ahead, past any session's lifetime. */
  const again = async (who: Principal): Promise<Principal> => {
    const { cookie, csrfToken } = await signIn(app, who.email as string);
    return { ...who, cookie, csrfToken };
  };
  const runs = (kind: string) =>
    database().db.selectFrom('jobs').selectAll().where('kind', '=', kind).orderBy('id').execute();

  it('reminds institutions with missing reports, catches up once after downtime, then escalates to the focal point', async () => {
    const api = cycleApi(app);
    const opened = (await api.open(cycle.contributor, '1.1-TW2')).json();
    await api.upload(cycle.contributor, opened.id, 'laporan.pdf', PDF, 0);
    await api.move(cycle.focalPoint, opened.id, { action: 'submit', version: opened.version });
    const jobs = scheduler(DEFAULT_JOBS.filter((job) => job.kind !== 'daily_digest' && job.kind !== 'leader_digest'));

    clock.set('2025-07-03T01:00:00.000Z'); // H-7, 08:00 WIB
    const first = await jobs.tick();
    expect(first.runs).toMatchObject([{ kind: 'deadline_reminder', key: '2025-2026/2/H-7', status: 'done' }]);
    expect(await notes(cycle.contributor, 'deadline_reminder')).toEqual([
      {
        title: 'Tenggat Triwulan II 2025-2026: 7 hari lagi',
        body: 'Kota Semarang belum mengirim 9 laporan capaian Triwulan II 2025-2026. Tenggat pelaporan 10 Juli 2025 (akhir hari, WIB).',
      },
    ]);
    expect((await notes(cycle.otherFocalPoint, 'deadline_reminder'))[0]?.body).toContain(
      'Kota Surabaya belum mengirim 10 laporan',
    );
    expect(await notes(cycle.verifier, 'deadline_reminder')).toEqual([]);
    expect((await jobs.tick()).runs).toEqual([]);

    // Down from H-7 until H-2: the H-3 reminder goes out once; H-7 is not repeated.
    clock.set('2025-07-08T05:00:00.000Z');
    expect((await jobs.tick()).runs.map((r) => r.key)).toEqual(['2025-2026/2/H-3']);
    expect((await jobs.tick()).runs).toEqual([]);
    expect((await notes(cycle.focalPoint, 'deadline_reminder')).map((n) => n.title)).toEqual([
      'Tenggat Triwulan II 2025-2026: 7 hari lagi',
      'Tenggat Triwulan II 2025-2026: 2 hari lagi',
    ]);

    // Surabaya gets more time; the escalation the morning after the deadline skips it.
    const extension = await callAs(app, await again(cycle.admin), {
      method: 'PUT',
      url: '/api/periods/2025-2026/quarters/2/extensions/35.78',
      payload: { deadline: '2025-07-20', reason: 'Banjir melanda kantor' },
    });
    expect(extension.statusCode).toBe(200);
    clock.set('2025-07-11T02:00:00.000Z');
    expect((await jobs.tick()).runs.map((r) => `${r.kind} ${r.key}`)).toEqual(['overdue_escalation 2025-2026/2']);
    expect((await notes(cycle.focalPoint, 'overdue_escalation')).map((n) => n.title)).toEqual([
      'Terlambat: 9 laporan Triwulan II 2025-2026 belum dikirim',
    ]);
    expect(await notes(cycle.contributor, 'overdue_escalation')).toEqual([]);
    expect(await notes(cycle.otherFocalPoint, 'overdue_escalation')).toEqual([]);

    clock.set('2025-07-21T01:00:00.000Z');
    expect((await jobs.tick()).runs.map((r) => r.key)).toEqual(['2025-2026/2/35.78@2025-07-20']);
    expect((await notes(cycle.otherFocalPoint, 'overdue_escalation'))[0]?.body).toContain('20 Juli 2025');

    const listed = (await callAs(app, await again(cycle.admin), { url: '/api/admin/jobs?status=done' })).json();
    expect(listed.total).toBe(4);
    expect(listed.items[0]).toMatchObject({ kind: 'overdue_escalation', lockedBy: 'proses-a', attempts: 1 });
  });

  it('closes a quarter once its verification window has passed, only when auto-close is on', async () => {
    await acceptedReport(app, cycle, '1.1-TW2', 80);
    clock.set('2025-08-10T01:00:00.000Z'); // the day after Triwulan II's verification window
    await scheduler(DEFAULT_JOBS, false).tick();
    expect(await runs('quarter_close')).toEqual([]);

    const tick = await scheduler(DEFAULT_JOBS, true).tick();
    expect(tick.runs.filter((r) => r.key === '2025-2026/2')).toMatchObject([
      { kind: 'quarter_close', status: 'done', result: 'ditutup; sampel 1 dari 1 laporan' },
    ]);
    const quarter = await database()
      .db.selectFrom('quarters')
      .select(['status', 'closed_at'])
      .where('number', '=', 2)
      .executeTakeFirstOrThrow();
    expect(quarter).toEqual({ status: 'closed', closed_at: '2025-08-10T01:00:00.000Z' });
    const sample = await callAs(app, await again(cycle.admin), { url: '/api/periods/2025-2026/quarters/2/sample' });
    expect(sample.json()).toMatchObject({ size: 1, population: ['33.74/1.1-TW2'] });
    const audit = await database()
      .db.selectFrom('audit_log')
      .select('actor_label')
      .where('action', '=', 'quarter.close')
      .execute();
    expect(audit.map((a) => a.actor_label)).toContain('system:scheduler');
  });

  it('takes over a run whose process died, and retries a failing run with backoff', async () => {
    const executed: string[] = [];
    let failures = 2;
    const probe = defineJob({
      kind: 'probe',
      payload: z.object({ name: z.string() }),
      transactional: true,
      plan: async () => [],
      run: async (_trx, _context, payload) => {
        executed.push(String(payload.name));
        if (payload.name === 'flaky' && failures-- > 0) throw new Error('sementara gagal');
        return 'ok';
      },
    });
    const at = clock.now().toISOString();
    for (const name of ['orphan', 'flaky']) {
      await insertJobIfNew(database().db, {
        kind: 'probe',
        key: name,
        name,
        scheduled_for: at,
        run_after: at,
        status: 'pending',
        locked_by: null,
        locked_at: null,
        attempts: 0,
        last_error: null,
        payload: JSON.stringify({ name }),
        result: null,
        created_at: at,
        finished_at: null,
      });
    }
    // A process claims "orphan" and dies before finishing it.
    expect((await claimNextJob(database(), 'mati', at))?.key).toBe('orphan');
    const jobs = scheduler([probe], false, 'proses-b');

    expect((await jobs.tick()).runs).toMatchObject([{ key: 'flaky', status: 'retry', result: 'sementara gagal' }]);
    expect(executed).toEqual(['flaky']);
    clock.advance(59_000);
    expect((await jobs.tick()).runs).toEqual([]);
    clock.advance(1_000);
    expect((await jobs.tick()).runs).toMatchObject([{ key: 'flaky', status: 'retry' }]);
    clock.advance(5 * 60_000); // 6 minutes after the claim: the orphan is not stale yet
    expect((await jobs.tick()).runs).toMatchObject([{ key: 'flaky', status: 'done' }]);
    clock.advance(4 * 60_000 + 1);
    expect((await jobs.tick()).runs).toMatchObject([{ key: 'orphan', status: 'done' }]);
    expect(executed).toEqual(['flaky', 'flaky', 'flaky', 'orphan']);
    expect((await runs('probe')).map((r) => [r.key, r.status, r.attempts, r.locked_by])).toEqual([
      ['orphan', 'done', 2, 'proses-b'],
      ['flaky', 'done', 3, 'proses-b'],
    ]);
  });

  it('fails a run whose stored payload does not match its schema, at once and saying which field', async () => {
    const executed: unknown[] = [];
    const typed = defineJob({
      kind: 'typed',
      payload: z.object({ periodId: z.number().int(), deadline: z.iso.date() }),
      transactional: true,
      plan: async () => [],
      run: async (_trx, _context, payload) => {
        executed.push(payload);
        return 'ok';
      },
    });
    const at = clock.now().toISOString();
    const stored = { good: { periodId: 3, deadline: '2025-07-10' }, bad: { periodId: '3', deadline: '10/07/2025' } };
    for (const [key, payload] of Object.entries(stored)) {
      await insertJobIfNew(database().db, {
        kind: 'typed',
        key,
        name: key,
        scheduled_for: at,
        run_after: at,
        status: 'pending',
        locked_by: null,
        locked_at: null,
        attempts: 0,
        last_error: null,
        payload: JSON.stringify(payload),
        result: null,
        created_at: at,
        finished_at: null,
      });
    }
    const jobs = scheduler([typed]);
    const outcomes = [...(await jobs.tick()).runs, ...(await jobs.tick()).runs];
    expect(outcomes.map((o) => [o.key, o.status])).toEqual([
      ['good', 'done'],
      ['bad', 'failed'],
    ]);
    const failed = outcomes.find((o) => o.key === 'bad');
    expect(failed?.result).toMatch(/^payload of job "typed" run "bad" is not valid: periodId: .*; deadline: /);
    // The run never saw the bad payload, and it is not retried.
    expect(executed).toEqual([{ periodId: 3, deadline: '2025-07-10' }]);
    clock.advance(24 * 3_600_000);
    expect((await jobs.tick()).runs).toEqual([]);
    expect((await runs('typed')).map((r) => [r.key, r.status, r.last_error?.slice(0, 40)])).toEqual([
      ['good', 'done', undefined],
      ['bad', 'failed', 'payload of job "typed" run "bad" is not '],
    ]);
  });

  it('gives up on a run after the last attempt and keeps it failed for admin to see', async () => {
    const broken: JobDefinition = {
      kind: 'broken',
      payload: z.object({}),
      transactional: true,
      plan: async (_db, _context, now) => [{ key: 'k', name: 'rusak', scheduledFor: now.toISOString(), payload: {} }],
      run: async () => {
        throw new Error('selalu gagal');
      },
    };
    const jobs = scheduler([broken]);
    const statuses: string[] = [];
    for (let attempt = 0; attempt < MAX_JOB_ATTEMPTS; attempt++) {
      statuses.push(...(await jobs.tick()).runs.map((r) => r.status));
      clock.advance(6 * 3_600_000);
    }
    expect(statuses).toEqual(['retry', 'retry', 'retry', 'retry', 'failed']);
    expect(await runs('broken')).toMatchObject([{ status: 'failed', attempts: 5, last_error: 'selalu gagal' }]);
    expect((await jobs.tick()).runs).toEqual([]);
  });
});

/*
 * Two app processes on one PostgreSQL database: two schedulers with their own connection pools
 * tick at the same time, again and again. Every job must run exactly once. Registered only when
 * PANTAU_TEST_DATABASE_URL is set (SQLite serves one process by design).
 */
const PROBES = 40;

if (dialectsUnderTest().includes('postgres')) {
  describe('scheduler: two processes on one PostgreSQL', () => {
    let first: (Database & { url: string }) | undefined;
    let second: Database | undefined;

    beforeEach(async () => {
      first = await createTestDatabase('postgres');
      second = openDatabase(first.url);
    });
    afterEach(async () => {
      await second?.close();
      await first?.close();
    });

    it('runs every job exactly once however often both tick at once', async () => {
      const a = first as Database;
      const b = second as Database;
      const clock = fixedClock('2025-07-03T01:00:00.000Z'); // H-7 of Triwulan II
      await loadFixture(a);
      const people = [
        { email: 'inspektorat@semarangkota.go.id', roles: ['focal_point' as const], institutionCode: '33.74' },
        { email: 'bappeda@semarangkota.go.id', roles: ['contributor' as const], institutionCode: '33.74' },
        { email: 'inspektorat@surabaya.go.id', roles: ['focal_point' as const], institutionCode: '35.78' },
      ];
      for (const person of people) {
        await createUser(a.db, clock, systemActor('test'), {
          ...person,
          name: person.email,
          verifierAksi: [],
          contributorOutputs: [],
          locale: 'id',
          password: 'kopi-tubruk-di-pagi-hari',
        });
      }

      const executed: number[] = [];
      const probe = defineJob({
        kind: 'probe',
        payload: z.object({ i: z.number().int() }),
        transactional: true,
        plan: async () =>
          Array.from({ length: PROBES }, (_, i) => ({
            key: `probe-${i}`,
            name: `probe ${i}`,
            scheduledFor: '2025-07-01T00:00:00.000Z',
            payload: { i },
          })),
        run: async (trx, _context, payload) => {
          executed.push(Number(payload.i));
          // Hold the transaction a little, so the other process tries to take the same run meanwhile.
          await trx.selectFrom('jobs').select('id').execute();
          return 'ok';
        },
      });
      const jobs = [...DEFAULT_JOBS, probe];
      const schedulers = [
        new Scheduler(testContext(a, clock), { jobs, transport: null, workerId: 'proses-1' }),
        new Scheduler(testContext(b, clock), { jobs, transport: null, workerId: 'proses-2' }),
      ];
      const outcomes: { worker: string; kind: string; key: string; status: string }[] = [];
      await Promise.all(
        schedulers.map(async (scheduler) => {
          for (let n = 0; n < 12; n++) {
            const tick = await scheduler.tick();
            outcomes.push(...tick.runs.map((r) => ({ worker: scheduler.workerId, ...r })));
          }
        }),
      );

      expect([...executed].sort((x, y) => x - y)).toEqual(Array.from({ length: PROBES }, (_, i) => i));
      const done = outcomes.filter((o) => o.status === 'done').map((o) => `${o.kind} ${o.key}`);
      expect(done.length).toBe(new Set(done).size);
      expect(outcomes.every((o) => o.status === 'done')).toBe(true);
      const rows = await a.db.selectFrom('jobs').select(['kind', 'key', 'status', 'attempts']).execute();
      expect(rows.length).toBe(PROBES + 3); // the probes, the H-7 reminder, today's digest and the month's leader digest
      expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);

      // The reminder reached each person once, though both processes planned and ticked it.
      const reminders = await a.db
        .selectFrom('notifications')
        .innerJoin('users', 'users.id', 'notifications.user_id')
        .select(['users.email'])
        .where('notifications.kind', '=', 'deadline_reminder')
        .orderBy('users.email')
        .execute();
      expect(reminders.map((r) => r.email)).toEqual(people.map((p) => p.email).sort());
      const mails = await a.db
        .selectFrom('outbox')
        .select('to_address')
        .where('kind', '=', 'deadline_reminder')
        .execute();
      expect(mails.length).toBe(people.length);
    });
  });
}
