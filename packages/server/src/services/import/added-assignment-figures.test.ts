/**
 * After an assignment import the stored live figures are exactly what a full recomputation from
 * the base tables gives: for institutions newly assigned (no reports), for one re-assigned to an
 * output it had accepted reports on (on revised target versions), and for institutions without
 * stored figures yet (recomputed in full).
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { systemActor } from '../../audit/actor.js';
import { fixedClock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { buildTestApp } from '../../test-support/app.js';
import { testContext } from '../../test-support/context.js';
import { startCycle } from '../../test-support/cycle.js';
import { runDashboardScenario } from '../../test-support/dashboard-scenario.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { plainFile } from '../../test-support/spreadsheets.js';
import { endOutputAssignment } from '../catalogue/assignment.service.js';
import { recomputeFigures } from '../figures/figures.service.js';
import { importSpreadsheet } from './import.service.js';

const LONG = 365 * 86_400_000;
const PERIOD = '2025-2026';
const ROLLBACK = new Error('rollback');

type Figures = Record<string, Record<string, unknown>>;

/** Stored figures by "<institution code>:<quarter>", without the time they were written. */
async function storedFigures(db: Database['db']): Promise<Figures> {
  const rows = await db
    .selectFrom('institution_figures')
    .innerJoin('institutions', 'institutions.id', 'institution_figures.institution_id')
    .selectAll('institution_figures')
    .select('institutions.code')
    .execute();
  return Object.fromEntries(
    rows.map(({ code, updated_at: _at, institution_id: _id, ...figures }) => [
      `${code}:${figures.quarter_number}`,
      figures,
    ]),
  );
}

/** The figures a full recomputation of every institution gives (computed and rolled back). */
async function recomputedFigures(database: Database): Promise<Figures> {
  let figures: Figures = {};
  await database.db
    .transaction()
    .execute(async (trx) => {
      const period = await trx.selectFrom('periods').select('id').where('code', '=', PERIOD).executeTakeFirstOrThrow();
      const ids = (await trx.selectFrom('institutions').select('id').orderBy('id').execute()).map((i) => i.id);
      await recomputeFigures(trx, period.id, ids, '2026-01-20T03:00:00.000Z');
      figures = await storedFigures(trx);
      throw ROLLBACK;
    })
    .catch((error) => {
      if (error !== ROLLBACK) throw error;
    });
  return figures;
}

const FILE = [
  'periode,kode_output,aturan,kode_instansi',
  // Back to an output Semarang had accepted reports on, one of them on a since revised version.
  `${PERIOD},1.1,list,33.74`,
  // New to both provinces; nothing reported.
  `${PERIOD},2.1,all_provinces,`,
  `${PERIOD},5.1,list,KEMENDAGRI`,
  // Already assigned: changes nothing.
  `${PERIOD},3.1,all_kota,`,
].join('\n');

describeEachDatabase('live figures after an assignment import', (database) => {
  let app: FastifyInstance;
  let clock: ReturnType<typeof fixedClock>;

  beforeEach(async () => {
    clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { sessionIdleMs: LONG, sessionMaxMs: LONG });
    const cycle = await startCycle(app, database(), clock);
    await runDashboardScenario(app, cycle, clock);
    await endOutputAssignment(testContext(database(), clock), systemActor('test'), PERIOD, '1.1', '33.74', 'uji');
  }, 60_000);
  afterEach(() => app.close());

  async function importFile() {
    const outcome = await importSpreadsheet(
      testContext(database(), clock),
      systemActor('test'),
      'assignments',
      plainFile(FILE),
      {
        dryRun: false,
      },
    );
    expect(outcome.problems).toEqual([]);
    expect(outcome.details.assignment).toEqual({ create: 3, update: 0, unchanged: 1 });
  }

  it('adds the new targets to stored figures exactly as a full recomputation would', async () => {
    // Every institution has stored figures, as on a running instance.
    const { db } = database();
    await db.transaction().execute(async (trx) => {
      const period = await trx.selectFrom('periods').select('id').where('code', '=', PERIOD).executeTakeFirstOrThrow();
      const ids = (await trx.selectFrom('institutions').select('id').execute()).map((i) => i.id);
      await recomputeFigures(trx, period.id, ids, clock.now().toISOString());
    });
    const before = await storedFigures(db);
    expect(await recomputedFigures(database())).toEqual(before);

    await importFile();

    const after = await storedFigures(db);
    expect(after).toEqual(await recomputedFigures(database()));
    // The figures did change: 2.1 is due in Triwulan II and IV for the provinces, and Semarang's
    // accepted 1.1 reports count again.
    expect(after['33:2']).toMatchObject({ expected: 1, submitted: 0, verified: 0, weight_due: 1, achievement: 0 });
    expect(after['35:4']).toMatchObject({ expected: 1, weight_due: 4 });
    expect(after['KEMENDAGRI:2']).toMatchObject({ expected: 1, weight_due: 2 });
    expect(after['33.74:2']?.verified).toBe((before['33.74:2']?.verified as number) + 1);
    expect(after['33.74:2']?.expected).toBe((before['33.74:2']?.expected as number) + 1);
    expect(after['35.78:2']).toEqual(before['35.78:2']);
  });

  it('recomputes in full an institution that has no stored figures yet', async () => {
    const { db } = database();
    await db.deleteFrom('institution_figures').execute();
    await importFile();
    const after = await storedFigures(db);
    expect(Object.keys(after).filter((k) => k.startsWith('33:'))).toHaveLength(8);
    expect(after['35:2']).toMatchObject({ expected: 1, weight_due: 1 });
    const recomputed = await recomputedFigures(database());
    for (const key of Object.keys(after)) expect(after[key], key).toEqual(recomputed[key]);
  });
});
