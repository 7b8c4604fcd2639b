/**
 * Two writes to reports of one institution that overlap: the second recomputes the institution's
 * figures only once the first has committed, so the stored figures count both changes — as a full
 * recomputation does — whichever reads first.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import type { Executor } from '../../db/database.js';
import { transaction } from '../../db/transaction.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { deferred } from '../../test-support/deferred.js';
import { recomputeFigures, recomputeFiguresOfQuarter } from './figures.service.js';

describeEachDatabase('figures of one institution written by overlapping writes', (database) => {
  const clock = fixedClock('2025-07-01T03:00:00.000Z');
  let app: FastifyInstance;
  let cycle: Cycle;

  beforeEach(async () => {
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app.close());

  /** A submitted report of Semarang for `targetCode`. */
  async function submitted(targetCode: string) {
    const api = cycleApi(app);
    const opened = (await api.open(cycle.contributor, targetCode)).json();
    await api.upload(cycle.contributor, opened.id, 'laporan.pdf', PDF, 0);
    await api.move(cycle.focalPoint, opened.id, { action: 'submit', version: opened.version });
    return database()
      .db.selectFrom('reports')
      .select(['id', 'period_id', 'institution_id', 'quarter_number'])
      .where('id', '=', opened.id)
      .executeTakeFirstOrThrow();
  }

  /** Accepts a report as a verifier's transition does: the change, then its figures. */
  async function accept(trx: Executor, report: Awaited<ReturnType<typeof submitted>>, score: number) {
    await trx
      .updateTable('reports')
      .set({ state: 'accepted', score, quality_grade: 'terlaksana', verified_at: clock.now().toISOString() })
      .where('id', '=', report.id)
      .execute();
    await recomputeFiguresOfQuarter(trx, report, clock.now().toISOString());
  }

  it('stores figures that count both acceptances', async () => {
    const first = await submitted('1.1-TW2');
    const second = await submitted('2.1-TW2');
    const firstComputed = deferred();
    const released = deferred();
    const firstWrite = transaction(database().db, async (trx) => {
      await accept(trx, first, 80);
      firstComputed.resolve();
      await released.promise;
    });
    await firstComputed.promise;
    // The second reads its inputs while the first, which it cannot see, is still open.
    const secondWrite = transaction(database().db, (trx) => accept(trx, second, 60));
    await new Promise((resolve) => setTimeout(resolve, 200));
    released.resolve();
    await Promise.all([firstWrite, secondWrite]);

    const stored = () =>
      database()
        .db.selectFrom('institution_figures')
        .select(['quarter_number', 'verified', 'achievement', 'weighted_score'])
        .where('institution_id', '=', first.institution_id)
        .where('period_id', '=', first.period_id)
        .orderBy('quarter_number')
        .execute();
    const written = await stored();
    expect(written.find((row) => row.quarter_number === 2)?.verified).toBe(2);
    await recomputeFigures(database().db, first.period_id, [first.institution_id], clock.now().toISOString());
    expect(written).toEqual(await stored());
  });
});
