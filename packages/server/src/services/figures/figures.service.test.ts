/**
 * The two modes of the one compute-and-store path: `recompute` replaces what is stored,
 * `fill-missing` stores figures only where there are none and never overwrites (a change that
 * committed meanwhile wins); and the dashboards' cold path stores every missing institution at once.
 */
import { expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import type { Database } from '../../db/database.js';
import { testContext } from '../../test-support/context.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { type Fixture, loadFixture } from '../../test-support/fixture.js';
import { ensurePeriodFigures, fillMissingFigures, recomputeFigures } from './figures.service.js';

const AT = '2025-07-01T03:00:00.000Z';

/** Stored quarters per institution id. */
async function storedQuarters(database: Database, periodId: number): Promise<Map<number, number>> {
  const rows = await database.db
    .selectFrom('institution_figures')
    .select(['institution_id', 'quarter_number', 'expected'])
    .where('period_id', '=', periodId)
    .execute();
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.institution_id, (counts.get(row.institution_id) ?? 0) + 1);
  return counts;
}

/** Semarang's stored Triwulan II, set to a value no computation gives. */
async function markSemarang(database: Database, fixture: Fixture): Promise<void> {
  await database.db
    .updateTable('institution_figures')
    .set({ expected: 999 })
    .where('institution_id', '=', fixture.institutionIds.semarang)
    .where('period_id', '=', fixture.periodId)
    .where('quarter_number', '=', 2)
    .execute();
}

async function semarangExpected(database: Database, fixture: Fixture): Promise<number | undefined> {
  const row = await database.db
    .selectFrom('institution_figures')
    .select('expected')
    .where('institution_id', '=', fixture.institutionIds.semarang)
    .where('period_id', '=', fixture.periodId)
    .where('quarter_number', '=', 2)
    .executeTakeFirst();
  return row?.expected;
}

describeEachDatabase('storing figures', (database) => {
  it('fills in only institutions without figures, and leaves stored ones as they are', async () => {
    const fixture = await loadFixture(database());
    const { semarang, surabaya } = fixture.institutionIds;
    await database()
      .db.transaction()
      .execute((trx) => recomputeFigures(trx, fixture.periodId, [semarang], AT));
    await markSemarang(database(), fixture);

    await database()
      .db.transaction()
      .execute((trx) => fillMissingFigures(trx, fixture.periodId, [semarang, surabaya], AT));
    expect(await semarangExpected(database(), fixture)).toBe(999);
    expect((await storedQuarters(database(), fixture.periodId)).get(surabaya)).toBe(8);

    await database()
      .db.transaction()
      .execute((trx) => recomputeFigures(trx, fixture.periodId, [semarang], AT));
    expect(await semarangExpected(database(), fixture)).not.toBe(999);
  });

  it('stores the figures of every assigned institution before a period is summed', async () => {
    const fixture = await loadFixture(database());
    const context = testContext(database(), fixedClock(AT));
    expect((await storedQuarters(database(), fixture.periodId)).size).toBe(0);

    await ensurePeriodFigures(context, fixture.periodId);
    const stored = await storedQuarters(database(), fixture.periodId);
    const assigned = await database()
      .db.selectFrom('assignments')
      .select('institution_id')
      .distinct()
      .where('ended_at', 'is', null)
      .execute();
    expect([...stored.keys()].sort()).toEqual(assigned.map((a) => a.institution_id).sort());
    expect([...stored.values()].every((quarters) => quarters === 8)).toBe(true);

    // Once stored, a read leaves them alone.
    await markSemarang(database(), fixture);
    await ensurePeriodFigures(context, fixture.periodId);
    expect(await semarangExpected(database(), fixture)).toBe(999);
  });
});
