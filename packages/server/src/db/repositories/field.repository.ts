/** Field-verification samples and checks. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { FieldCheckTable, FieldSampleTable } from '../schema.js';

/** Accepted reports of a quarter with their stable sample keys' parts. */
export function listAcceptedForSample(db: Executor, periodId: number, quarter: number) {
  return db
    .selectFrom('reports')
    .innerJoin('targets', 'targets.id', 'reports.target_id')
    .innerJoin('institutions', 'institutions.id', 'reports.institution_id')
    .select(['reports.id', 'reports.score', 'targets.code as target_code', 'institutions.code as institution_code'])
    .where('reports.period_id', '=', periodId)
    .where('reports.quarter_number', '=', quarter)
    .where('reports.state', '=', 'accepted')
    .execute();
}

/** Stores a sample and returns its id. */
export async function insertFieldSample(db: Executor, row: Insertable<FieldSampleTable>): Promise<number> {
  return (await db.insertInto('field_samples').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Stores the sampled reports. */
export async function insertFieldChecks(db: Executor, rows: Insertable<FieldCheckTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('field_checks').values(rows).execute();
}

/** The sample of a quarter, if drawn. */
export function findFieldSample(db: Executor, periodId: number, quarter: number) {
  return db
    .selectFrom('field_samples')
    .selectAll()
    .where('period_id', '=', periodId)
    .where('quarter_number', '=', quarter)
    .executeTakeFirst();
}

/** The checks of a sample, in draw order. */
export function listFieldChecks(db: Executor, sampleId: number) {
  return db.selectFrom('field_checks').selectAll().where('sample_id', '=', sampleId).orderBy('position').execute();
}

/** The open check of a report, if it was sampled. */
export function findCheckOfReport(db: Executor, reportId: number) {
  return db
    .selectFrom('field_checks')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** Records the outcome of a check. */
export async function completeFieldCheck(
  db: Executor,
  id: number,
  outcome: Pick<
    FieldCheckTable,
    'result' | 'original_score' | 'adjusted_score' | 'notes' | 'checked_by' | 'checked_at'
  >,
): Promise<void> {
  await db
    .updateTable('field_checks')
    .set({ ...outcome, status: 'done' })
    .where('id', '=', id)
    .execute();
}
