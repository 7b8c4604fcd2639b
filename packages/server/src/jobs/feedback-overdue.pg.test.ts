/**
 * The overdue-feedback escalation with two scheduler processes on one PostgreSQL database, both
 * ticking at once on several mornings: each overdue item reaches its focal point exactly once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../audit/actor.js';
import { fixedClock } from '../clock.js';
import { type Database, openDatabase } from '../db/database.js';
import { createUser } from '../services/accounts/user.service.js';
import { testContext } from '../test-support/context.js';
import { createTestDatabase } from '../test-support/databases.js';
import { insertTestFeedback } from '../test-support/feedback.js';
import { loadFixture } from '../test-support/fixture.js';
import { feedbackOverdueJob } from './feedback-overdue.job.js';
import { Scheduler } from './scheduler.js';

describe('feedback escalation: two schedulers on one PostgreSQL', () => {
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

  it('notifies each overdue item once, however often both processes tick', async () => {
    const a = first as Database;
    const b = second as Database;
    const clock = fixedClock('2025-07-11T01:00:00.000Z'); // 08:00 WIB, the day after the answer date
    await loadFixture(a);
    const focalId = await createUser(a.db, clock, systemActor('test'), {
      email: 'inspektorat@semarangkota.go.id',
      name: 'Inspektorat Semarang',
      roles: ['focal_point'],
      institutionCode: '33.74',
      verifierAksi: [],
      contributorOutputs: [],
      locale: 'id',
      password: 'kopi-tubruk-di-pagi-hari',
    });
    const items = [
      await insertTestFeedback(a, { institutionCode: '33.74', status: 'forwarded', dueOn: '2025-07-10' }),
      await insertTestFeedback(a, { institutionCode: '33.74', status: 'forwarded', dueOn: '2025-07-09' }),
      await insertTestFeedback(a, { institutionCode: '33.74', status: 'forwarded', dueOn: '2025-07-11' }),
    ];

    const jobs = [feedbackOverdueJob];
    const schedulers = [
      new Scheduler(testContext(a, clock), { jobs, transport: null, workerId: 'proses-1' }),
      new Scheduler(testContext(b, clock), { jobs, transport: null, workerId: 'proses-2' }),
    ];
    const tickBoth = () => Promise.all(schedulers.flatMap((s) => [s.tick(), s.tick()]));
    for (const morning of ['2025-07-11T01:00:00.000Z', '2025-07-12T01:00:00.000Z', '2025-07-13T01:00:00.000Z']) {
      clock.set(morning);
      for (let n = 0; n < 4; n++) await tickBoth();
    }

    const notices = await a.db
      .selectFrom('notifications')
      .select(['user_id', 'body'])
      .where('kind', '=', 'feedback_overdue')
      .execute();
    expect(notices.map((n) => n.user_id)).toEqual([focalId, focalId, focalId]);
    const events = await a.db
      .selectFrom('feedback_events')
      .select('feedback_id')
      .where('action', '=', 'overdue_notice')
      .orderBy('feedback_id')
      .execute();
    expect(events.map((e) => e.feedback_id)).toEqual(items.map((item) => item.id).sort((x, y) => x - y));
    const runs = await a.db
      .selectFrom('jobs')
      .select(['key', 'status', 'attempts'])
      .where('kind', '=', 'feedback_overdue')
      .orderBy('key')
      .execute();
    // The third item falls due on the 11th, so the 12th has a run of its own; the 13th has nothing new.
    expect(runs).toEqual([
      { key: '2025-07-11', status: 'done', attempts: 1 },
      { key: '2025-07-12', status: 'done', attempts: 1 },
    ]);
  });
});
