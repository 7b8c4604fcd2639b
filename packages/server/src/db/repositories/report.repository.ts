/** Reports, their events and review rounds. */
import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../database.js';
import { prepared } from '../dialect/prepared.js';
import type { NewReport, ReportEventTable, ReportRoundTable, ReportTable } from '../schema.js';
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

// Every request on a report runs this lookup.
const reportContextStatement = prepared((db, p: { id: number }) =>
  db
    .selectFrom('reports')
    .innerJoin('targets', 'targets.id', 'reports.target_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .innerJoin('periods', 'periods.id', 'reports.period_id')
    .innerJoin('institutions', 'institutions.id', 'reports.institution_id')
    .selectAll('reports')
    .select((eb) => [
      // The optional parts as scalar subqueries: every joined table adds to PostgreSQL's planning
      // (eight took 1.4 ms to plan against 0.07 ms to run; six with these, 0.55 ms).
      eb
        .selectFrom('unit_targets')
        .select('unit_targets.unit_id')
        .whereRef('unit_targets.target_id', '=', 'reports.target_id')
        .whereRef('unit_targets.institution_id', '=', 'reports.institution_id')
        .as('responsible_unit_id'),
      eb
        .selectFrom('work_units')
        .select('work_units.code')
        .whereRef('work_units.id', '=', 'reports.unit_id')
        .as('unit_code'),
      eb
        .selectFrom('work_units')
        .select('work_units.name')
        .whereRef('work_units.id', '=', 'reports.unit_id')
        .as('unit_name'),
      // The quarter's lock and deadline and the institution's extension come with the report, so
      // the lock and the late-submission rule (`reportLock`, `reportDeadline`) need no lookups of
      // their own yet read them as fresh: each was one round trip, several times a submission.
      eb
        .selectFrom('quarters')
        .select('quarters.status')
        .whereRef('quarters.period_id', '=', 'reports.period_id')
        .whereRef('quarters.number', '=', 'reports.quarter_number')
        .as('quarter_status'),
      eb
        .selectFrom('quarters')
        .select('quarters.deadline')
        .whereRef('quarters.period_id', '=', 'reports.period_id')
        .whereRef('quarters.number', '=', 'reports.quarter_number')
        .as('quarter_deadline'),
      eb
        .selectFrom('quarter_extensions')
        .select('quarter_extensions.deadline')
        .whereRef('quarter_extensions.period_id', '=', 'reports.period_id')
        .whereRef('quarter_extensions.quarter_number', '=', 'reports.quarter_number')
        .whereRef('quarter_extensions.institution_id', '=', 'reports.institution_id')
        .as('extension_deadline'),
      'targets.code as target_code',
      'targets.current_version as target_current_version',
      'outputs.id as output_id',
      'outputs.code as output_code',
      'outputs.name as output_name',
      'aksi.id as aksi_id',
      'aksi.code as aksi_code',
      'aksi.name as aksi_name',
      'periods.code as period_code',
      'periods.start_year as period_start_year',
      'institutions.code as institution_code',
      'institutions.name as institution_name',
      'institutions.type as institution_type',
      'institutions.province_code as institution_province',
    ])
    .where('reports.id', '=', p.id),
);

/**
 * A report with what access checks and views need: its target, output, aksi, period and institution,
 * its quarter's status and deadline, and its institution's deadline extension for the quarter.
 */
export function findReportContext(db: Executor, id: number) {
  return reportContextStatement.first(db, { id });
}
export type ReportContext = NonNullable<Awaited<ReturnType<typeof findReportContext>>>;

// Opening a draft looks up all it checks at once: one round trip instead of six.
const openingStatement = prepared((db, p: { periodCode: string; targetCode: string; institutionId: number | null }) =>
  db
    .selectFrom('periods')
    .leftJoin('targets', (join) =>
      join.onRef('targets.period_id', '=', 'periods.id').on('targets.code', '=', p.targetCode),
    )
    .leftJoin('outputs', 'outputs.id', 'targets.output_id')
    .select((eb) => [
      'periods.id as period_id',
      'targets.id as target_id',
      'targets.quarter_number',
      'targets.current_version',
      'targets.output_id',
      'outputs.aksi_id',
      eb
        .selectFrom('assignments')
        .select('assignments.id')
        .whereRef('assignments.output_id', '=', 'targets.output_id')
        .where('assignments.institution_id', '=', p.institutionId)
        .where('assignments.ended_at', 'is', null)
        .limit(1)
        .as('assignment_id'),
      eb
        .selectFrom('unit_targets')
        .select('unit_targets.unit_id')
        .whereRef('unit_targets.target_id', '=', 'targets.id')
        .where('unit_targets.institution_id', '=', p.institutionId)
        .as('unit_id'),
      eb
        .selectFrom('reports')
        .select('reports.id')
        .whereRef('reports.target_id', '=', 'targets.id')
        .where('reports.institution_id', '=', p.institutionId)
        .as('report_id'),
      eb
        .selectFrom('quarters')
        .select('quarters.status')
        .whereRef('quarters.period_id', '=', 'periods.id')
        .whereRef('quarters.number', '=', 'targets.quarter_number')
        .as('quarter_status'),
    ])
    .where('periods.code', '=', p.periodCode),
);

/** What opening a report on a target checks: the target of the period and, for the institution, the rest. */
export interface ReportOpening {
  periodId: number;
  /** The period's target with the code, or null when it has none. */
  target: {
    id: number;
    quarter_number: number;
    current_version: number;
    output_id: number;
    aksi_id: number;
    /** Whether the institution (still) carries the target's output. */
    assigned: boolean;
    /** The institution's work unit responsible for the target, if any. */
    unit_id: number | null;
    /** The institution's report on the target, if one exists. */
    report_id: number | null;
    /** The status of the target's quarter, null if the period lacks it. */
    quarter_status: string | null;
  } | null;
}

/** What opening `institutionId`'s report on a target checks; undefined when the period is unknown. */
export async function findReportOpening(
  db: Executor,
  periodCode: string,
  targetCode: string,
  institutionId: number | null,
): Promise<ReportOpening | undefined> {
  const row = await openingStatement.first(db, { periodCode, targetCode, institutionId });
  if (!row) return undefined;
  const { period_id, target_id, quarter_number, current_version, output_id, aksi_id } = row;
  // The target's columns are null together, when the left join found no target.
  if (
    target_id === null ||
    quarter_number === null ||
    current_version === null ||
    output_id === null ||
    aksi_id === null
  ) {
    return { periodId: period_id, target: null };
  }
  return {
    periodId: period_id,
    target: {
      id: target_id,
      quarter_number,
      current_version,
      output_id,
      aksi_id,
      assigned: row.assignment_id !== null,
      unit_id: row.unit_id,
      report_id: row.report_id,
      quarter_status: row.quarter_status,
    },
  };
}

/** Inserts one report and returns its id. */
export async function insertReport(db: Executor, row: NewReport): Promise<number> {
  return (await db.insertInto('reports').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/**
 * Changes a report if it is still at `expectedVersion`, bumping the version. Returns false when
 * someone changed it first (optimistic locking).
 */
export async function updateReportIfVersion(
  db: Executor,
  id: number,
  expectedVersion: number,
  changes: Updateable<ReportTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('reports')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Moves every unjudged report of a target to its newest version. */
export async function moveOpenReportsToVersion(
  db: Executor,
  targetId: number,
  version: number,
  at: string,
): Promise<void> {
  await db
    .updateTable('reports')
    .set((eb) => ({ target_version: version, updated_at: at, version: eb('version', '+', 1) }))
    .where('target_id', '=', targetId)
    .where('state', '!=', 'accepted')
    .execute();
}

/** Records one state transition. */
export async function insertReportEvent(db: Executor, row: Insertable<ReportEventTable>): Promise<void> {
  await db.insertInto('report_events').values(row).execute();
}

/** Events of a report, oldest first, with the actor's name. */
export function listReportEvents(db: Executor, reportId: number) {
  return db
    .selectFrom('report_events')
    .leftJoin('users', 'users.id', 'report_events.actor_id')
    .select([
      'report_events.action',
      'report_events.from_state',
      'report_events.to_state',
      'report_events.reason',
      'report_events.at',
      'users.name as actor_name',
    ])
    .where('report_events.report_id', '=', reportId)
    .orderBy('report_events.id')
    .execute();
}

/** Stores the snapshot of a submission round. */
export async function insertReportRound(db: Executor, row: Insertable<ReportRoundTable>): Promise<void> {
  await db.insertInto('report_rounds').values(row).execute();
}

/** The latest submission snapshots of a report, newest first. */
export function listReportRounds(db: Executor, reportId: number, limit: number) {
  return db
    .selectFrom('report_rounds')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('round', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
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
