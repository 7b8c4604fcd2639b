/** Periods and their quarters. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import { prepared } from '../dialect/prepared.js';
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

const quarterStatement = prepared((db, p: { periodId: number; number: number }) =>
  db.selectFrom('quarters').selectAll().where('period_id', '=', p.periodId).where('number', '=', p.number),
);

/** One quarter of a period. */
export function findQuarter(db: Executor, periodId: number, number: number) {
  return quarterStatement.first(db, { periodId, number });
}

/** Changes a quarter's dates or status. */
export async function updateQuarter(
  db: Executor,
  id: number,
  changes: Partial<Pick<Quarter, 'deadline' | 'verification_ends_on' | 'status' | 'opened_at' | 'closed_at'>>,
): Promise<void> {
  await db.updateTable('quarters').set(changes).where('id', '=', id).execute();
}

const extensionStatement = prepared((db, p: { periodId: number; quarter: number; institutionId: number }) =>
  db
    .selectFrom('quarter_extensions')
    .selectAll()
    .where('period_id', '=', p.periodId)
    .where('quarter_number', '=', p.quarter)
    .where('institution_id', '=', p.institutionId),
);

/** An institution's deadline extension for a quarter, if any. */
export function findExtension(db: Executor, periodId: number, quarter: number, institutionId: number) {
  return extensionStatement.first(db, { periodId, quarter, institutionId });
}

/** Sets (or replaces) an institution's deadline extension. */
export async function upsertExtension(
  db: Executor,
  row: {
    period_id: number;
    quarter_number: number;
    institution_id: number;
    deadline: string;
    reason: string;
    created_by: number;
    created_at: string;
  },
): Promise<void> {
  await db
    .insertInto('quarter_extensions')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['period_id', 'quarter_number', 'institution_id']).doUpdateSet({
        deadline: row.deadline,
        reason: row.reason,
        created_by: row.created_by,
        created_at: row.created_at,
      }),
    )
    .execute();
}

/** Moves a period from draft to active (when its first quarter opens). */
export async function activatePeriod(db: Executor, id: number, at: string): Promise<void> {
  await db
    .updateTable('periods')
    .set({ status: 'active', updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute();
}

/** How many institutions carry a target of the quarter, and how many of them have their own extension. */
export async function countQuarterInstitutions(db: Executor, periodId: number, quarter: number) {
  const carrying = await db
    .selectFrom('assignments')
    .innerJoin('targets', 'targets.output_id', 'assignments.output_id')
    .select((eb) => eb.fn.count<number>('assignments.institution_id').distinct().as('n'))
    .where('targets.period_id', '=', periodId)
    .where('targets.quarter_number', '=', quarter)
    .where('assignments.ended_at', 'is', null)
    .executeTakeFirstOrThrow();
  const extended = await db
    .selectFrom('quarter_extensions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('period_id', '=', periodId)
    .where('quarter_number', '=', quarter)
    .executeTakeFirstOrThrow();
  return { institutions: Number(carrying.n), extensions: Number(extended.n) };
}
