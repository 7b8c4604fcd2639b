/**
 * The figures' inputs (assigned targets, reports, evidence coverage) and their storage
 * (`institution_figures`, one row per institution, period and quarter). The column lists here are
 * the only ones: other queries over the same inputs (`rule-figures.repository.ts`) and the sums
 * over the stored rows (`figure-sums.repository.ts`) select these.
 */
import type { Executor } from '../database.js';
import { holdLocks } from '../dialect/row-locks.js';
import type { InstitutionFiguresTable } from '../schema.js';

/** Of which institutions: a list, or every institution (null). */
export type InstitutionScope = readonly number[] | null;

/** What a figure needs of an assigned target (at its current version). */
export const FIGURE_TARGET_COLUMNS = [
  'assignments.institution_id',
  'targets.id as target_id',
  'targets.quarter_number',
  'target_versions.weight',
] as const;

/** What a figure needs of a report (at the target version it answers). */
export const FIGURE_REPORT_COLUMNS = [
  'reports.id',
  'reports.institution_id',
  'reports.target_id',
  'reports.state',
  'reports.score',
  'reports.field_score',
  'reports.na_accepted',
  'reports.first_submitted_at',
  'reports.on_time',
  'reports.quality_grade',
  'target_versions.weight',
  'target_versions.evidence_checklist',
] as const;

/** The stored figures of a quarter, every one additive over institutions except `achievement`. */
export const FIGURE_COLUMNS = [
  'expected',
  'submitted',
  'on_time',
  'complete',
  'verified',
  'not_applicable',
  'weight_due',
  'weighted_score',
  'achievement',
  'administratif',
  'terlaksana',
  'berdampak',
] as const;

/** A row of `institution_figures`. */
export type FiguresRow = InstitutionFiguresTable;

/** How computed figures are written: replacing those stored, or only where none are. */
export type FiguresWrite = 'replace' | 'if-absent';

const IN_LIST = 500;
// Per statement: 16 columns a row stay well under both engines' bound-parameter limits.
const ROWS_PER_STATEMENT = 1000;

/** The targets of current assignments (ended ones excluded), with what a figure needs of their current version. */
export function assignedTargetsQuery(db: Executor) {
  return db
    .selectFrom('assignments')
    .innerJoin('targets', 'targets.output_id', 'assignments.output_id')
    .innerJoin('target_versions', (join) =>
      join
        .onRef('target_versions.target_id', '=', 'targets.id')
        .onRef('target_versions.version', '=', 'targets.current_version'),
    )
    .select(FIGURE_TARGET_COLUMNS)
    .where('assignments.ended_at', 'is', null);
}

/** Reports joined to the target version each answers (the version a verifier judged stays its own). */
export function reportsWithTheirVersion(db: Executor) {
  return db
    .selectFrom('reports')
    .innerJoin('target_versions', (join) =>
      join
        .onRef('target_versions.target_id', '=', 'reports.target_id')
        .onRef('target_versions.version', '=', 'reports.target_version'),
    );
}

/** Targets carried in a period (of quarters `fromQuarter`..8), with the current version's weight. */
export function listAssignedTargets(db: Executor, institutions: InstitutionScope, periodId: number, fromQuarter = 1) {
  let query = assignedTargetsQuery(db).where('targets.period_id', '=', periodId);
  if (institutions !== null) query = query.where('assignments.institution_id', 'in', [...institutions, -1]);
  if (fromQuarter > 1) query = query.where('targets.quarter_number', '>=', fromQuarter);
  return query.execute();
}

/** Reports in a period (of quarters `fromQuarter`..8) with the weight and checklist of the version each answers. */
export function listReportsForFigures(db: Executor, institutions: InstitutionScope, periodId: number, fromQuarter = 1) {
  let query = reportsWithTheirVersion(db).select(FIGURE_REPORT_COLUMNS).where('reports.period_id', '=', periodId);
  if (institutions !== null) query = query.where('reports.institution_id', 'in', [...institutions, -1]);
  if (fromQuarter > 1) query = query.where('reports.quarter_number', '>=', fromQuarter);
  return query.execute();
}

/** Checklist items covered by live evidence, for the reports of a period's institutions (quarters `fromQuarter`..8). */
export function listEvidenceCoverageOf(
  db: Executor,
  institutions: InstitutionScope,
  periodId: number,
  fromQuarter = 1,
) {
  let query = db
    .selectFrom('evidence')
    .innerJoin('reports', 'reports.id', 'evidence.report_id')
    .select(['evidence.report_id', 'evidence.checklist_index'])
    .distinct()
    .where('reports.period_id', '=', periodId)
    .where('evidence.removed_at', 'is', null);
  if (institutions !== null) query = query.where('reports.institution_id', 'in', [...institutions, -1]);
  if (fromQuarter > 1) query = query.where('reports.quarter_number', '>=', fromQuarter);
  return query.execute();
}

// The lock space of institutions' figures (`lockFiguresOf`).
const FIGURES_LOCKS = 1;

/**
 * Makes the figures of these institutions this transaction's to compute until it commits: a write
 * that recomputes them takes this before reading, so it reads every change committed before it,
 * and one committing meanwhile waits and then computes after it.
 */
export function lockFiguresOf(trx: Executor, institutionIds: readonly number[]): Promise<void> {
  return holdLocks(trx, FIGURES_LOCKS, institutionIds);
}

/**
 * Writes figures in a few statements, not one per row: `replace` overwrites the stored rows (a
 * change recomputed them); `if-absent` never does, so figures a change committed meanwhile win.
 */
export async function writeFigures(db: Executor, rows: readonly FiguresRow[], write: FiguresWrite): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await db
      .insertInto('institution_figures')
      .values(rows.slice(start, start + ROWS_PER_STATEMENT))
      .onConflict((oc) => {
        const key = oc.columns(['institution_id', 'period_id', 'quarter_number']);
        if (write === 'if-absent') return key.doNothing();
        return key.doUpdateSet((eb) => ({
          ...Object.fromEntries(FIGURE_COLUMNS.map((column) => [column, eb.ref(`excluded.${column}`)])),
          updated_at: eb.ref('excluded.updated_at'),
        }));
      })
      .execute();
  }
}

/** Stored figures of some institutions in a period, by institution and quarter. */
export async function listStoredFigures(
  db: Executor,
  periodId: number,
  institutionIds: readonly number[],
): Promise<FiguresRow[]> {
  const rows: FiguresRow[] = [];
  for (let start = 0; start < institutionIds.length; start += IN_LIST) {
    const chunk = await db
      .selectFrom('institution_figures')
      .selectAll()
      .where('period_id', '=', periodId)
      .where('institution_id', 'in', institutionIds.slice(start, start + IN_LIST))
      .orderBy('institution_id')
      .orderBy('quarter_number')
      .execute();
    rows.push(...chunk);
  }
  return rows;
}

/**
 * Institutions without stored figures in a period (nothing has happened to them yet): among
 * `institutions`, or among every institution assigned in the period when null.
 */
export async function institutionsWithoutFigures(
  db: Executor,
  periodId: number,
  institutions: InstitutionScope,
): Promise<number[]> {
  if (institutions !== null) {
    const stored = await db
      .selectFrom('institution_figures')
      .select('institution_id')
      .distinct()
      .where('period_id', '=', periodId)
      .where('institution_id', 'in', [...institutions, -1])
      .execute();
    const have = new Set(stored.map((row) => row.institution_id));
    return institutions.filter((id) => !have.has(id));
  }
  // Asked before every dashboard read: one index probe per institution for its stored figures,
  // and only for one without them, whether it is assigned (not every assignment of the period:
  // 0.2 ms instead of 12 ms on the national dataset).
  const rows = await db
    .selectFrom('institutions as i')
    .select('i.id as institution_id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('institution_figures as s')
            .select('s.institution_id')
            .whereRef('s.institution_id', '=', 'i.id')
            .where('s.period_id', '=', periodId),
        ),
      ),
    )
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('assignments as a')
          .innerJoin('outputs as o', 'o.id', 'a.output_id')
          .select('a.institution_id')
          .whereRef('a.institution_id', '=', 'i.id')
          .where('o.period_id', '=', periodId)
          .where('a.ended_at', 'is', null),
      ),
    )
    .orderBy('i.id')
    .execute();
  return rows.map((r) => r.institution_id);
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
    .select(['institution_id', 'period_id', 'quarter_number', 'state', 'first_submitted_at'])
    .where('id', '=', reportId)
    .executeTakeFirst();
}

/** Removes every stored figure (a change of the grade-weight rule): they are computed again on first read. */
export async function deleteAllFigures(db: Executor): Promise<void> {
  await db.deleteFrom('institution_figures').execute();
}
