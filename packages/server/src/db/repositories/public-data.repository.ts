/**
 * Queries of the open-data API. Every query that touches reports or evidence filters on
 * `reports.state = 'accepted'` here, in SQL, so no caller can forget it: a draft, a submission
 * under review or a reopened report never leaves this file.
 */
import type { Executor } from '../database.js';
import { reportsWithTheirVersion } from './figures.repository.js';

const ACCEPTED = 'accepted';

/**
 * Per institution and quarter of a period (some institutions, all when null): how many accepted
 * reports were first sent by the deadline, and when the last one was verified. An aggregate, not
 * the reports: the public figures need no more, and a national page reads ~170,000 of them.
 */
export function listVerifiedQuarters(db: Executor, institutionIds: readonly number[] | null, periodId: number) {
  let query = db
    .selectFrom('reports')
    .select(['institution_id', 'quarter_number'])
    .select((eb) => [eb.fn.sum<number>('on_time').as('on_time'), eb.fn.max('verified_at').as('verified_at')])
    .where('period_id', '=', periodId)
    .where('state', '=', ACCEPTED)
    .groupBy(['institution_id', 'quarter_number']);
  if (institutionIds !== null) query = query.where('institution_id', 'in', [...institutionIds, -1]);
  return query.execute();
}

/** The targets an institution carries in a period, with their output, aksi and current version. */
export function listInstitutionTargets(db: Executor, institutionId: number, periodId: number) {
  return db
    .selectFrom('assignments')
    .innerJoin('outputs', 'outputs.id', 'assignments.output_id')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .innerJoin('targets', 'targets.output_id', 'outputs.id')
    .innerJoin('target_versions', (join) =>
      join
        .onRef('target_versions.target_id', '=', 'targets.id')
        .onRef('target_versions.version', '=', 'targets.current_version'),
    )
    .select([
      'targets.id as target_id',
      'targets.code as target_code',
      'targets.quarter_number',
      'targets.current_version',
      'target_versions.success_measure',
      'target_versions.weight',
      'target_versions.impact_name',
      'target_versions.impact_unit',
      'target_versions.impact_baseline',
      'target_versions.impact_target',
      'target_versions.impact_direction',
      'target_versions.impact_source',
      'outputs.code as output_code',
      'outputs.name as output_name',
      'aksi.code as aksi_code',
      'aksi.name as aksi_name',
    ])
    .where('assignments.institution_id', '=', institutionId)
    .where('assignments.ended_at', 'is', null)
    .where('targets.period_id', '=', periodId)
    .execute();
}

/** An institution's accepted reports in a period, with the target version each was judged on. */
export function listAcceptedReportsOf(db: Executor, institutionId: number, periodId: number) {
  return reportsWithTheirVersion(db)
    .select([
      'reports.id',
      'reports.target_id',
      'reports.target_version',
      'reports.narrative',
      'reports.score',
      'reports.field_score',
      'reports.quality_grade',
      'reports.verified_at',
      'reports.na_accepted',
      'reports.not_applicable_reason',
      'reports.impact_value',
      'target_versions.success_measure',
      'target_versions.weight',
      'target_versions.evidence_checklist',
      'target_versions.impact_name',
      'target_versions.impact_unit',
      'target_versions.impact_baseline',
      'target_versions.impact_target',
      'target_versions.impact_direction',
      'target_versions.impact_source',
    ])
    .where('reports.institution_id', '=', institutionId)
    .where('reports.period_id', '=', periodId)
    .where('reports.state', '=', ACCEPTED)
    .execute();
}

function publicEvidence(db: Executor) {
  return db
    .selectFrom('evidence')
    .innerJoin('reports', 'reports.id', 'evidence.report_id')
    .select([
      'evidence.id',
      'evidence.report_id',
      'evidence.kind',
      'evidence.checklist_index',
      'evidence.title',
      'evidence.file_sha256',
      'evidence.file_name',
      'evidence.file_size',
      'evidence.mime_type',
      'evidence.url',
    ])
    .where('evidence.is_public', '=', 1)
    .where('evidence.removed_at', 'is', null)
    .where('reports.state', '=', ACCEPTED);
}

/** Evidence the institution marked public, still in place, of the given reports if accepted. */
export function listPublicEvidence(db: Executor, reportIds: readonly number[]) {
  return publicEvidence(db)
    .where('evidence.report_id', 'in', [...reportIds, -1])
    .orderBy('evidence.checklist_index')
    .orderBy('evidence.id')
    .execute();
}

/** One public evidence file (marked public, not withdrawn, its report accepted), if it is one. */
export function findPublicEvidenceFile(db: Executor, id: number) {
  return publicEvidence(db)
    .where('evidence.id', '=', id)
    .where('evidence.kind', '=', 'file')
    .where('evidence.file_sha256', 'is not', null)
    .executeTakeFirst();
}

/** An aksi of a period with its fokus. */
export function findAksiWithFokus(db: Executor, periodId: number, code: string) {
  return db
    .selectFrom('aksi')
    .innerJoin('fokus', 'fokus.id', 'aksi.fokus_id')
    .select(['aksi.id', 'aksi.code', 'aksi.name', 'fokus.code as fokus_code', 'fokus.name as fokus_name'])
    .where('aksi.period_id', '=', periodId)
    .where('aksi.code', '=', code)
    .executeTakeFirst();
}

function aksiResults(db: Executor, aksiId: number) {
  return reportsWithTheirVersion(db)
    .innerJoin('targets', 'targets.id', 'reports.target_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .innerJoin('institutions', 'institutions.id', 'reports.institution_id')
    .where('outputs.aksi_id', '=', aksiId)
    .where('reports.state', '=', ACCEPTED);
}

/** Score inputs of every accepted report of an aksi, for the per-quarter summary. */
export function listAksiScores(db: Executor, aksiId: number) {
  return aksiResults(db, aksiId)
    .select(['reports.quarter_number', 'reports.score', 'reports.field_score', 'reports.na_accepted'])
    .execute();
}

/** How many accepted reports an aksi has. */
export async function countAksiResults(db: Executor, aksiId: number): Promise<number> {
  const row = await aksiResults(db, aksiId)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** One page of an aksi's accepted reports with their institution, by quarter, output and institution code. */
export function listAksiResults(db: Executor, aksiId: number, page: { limit: number; offset: number }) {
  return aksiResults(db, aksiId)
    .select([
      'institutions.code as institution_code',
      'institutions.name as institution_name',
      'institutions.type as institution_type',
      'institutions.province_code',
      'outputs.code as output_code',
      'targets.code as target_code',
      'reports.quarter_number',
      'reports.score',
      'reports.field_score',
      'reports.quality_grade',
      'reports.na_accepted',
      'reports.verified_at',
      'reports.impact_value',
      'target_versions.impact_name',
      'target_versions.impact_unit',
      'target_versions.impact_baseline',
      'target_versions.impact_target',
      'target_versions.impact_direction',
      'target_versions.impact_source',
    ])
    .orderBy('reports.quarter_number')
    .orderBy('outputs.code')
    .orderBy('institutions.code')
    .orderBy('reports.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Aksi whose code equals `q` or whose name contains it, newest period first. */
export function searchAksi(db: Executor, q: string, limit: number) {
  const pattern = `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom('aksi')
    .innerJoin('periods', 'periods.id', 'aksi.period_id')
    .select(['periods.code as period_code', 'aksi.code', 'aksi.name'])
    .where((eb) => eb.or([eb('aksi.code', '=', q), eb(eb.fn('lower', ['aksi.name']), 'like', pattern)]))
    .orderBy('periods.start_year', 'desc')
    .orderBy('aksi.id')
    .limit(limit)
    .execute();
}

/** Scope of the impact figures: the nation (empty), a province with its kabupaten/kota, a type, an institution. */
export interface ImpactScope {
  provinceCode?: string | undefined;
  type?: string | undefined;
  institutionId?: number | undefined;
}

/**
 * Accepted reports of a period (not a not-applicable claim) that give an impact value on an
 * indicator with a target value, with that indicator as judged: the inputs of "Dampak tercapai".
 */
export function listJudgeableImpacts(db: Executor, periodId: number, scope: ImpactScope) {
  let query = reportsWithTheirVersion(db)
    .innerJoin('institutions', 'institutions.id', 'reports.institution_id')
    .select([
      'reports.quarter_number',
      'reports.impact_value',
      'target_versions.impact_unit',
      'target_versions.impact_baseline',
      'target_versions.impact_target',
      'target_versions.impact_direction',
    ])
    .where('reports.period_id', '=', periodId)
    .where('reports.state', '=', ACCEPTED)
    .where('reports.na_accepted', '=', 0)
    .where('reports.impact_value', 'is not', null)
    .where('target_versions.impact_target', 'is not', null);
  if (scope.provinceCode) query = query.where('institutions.province_code', '=', scope.provinceCode);
  if (scope.type) query = query.where('institutions.type', '=', scope.type);
  if (scope.institutionId !== undefined) query = query.where('institutions.id', '=', scope.institutionId);
  return query.execute();
}
