/**
 * Running a job run again from the operations screen: a failed run (or one waiting for its retry)
 * goes back to the front of the queue and the next scheduler pass runs it; a done or running run is
 * refused; each request is audited.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { z } from 'zod';
import { fixedClock } from '../../clock.js';
import type { JobDefinition } from '../../jobs/job-definition.js';
import { Scheduler } from '../../jobs/scheduler.js';
import { buildTestApp, TEST_NOW } from '../../test-support/app.js';
import { testContext } from '../../test-support/context.js';
import { type Cycle, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';

describeEachDatabase('running a job again', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  const clock = fixedClock(TEST_NOW);
  /** A job kind whose runs fail until told otherwise. */
  let healthy = false;
  const flaky: JobDefinition = {
    kind: 'flaky',
    payload: z.object({}),
    transactional: true,
    plan: async () => [],
    run: async () => {
      if (!healthy) throw new Error('layanan luar tidak menjawab');
      return 'beres';
    },
  };

  beforeEach(async () => {
    clock.set(TEST_NOW);
    healthy = false;
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app.close());

  async function jobRun(status: 'pending' | 'failed' | 'done' | 'running', runAfter = TEST_NOW) {
    const row = await database()
      .db.insertInto('jobs')
      .values({
        kind: 'flaky',
        key: `uji-${status}-${runAfter}`,
        name: 'Uji',
        scheduled_for: TEST_NOW,
        run_after: runAfter,
        status,
        locked_by: status === 'running' ? 'lain' : null,
        locked_at: status === 'running' ? TEST_NOW : null,
        attempts: status === 'failed' ? 5 : 1,
        last_error: status === 'failed' ? 'layanan luar tidak menjawab' : null,
        payload: '{}',
        result: status === 'done' ? 'beres' : null,
        created_at: TEST_NOW,
        finished_at: status === 'failed' || status === 'done' ? TEST_NOW : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const runNow = (id: number) => callAs(app, cycle.admin, { method: 'POST', url: `/api/admin/jobs/${id}/run` });

  it('puts a failed run back in the queue, and the next pass runs it', async () => {
    const id = await jobRun('failed');
    clock.advance(60_000);
    const queued = await runNow(id);
    expect(queued.statusCode).toBe(200);
    expect(queued.json()).toMatchObject({
      id,
      status: 'pending',
      runAfter: clock.now().toISOString(),
      lastError: 'layanan luar tidak menjawab',
    });

    healthy = true;
    const scheduler = new Scheduler(testContext(database(), clock), { jobs: [flaky], transport: null });
    expect((await scheduler.tick()).runs).toMatchObject([{ id, status: 'done', result: 'beres' }]);
    const listed = (await callAs(app, cycle.admin, { url: '/api/admin/jobs?status=done' })).json();
    expect(listed.items).toMatchObject([{ id, status: 'done', runAfter: null, result: 'beres' }]);

    const audit = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'entity_id', 'change'])
      .where('action', '=', 'job.run_now')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.entity_id).toBe(String(id));
    expect(JSON.parse(audit[0]?.change ?? '{}')).toMatchObject({ kind: 'flaky', status_before: 'failed', attempts: 5 });
  });

  it('runs a run waiting for its retry at once, and refuses one that is done or running', async () => {
    const waiting = await jobRun('pending', '2026-11-27T09:00:00.000Z');
    expect((await runNow(waiting)).json()).toMatchObject({ status: 'pending', runAfter: TEST_NOW });

    for (const status of ['done', 'running'] as const) {
      const refused = await runNow(await jobRun(status));
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('job_not_rerunnable');
    }
    expect((await runNow(999999)).statusCode).toBe(404);
  });
});
