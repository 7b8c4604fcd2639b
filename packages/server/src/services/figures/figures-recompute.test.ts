/**
 * The stored figures are recomputed only by changes that can alter them: opening a draft and the
 * evidence of a report never submitted leave them as they were (and as a full recomputation gives
 * them), while evidence changes after a first submission recompute them at once. The national
 * dashboard answer is kept between writes and recomputed after any.
 */

import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { buildTestApp } from '../../test-support/app.js';
import { testContext } from '../../test-support/context.js';
import { acceptedReport, type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';
import { nationalView } from '../dashboard/dashboard.service.js';
import { recomputeFigures } from './figures.service.js';

/** The stored figures of an institution in a period, quarter by quarter. */
function storedFigures(database: Database, institutionId: number, periodId: number) {
  return database.db
    .selectFrom('institution_figures')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('period_id', '=', periodId)
    .orderBy('quarter_number')
    .execute();
}

const withoutTime = <T extends { updated_at: string }>(rows: T[]) => rows.map(({ updated_at: _at, ...row }) => row);

describeEachDatabase('figures recomputed only when they can change', (database) => {
  const clock = fixedClock('2025-07-01T03:00:00.000Z');
  let app: FastifyInstance;
  let cycle: Cycle;
  let api: ReturnType<typeof cycleApi>;

  beforeEach(async () => {
    clock.set('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
    api = cycleApi(app);
  });
  afterEach(() => app.close());

  /** The stored figures of Semarang, and what a full recomputation stores instead (then kept). */
  async function storedAndRecomputed() {
    const { periodId, institutionIds } = cycle.fixture;
    const stored = await storedFigures(database(), institutionIds.semarang, periodId);
    await recomputeFigures(database().db, periodId, [institutionIds.semarang], clock.now().toISOString());
    const recomputed = await storedFigures(database(), institutionIds.semarang, periodId);
    return { stored, recomputed };
  }

  it('keeps them through a draft and its evidence, and recomputes evidence changes once submitted', async () => {
    const { periodId, institutionIds } = cycle.fixture;
    expect(await storedFigures(database(), institutionIds.semarang, periodId)).toEqual([]);
    const opened = (await api.open(cycle.contributor, '1.1-TW2')).json();
    // The first change to an institution stores its figures: eight quarters, nothing submitted.
    const afterOpen = await storedFigures(database(), institutionIds.semarang, periodId);
    expect(afterOpen).toHaveLength(8);
    expect(afterOpen[1]).toMatchObject({ quarter_number: 2, expected: 10, submitted: 0, complete: 0 });

    clock.advance(60_000);
    expect((await api.upload(cycle.contributor, opened.id, 'laporan.pdf', PDF, 0)).statusCode).toBe(201);
    const link = await api.link(cycle.contributor, opened.id, 'https://example.org/berita', 1);
    expect(link.statusCode).toBe(201);
    // Not recomputed (same time stamp), and still exactly what a recomputation gives.
    const draft = await storedAndRecomputed();
    expect(draft.stored).toEqual(afterOpen);
    expect(withoutTime(draft.recomputed)).toEqual(withoutTime(draft.stored));

    clock.advance(60_000);
    const submitted = (
      await api.move(cycle.focalPoint, opened.id, { action: 'submit', version: opened.version })
    ).json();
    expect(submitted.state).toBe('submitted');
    const revision = await api.move(cycle.admin, opened.id, {
      action: 'request_revision',
      version: submitted.version,
      reason: 'Berita acara belum ditandatangani.',
    });
    expect(revision.json().state).toBe('revision_requested');
    const afterSubmit = await storedFigures(database(), institutionIds.semarang, periodId);
    expect(afterSubmit[1]).toMatchObject({ submitted: 1, on_time: 1, complete: 1 });

    // Submitted once: withdrawing an item makes the report incomplete, at once.
    clock.advance(60_000);
    const removed = await callAs(app, cycle.contributor, {
      method: 'POST',
      url: `/api/reports/${opened.id}/evidence/${link.json().id}/remove`,
      payload: { reason: 'Tautan salah.' },
    });
    expect(removed.statusCode, removed.body).toBe(200);
    const afterRemoval = await storedAndRecomputed();
    expect(afterRemoval.stored[1]).toMatchObject({ submitted: 1, complete: 0, updated_at: clock.now().toISOString() });
    expect(withoutTime(afterRemoval.recomputed)).toEqual(withoutTime(afterRemoval.stored));
  });

  it('recomputes only the report’s quarter and those after it, as a full recomputation gives them', async () => {
    const { periodId, institutionIds } = cycle.fixture;
    await acceptedReport(app, cycle, '1.1-TW2', 90);
    const before = await storedFigures(database(), institutionIds.semarang, periodId);
    clock.advance(60_000);
    await acceptedReport(app, cycle, '2.1-TW4', 70);
    const after = await storedAndRecomputed();
    // Quarters before the report's are not written; its quarter and every later one are.
    expect(after.stored.slice(0, 3)).toEqual(before.slice(0, 3));
    for (const row of after.stored.slice(3)) expect(row.updated_at).toBe(clock.now().toISOString());
    expect(after.stored[3]).toMatchObject({ quarter_number: 4, verified: 1 });
    // Achievement is cumulative: quarter 4 on carries the scores of quarters 2 and 4.
    expect(after.stored[7]?.weighted_score).toBeGreaterThan(before[7]?.weighted_score ?? 0);
    expect(withoutTime(after.recomputed)).toEqual(withoutTime(after.stored));
  });

  it('answers the national view from the kept result until the next write', async () => {
    const context = testContext(database(), clock);
    const query = { period: '2025-2026', quarter: 2 };
    const first = await nationalView(context, query);
    expect(await nationalView(context, query)).toEqual(first);
    expect(first.headline).toMatchObject({ expected: 20, submitted: 0 });

    const opened = (await api.open(cycle.contributor, '1.1-TW2')).json();
    await api.upload(cycle.contributor, opened.id, 'laporan.pdf', PDF, 0);
    await api.move(cycle.focalPoint, opened.id, { action: 'submit', version: opened.version });
    const after = await nationalView(context, query);
    expect(after.headline).toMatchObject({ expected: 20, submitted: 1, onTime: 1, complete: 0 });
    expect(after.byFokus.reduce((n, row) => n + row.submitted, 0)).toBe(1);
    // Another quarter, or another day, is another answer.
    expect((await nationalView(context, { ...query, quarter: 4 })).quarter).toBe(4);
    clock.advance(86_400_000);
    const nextDay = await nationalView(context, query);
    expect(nextDay.today).toBe('2025-07-02');
  });
});
