/** The reports behind a dashboard figure (drill-down), paged or walked in order for exports. */
import { sql } from 'kysely';
import type { Executor } from '../database.js';
import { reportsOfAssigned } from './dashboard-outputs.repository.js';
import { evidenceComplete } from './evidence-complete.js';

/** Which reports: the filters of a figure, resolved to ids and codes of one period. */
export interface ReportListFilter {
  periodId: number;
  quarter?: number | undefined;
  through?: number | undefined;
  institutionId?: number | undefined;
  provinceCode?: string | undefined;
  type?: string | undefined;
  fokusCode?: string | undefined;
  aksiCode?: string | undefined;
  outputCode?: string | undefined;
  states?: string[] | undefined;
  submitted?: boolean | undefined;
  onTime?: boolean | undefined;
  complete?: boolean | undefined;
  notApplicable?: boolean | undefined;
  grade?: string | undefined;
}

/** Where a walk through the list stopped: the last (institution code, target code). */
export interface ReportListCursor {
  institutionCode: string;
  targetCode: string;
}

function filtered(db: Executor, filter: ReportListFilter, sizes: ReadonlyMap<number, number>) {
  const complete = evidenceComplete('r.id', 'rv.id', sizes);
  let query = reportsOfAssigned(db, filter.periodId, {
    institutionId: filter.institutionId,
    provinceCode: filter.provinceCode,
    type: filter.type,
  })
    .innerJoin('aksi as ak', 'ak.id', 'o.aksi_id')
    .innerJoin('fokus as f', 'f.id', 'ak.fokus_id')
    .innerJoin('target_versions as rv', (join) =>
      join.onRef('rv.target_id', '=', 'r.target_id').onRef('rv.version', '=', 'r.target_version'),
    )
    .innerJoin('target_versions as cv', (join) =>
      join.onRef('cv.target_id', '=', 't.id').onRef('cv.version', '=', 't.current_version'),
    );
  if (filter.quarter !== undefined) query = query.where('r.quarter_number', '=', filter.quarter);
  if (filter.through !== undefined) query = query.where('r.quarter_number', '<=', filter.through);
  if (filter.fokusCode) query = query.where('f.code', '=', filter.fokusCode);
  if (filter.aksiCode) query = query.where('ak.code', '=', filter.aksiCode);
  if (filter.outputCode) query = query.where('o.code', '=', filter.outputCode);
  if (filter.states) query = query.where('r.state', 'in', filter.states);
  if (filter.grade) query = query.where('r.quality_grade', '=', filter.grade);
  if (filter.submitted !== undefined)
    query = query.where('r.first_submitted_at', filter.submitted ? 'is not' : 'is', null);
  // "On time", "complete": among submitted reports, as the compliance counts take them.
  if (filter.onTime !== undefined)
    query = query.where('r.first_submitted_at', 'is not', null).where('r.on_time', '=', filter.onTime ? 1 : 0);
  if (filter.complete !== undefined)
    query = query.where('r.first_submitted_at', 'is not', null).where(complete, '=', filter.complete ? 1 : 0);
  if (filter.notApplicable === true) query = query.where('r.state', '=', 'accepted').where('r.na_accepted', '=', 1);
  if (filter.notApplicable === false)
    query = query.where(sql<boolean>`not (r.state = 'accepted' and r.na_accepted = 1)`);
  return { query, complete };
}

/** How many reports match. */
export async function countReports(
  db: Executor,
  filter: ReportListFilter,
  sizes: ReadonlyMap<number, number>,
): Promise<number> {
  const row = await filtered(db, filter, sizes)
    .query.select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Matching reports by institution code then target code: a page, or the rows after a cursor. */
export function listReports(
  db: Executor,
  filter: ReportListFilter,
  sizes: ReadonlyMap<number, number>,
  page: { limit: number; offset?: number; after?: ReportListCursor },
) {
  const { query, complete } = filtered(db, filter, sizes);
  let rows = query.select([
    'r.id',
    'r.quarter_number',
    'r.state',
    'r.round',
    'r.first_submitted_at',
    'r.on_time',
    'r.quality_grade',
    'r.na_accepted',
    'i.code as institution_code',
    'i.name as institution_name',
    'i.type as institution_type',
    'i.province_code',
    't.code as target_code',
    'ak.code as aksi_code',
    'o.code as output_code',
    complete.as('complete'),
    sql<number>`case when r.state = 'accepted' then rv.weight else cv.weight end`.as('weight'),
    sql<number | null>`coalesce(r.field_score, r.score)`.as('score'),
  ]);
  const after = page.after;
  if (after) {
    rows = rows.where((eb) =>
      eb.or([
        eb('i.code', '>', after.institutionCode),
        eb.and([eb('i.code', '=', after.institutionCode), eb('t.code', '>', after.targetCode)]),
      ]),
    );
  }
  return rows
    .orderBy('i.code')
    .orderBy('t.code')
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .execute();
}

export type ReportListRow = Awaited<ReturnType<typeof listReports>>[number];
