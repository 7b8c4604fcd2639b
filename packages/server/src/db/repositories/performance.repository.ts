/** Inputs and storage of the live achievement and compliance figures. */
import type { Executor } from '../database.js';
import type { InstitutionQuarterStatsTable } from '../schema.js';
import { insertInChunks } from './bulk.js';

/**
 * Targets carried in a period (ended assignments excluded), with the current version's weight: of
 * one institution, of several, or of every institution when `institutionId` is null.
 */
export function listAssignedTargets(db: Executor, institutionId: number | readonly number[] | null, periodId: number) {
  let query = db
    .selectFrom('assignments')
    .innerJoin('targets', 'targets.output_id', 'assignments.output_id')
    .innerJoin('target_versions', (join) =>
      join
        .onRef('target_versions.target_id', '=', 'targets.id')
        .onRef('target_versions.version', '=', 'targets.current_version'),
    )
    .select([
      'assignments.institution_id',
      'targets.id as target_id',
      'targets.quarter_number',
      'target_versions.weight',
    ])
    .where('targets.period_id', '=', periodId)
    .where('assignments.ended_at', 'is', null);
  if (typeof institutionId === 'number') query = query.where('assignments.institution_id', '=', institutionId);
  else if (institutionId !== null) query = query.where('assignments.institution_id', 'in', [...institutionId, -1]);
  return query.execute();
}

/**
 * Reports in a period with the weight and checklist of the version each answers: of one
 * institution, or of every institution when `institutionId` is null.
 */
export function listReportsForFigures(
  db: Executor,
  institutionId: number | readonly number[] | null,
  periodId: number,
) {
  let query = db
    .selectFrom('reports')
    .innerJoin('target_versions', (join) =>
      join
        .onRef('target_versions.target_id', '=', 'reports.target_id')
        .onRef('target_versions.version', '=', 'reports.target_version'),
    )
    .select([
      'reports.id',
      'reports.institution_id',
      'reports.target_id',
      'reports.state',
      'reports.score',
      'reports.field_score',
      'reports.na_accepted',
      'reports.first_submitted_at',
      'reports.on_time',
      'target_versions.weight',
      'target_versions.evidence_checklist',
    ])
    .where('reports.period_id', '=', periodId);
  if (typeof institutionId === 'number') query = query.where('reports.institution_id', '=', institutionId);
  else if (institutionId !== null) query = query.where('reports.institution_id', 'in', [...institutionId, -1]);
  return query.execute();
}

/** Checklist items covered by live evidence, for the reports of some institutions in a period. */
export function listInstitutionsEvidenceCoverage(db: Executor, periodId: number, institutionIds: readonly number[]) {
  return db
    .selectFrom('evidence')
    .innerJoin('reports', 'reports.id', 'evidence.report_id')
    .select(['evidence.report_id', 'evidence.checklist_index'])
    .distinct()
    .where('reports.period_id', '=', periodId)
    .where('reports.institution_id', 'in', [...institutionIds, -1])
    .where('evidence.removed_at', 'is', null)
    .execute();
}

/** Checklist items covered by live evidence, for every report of a period. */
export function listPeriodEvidenceCoverage(db: Executor, periodId: number) {
  return db
    .selectFrom('evidence')
    .innerJoin('reports', 'reports.id', 'evidence.report_id')
    .select(['evidence.report_id', 'evidence.checklist_index'])
    .distinct()
    .where('reports.period_id', '=', periodId)
    .where('evidence.removed_at', 'is', null)
    .execute();
}

/** Writes many institutions' figures at once, replacing those stored (a few statements, not one per row). */
export async function upsertInstitutionStatsMany(db: Executor, rows: InstitutionQuarterStatsTable[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) {
    await db
      .insertInto('institution_quarter_stats')
      .values(rows.slice(start, start + 1000))
      .onConflict((oc) =>
        oc.columns(['institution_id', 'period_id', 'quarter_number']).doUpdateSet((eb) => ({
          expected: eb.ref('excluded.expected'),
          submitted: eb.ref('excluded.submitted'),
          on_time: eb.ref('excluded.on_time'),
          complete: eb.ref('excluded.complete'),
          verified: eb.ref('excluded.verified'),
          not_applicable: eb.ref('excluded.not_applicable'),
          weight_due: eb.ref('excluded.weight_due'),
          weighted_score: eb.ref('excluded.weighted_score'),
          achievement: eb.ref('excluded.achievement'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

/** Writes many institutions' figures at once into an empty table (the demo load). */
export function insertInstitutionStats(db: Executor, rows: InstitutionQuarterStatsTable[]): Promise<void> {
  return insertInChunks(db, 'institution_quarter_stats', rows);
}

/** Stored figures of one institution in a period, by quarter. */
export function listInstitutionStats(db: Executor, institutionId: number, periodId: number) {
  return db
    .selectFrom('institution_quarter_stats')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('period_id', '=', periodId)
    .orderBy('quarter_number')
    .execute();
}

/** Institutions assigned to an output (whose figures a target revision changes). */
export async function listInstitutionsOfOutput(db: Executor, outputId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('assignments')
    .select('institution_id')
    .where('output_id', '=', outputId)
    .where('ended_at', 'is', null)
    .execute();
  return rows.map((row) => row.institution_id);
}

/** What decides whether a report counts in its institution's figures (see `countsInFigures`). */
export function findReportFigureState(db: Executor, reportId: number) {
  return db
    .selectFrom('reports')
    .select(['institution_id', 'period_id', 'state', 'first_submitted_at'])
    .where('id', '=', reportId)
    .executeTakeFirst();
}

/** Whether an institution has stored figures in a period. */
export async function hasInstitutionStats(db: Executor, institutionId: number, periodId: number): Promise<boolean> {
  const row = await db
    .selectFrom('institution_quarter_stats')
    .select('quarter_number')
    .where('institution_id', '=', institutionId)
    .where('period_id', '=', periodId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
