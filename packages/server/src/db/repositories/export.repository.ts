/**
 * Pages of the lists that can be exported, read by keyset (after the last key of the previous
 * page) so a long export costs the same per page from start to end and never holds the list.
 */
import type { Executor } from '../database.js';

/** Which reports an actor sees: everything, or the union of aksi and own-institution scopes. */
export interface ReportScope {
  all: boolean;
  aksiIds: number[];
  /** Outputs and units a contributor is limited to (both empty: the whole institution; either admits). */
  institution: { id: number; outputIds: number[]; unitIds?: number[] } | null;
}

/** Filters of the report export. */
export interface ReportExportFilter {
  periodId?: number | undefined;
  quarter?: number | undefined;
  institutionId?: number | undefined;
  state?: string | undefined;
}

/** One page of reports in the scope, by id. */
export function pageReports(
  db: Executor,
  scope: ReportScope,
  filter: ReportExportFilter,
  afterId: number,
  limit: number,
) {
  let query = db
    .selectFrom('reports')
    .innerJoin('targets', 'targets.id', 'reports.target_id')
    .innerJoin('outputs', 'outputs.id', 'targets.output_id')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .innerJoin('periods', 'periods.id', 'reports.period_id')
    .innerJoin('institutions', 'institutions.id', 'reports.institution_id')
    .leftJoin('work_units', 'work_units.id', 'reports.unit_id')
    .select([
      'reports.id',
      'work_units.code as unit_code',
      'work_units.name as unit_name',
      'periods.code as period',
      'reports.quarter_number',
      'targets.code as target_code',
      'reports.target_version',
      'outputs.code as output_code',
      'aksi.code as aksi_code',
      'institutions.code as institution_code',
      'institutions.name as institution_name',
      'institutions.type as institution_type',
      'institutions.province_code',
      'reports.state',
      'reports.progress',
      'reports.first_submitted_at',
      'reports.on_time',
      'reports.not_applicable',
      'reports.score',
      'reports.field_score',
      'reports.quality_grade',
      'reports.verified_at',
      'reports.updated_at',
    ])
    .where('reports.id', '>', afterId);
  if (!scope.all) {
    const { aksiIds, institution } = scope;
    query = query.where((eb) => {
      const reach = [];
      if (aksiIds.length > 0) reach.push(eb('aksi.id', 'in', aksiIds));
      if (institution) {
        const unitIds = institution.unitIds ?? [];
        const limits = [];
        if (institution.outputIds.length > 0) limits.push(eb('outputs.id', 'in', institution.outputIds));
        if (unitIds.length > 0) {
          limits.push(
            eb(
              'reports.target_id',
              'in',
              eb
                .selectFrom('unit_targets')
                .select('unit_targets.target_id')
                .where('unit_targets.institution_id', '=', institution.id)
                .where('unit_targets.unit_id', 'in', unitIds),
            ),
          );
        }
        reach.push(
          limits.length > 0
            ? eb.and([eb('reports.institution_id', '=', institution.id), eb.or(limits)])
            : eb('reports.institution_id', '=', institution.id),
        );
      }
      return reach.length > 0 ? eb.or(reach) : eb.lit(false);
    });
  }
  if (filter.periodId !== undefined) query = query.where('reports.period_id', '=', filter.periodId);
  if (filter.quarter !== undefined) query = query.where('reports.quarter_number', '=', filter.quarter);
  if (filter.institutionId !== undefined) query = query.where('reports.institution_id', '=', filter.institutionId);
  if (filter.state !== undefined) query = query.where('reports.state', '=', filter.state);
  return query.orderBy('reports.id').limit(limit).execute();
}

/** One page of institutions, by code, with the parent province's code. */
export function pageInstitutions(
  db: Executor,
  filter: { type?: string | undefined; provinceCode?: string | undefined },
  afterCode: string,
  limit: number,
) {
  let query = db
    .selectFrom('institutions')
    .leftJoin('institutions as parent', 'parent.id', 'institutions.parent_id')
    .select([
      'institutions.code',
      'institutions.name',
      'institutions.type',
      'institutions.province_code',
      'parent.code as parent_code',
    ])
    .where('institutions.code', '>', afterCode);
  if (filter.type) query = query.where('institutions.type', '=', filter.type);
  if (filter.provinceCode) query = query.where('institutions.province_code', '=', filter.provinceCode);
  return query.orderBy('institutions.code').limit(limit).execute();
}

/** One page of accounts (of one institution, or all), by id, with their institution's code. */
export function pageUsers(
  db: Executor,
  filter: { institutionId?: number | undefined; status?: string | undefined },
  afterId: number,
  limit: number,
) {
  let query = db
    .selectFrom('users')
    .leftJoin('institutions', 'institutions.id', 'users.institution_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.status',
      'users.locale',
      'users.created_at',
      'institutions.code as institution_code',
    ])
    .where('users.id', '>', afterId);
  if (filter.institutionId !== undefined) query = query.where('users.institution_id', '=', filter.institutionId);
  if (filter.status) query = query.where('users.status', '=', filter.status);
  return query.orderBy('users.id').limit(limit).execute();
}
