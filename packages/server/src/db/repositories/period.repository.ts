/** Periods and their quarters. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { Period, PeriodTable, Quarter, QuarterTable } from '../schema.js';

/** All periods, newest first. */
export function listPeriods(db: Executor): Promise<Period[]> {
  return db.selectFrom('periods').selectAll().orderBy('start_year', 'desc').execute();
}

/** The period with `code`, if any. */
export function findPeriodByCode(db: Executor, code: string): Promise<Period | undefined> {
  return db.selectFrom('periods').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Quarters of the given periods, in order. */
export function listQuarters(db: Executor, periodIds: number[]): Promise<Quarter[]> {
  if (periodIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('quarters')
    .selectAll()
    .where('period_id', 'in', periodIds)
    .orderBy('period_id')
    .orderBy('number')
    .execute();
}

/** Inserts a period and returns its id. */
export async function insertPeriod(db: Executor, period: Insertable<PeriodTable>): Promise<number> {
  const row = await db.insertInto('periods').values(period).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts quarters. */
export async function insertQuarters(db: Executor, quarters: Insertable<QuarterTable>[]): Promise<void> {
  await db.insertInto('quarters').values(quarters).execute();
}
