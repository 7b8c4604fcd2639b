/** Public holidays that working-day deadlines skip. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { HolidayTable } from '../schema.js';

/** Holidays between `from` and `to` (inclusive, either open), by date. */
export function listHolidays(db: Executor, range: { from?: string; to?: string } = {}) {
  let query = db.selectFrom('holidays').select(['date', 'name', 'kind']);
  if (range.from) query = query.where('date', '>=', range.from);
  if (range.to) query = query.where('date', '<=', range.to);
  return query.orderBy('date').execute();
}

/** The holiday on `date`, if any. */
export function findHoliday(db: Executor, date: string) {
  return db.selectFrom('holidays').selectAll().where('date', '=', date).executeTakeFirst();
}

/** Adds the holiday, or renames the one already on that date. */
export async function upsertHoliday(db: Executor, row: Insertable<HolidayTable>): Promise<void> {
  await db
    .insertInto('holidays')
    .values(row)
    .onConflict((oc) =>
      oc.column('date').doUpdateSet({
        name: row.name,
        kind: row.kind,
        updated_at: row.updated_at,
        updated_by: row.updated_by ?? null,
      }),
    )
    .execute();
}

/** Removes the holiday on `date`; false when there was none. */
export async function deleteHoliday(db: Executor, date: string): Promise<boolean> {
  const result = await db.deleteFrom('holidays').where('date', '=', date).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
