/** Reports and their state-transition events. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { NewReport, ReportEventTable } from '../schema.js';
import { insertInChunks } from './bulk.js';

/** Inserts reports in bulk. */
export function insertReports(db: Executor, rows: NewReport[]): Promise<void> {
  return insertInChunks(db, 'reports', rows);
}

/** Inserts report events in bulk. */
export function insertReportEvents(db: Executor, rows: Insertable<ReportEventTable>[]): Promise<void> {
  return insertInChunks(db, 'report_events', rows);
}

/** Ids of reports keyed by `targetId:institutionId`, for a period. */
export async function reportIdsByKey(db: Executor, periodId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('reports')
    .select(['id', 'target_id', 'institution_id'])
    .where('period_id', '=', periodId)
    .execute();
  return new Map(rows.map((row) => [`${row.target_id}:${row.institution_id}`, row.id]));
}

/** Number of reports per state in a period. */
export function countReportsByState(db: Executor, periodId: number) {
  return db
    .selectFrom('reports')
    .select((eb) => ['state', eb.fn.countAll<number>().as('count')])
    .where('period_id', '=', periodId)
    .groupBy('state')
    .orderBy('state')
    .execute();
}
