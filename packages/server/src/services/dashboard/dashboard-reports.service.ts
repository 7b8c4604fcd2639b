/**
 * The reports behind a dashboard figure. Each figure maps to filters (see the README):
 * `submitted`, `onTime`, `complete`, `state=accepted` and `notApplicable` with `quarter=q` give
 * the reports counted in the compliance figures; `through=q&state=accepted` the reports whose
 * scores make the achievement. Totals equal the figures they come from.
 */
import {
  type DashboardReportsDto,
  type DashboardReportsQuery,
  dateInZone,
  type QualityGrade,
  type ReportState,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  countReports,
  listReports,
  type ReportListFilter,
  type ReportListRow,
} from '../../db/repositories/dashboard-reports.repository.js';
import { checklistSizes } from '../../db/repositories/evidence-complete.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { resolvePeriod } from './dashboard-frame.service.js';
import { institutionOf } from './dashboard-warning.service.js';

const flag = (value: 'true' | 'false' | undefined) => (value === undefined ? undefined : value === 'true');

/** The filters of a drill-down query, resolved in its period. */
export async function reportFilter(
  context: AppContext,
  query: Omit<DashboardReportsQuery, 'limit' | 'offset'>,
): Promise<{ period: string; filter: ReportListFilter }> {
  const { db } = context.database;
  const period = await resolvePeriod(db, query.period, dateInZone(context.clock.now()));
  // An unknown institution code matches no report, like an unknown aksi or output code.
  const institutionId = query.institution
    ? ((await findInstitutionByCode(db, query.institution))?.id ?? -1)
    : undefined;
  return {
    period: period.code,
    filter: {
      periodId: period.id,
      quarter: query.quarter,
      through: query.through,
      institutionId,
      provinceCode: query.province,
      type: query.type,
      fokusCode: query.fokus,
      aksiCode: query.aksi,
      outputCode: query.output,
      states: query.state?.split(','),
      submitted: flag(query.submitted),
      onTime: flag(query.onTime),
      complete: flag(query.complete),
      notApplicable: flag(query.notApplicable),
      grade: query.grade,
    },
  };
}

/** A report row as the API shows it. */
export function reportItem(row: ReportListRow): DashboardReportsDto['items'][number] {
  return {
    id: row.id,
    quarter: row.quarter_number,
    institution: institutionOf(row),
    target: { code: row.target_code, aksi: row.aksi_code, output: row.output_code },
    state: row.state as ReportState,
    round: row.round,
    submittedAt: row.first_submitted_at,
    onTime: row.first_submitted_at === null || row.on_time === null ? null : row.on_time === 1,
    complete: Number(row.complete) === 1,
    weight: Number(row.weight),
    score: row.score === null ? null : Number(row.score),
    qualityGrade: row.quality_grade as QualityGrade | null,
    notApplicable: row.state === 'accepted' && row.na_accepted === 1,
  };
}

/** One page of the reports behind a figure, with their total. */
export async function dashboardReports(
  context: AppContext,
  query: DashboardReportsQuery,
): Promise<DashboardReportsDto> {
  const { db } = context.database;
  const { period, filter } = await reportFilter(context, query);
  const sizes = await checklistSizes(db, filter.periodId);
  const [total, rows] = await Promise.all([
    countReports(db, filter, sizes),
    listReports(db, filter, sizes, { limit: query.limit, offset: query.offset }),
  ]);
  return { period, total, limit: query.limit, offset: query.offset, items: rows.map(reportItem) };
}

/** Every report behind a figure, in order, fetched `pageSize` at a time (for exports). */
export async function* walkReports(
  db: Executor,
  filter: ReportListFilter,
  pageSize = 1000,
): AsyncGenerator<ReportListRow> {
  const sizes = await checklistSizes(db, filter.periodId);
  let after: { institutionCode: string; targetCode: string } | undefined;
  for (;;) {
    const rows = await listReports(db, filter, sizes, { limit: pageSize, ...(after ? { after } : {}) });
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = { institutionCode: last.institution_code, targetCode: last.target_code };
  }
}
