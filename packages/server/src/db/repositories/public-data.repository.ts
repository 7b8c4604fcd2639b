/**
 * Queries of the open-data API. Every query that touches reports or evidence filters on
 * `reports.state = 'accepted'` here, in SQL, so no caller can forget it: a draft, a submission
 * under review or a reopened report never leaves this file.
 */
import type { Executor } from '../database.js';
import { reportsWithTheirVersion } from './figures.repository.js';

const ACCEPTED = 'accepted';

/** Accepted reports of some institutions (all when null) in a period, with the weight they were judged on. */
export function listVerifiedReports(db: Executor, institutionIds: readonly number[] | null, periodId: number) {
  let query = reportsWithTheirVersion(db)
    .select([
      'reports.institution_id',
      'reports.target_id',
      'reports.quarter_number',
      'reports.score',
      'reports.field_score',
      'reports.na_accepted',
      'reports.on_time',
      'reports.verified_at',
      'target_versions.weight',
    ])
    .where('reports.period_id', '=', periodId)
    .where('reports.state', '=', ACCEPTED);
  if (institutionIds !== null) query = query.where('reports.institution_id', 'in', [...institutionIds, -1]);
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
  return db
    .selectFrom('reports')
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
