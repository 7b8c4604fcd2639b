/**
 * Dashboard sums per output, from the base tables (targets, assignments, reports): what fokus,
 * aksi and output breakdowns are made of. Three GROUP BY queries — targets, assignments,
 * reports — whose rows `outputSums` (core) combines; the same rules as the live figures.
 */
import { sql } from 'kysely';
import type { Executor } from '../database.js';
import { evidenceComplete } from './evidence-complete.js';

/** Which institutions and outputs count. */
export interface OutputFilter {
  institutionId?: number | undefined;
  aksiId?: number | undefined;
  provinceCode?: string | undefined;
  type?: string | undefined;
}

/** Per output: Σ current weight of targets due in quarters 1..q, and targets due in q. */
export async function outputTargetSums(db: Executor, periodId: number, quarter: number) {
  const rows = await db
    .selectFrom('targets as t')
    .innerJoin('target_versions as cv', (join) =>
      join.onRef('cv.target_id', '=', 't.id').onRef('cv.version', '=', 't.current_version'),
    )
    .select([
      't.output_id',
      sql<number | string>`sum(case when t.quarter_number <= ${quarter} then cv.weight else 0 end)`.as('weight_so_far'),
      sql<number | string>`sum(case when t.quarter_number = ${quarter} then 1 else 0 end)`.as('due_in_quarter'),
      sql<number | string>`sum(case when t.quarter_number <= ${quarter} then 1 else 0 end)`.as('due_so_far'),
    ])
    .where('t.period_id', '=', periodId)
    .groupBy('t.output_id')
    .execute();
  return rows.map((r) => ({
    outputId: r.output_id,
    weightSoFar: Number(r.weight_so_far),
    dueInQuarter: Number(r.due_in_quarter),
    dueSoFar: Number(r.due_so_far),
  }));
}

function assignedFrom(db: Executor, periodId: number, filter: OutputFilter) {
  let query = db
    .selectFrom('assignments as a')
    .innerJoin('outputs as o', 'o.id', 'a.output_id')
    .innerJoin('institutions as i', 'i.id', 'a.institution_id')
    .where('o.period_id', '=', periodId)
    .where('a.ended_at', 'is', null);
  if (filter.institutionId !== undefined) query = query.where('a.institution_id', '=', filter.institutionId);
  if (filter.aksiId !== undefined) query = query.where('o.aksi_id', '=', filter.aksiId);
  if (filter.provinceCode) query = query.where('i.province_code', '=', filter.provinceCode);
  if (filter.type) query = query.where('i.type', '=', filter.type);
  return query;
}

/** Reports of a period whose institution carries the target's output (as the live figures count them). */
export function reportsOfAssigned(db: Executor, periodId: number, filter: OutputFilter) {
  let query = db
    .selectFrom('reports as r')
    .innerJoin('targets as t', 't.id', 'r.target_id')
    .innerJoin('assignments as a', (join) =>
      join
        .onRef('a.output_id', '=', 't.output_id')
        .onRef('a.institution_id', '=', 'r.institution_id')
        .on('a.ended_at', 'is', null),
    )
    .innerJoin('outputs as o', 'o.id', 't.output_id')
    .innerJoin('institutions as i', 'i.id', 'r.institution_id')
    .where('r.period_id', '=', periodId);
  if (filter.institutionId !== undefined) query = query.where('r.institution_id', '=', filter.institutionId);
  if (filter.aksiId !== undefined) query = query.where('o.aksi_id', '=', filter.aksiId);
  if (filter.provinceCode) query = query.where('i.province_code', '=', filter.provinceCode);
  if (filter.type) query = query.where('i.type', '=', filter.type);
  return query;
}

/** Institutions assigned per output (and per institution type when `byType`). */
export async function assignedCounts(db: Executor, periodId: number, filter: OutputFilter, byType: boolean) {
  const rows = await assignedFrom(db, periodId, filter)
    .select(['a.output_id', byType ? 'i.type' : sql<string>`''`.as('type'), sql<number | string>`count(*)`.as('n')])
    .groupBy(byType ? ['a.output_id', 'i.type'] : ['a.output_id'])
    .execute();
  return rows.map((r) => ({ outputId: r.output_id, type: r.type, assigned: Number(r.n) }));
}

/** The level institutions are counted at: distinct per output, aksi, fokus, or over everything. */
export type CountLevel = 'all' | 'output' | 'aksi' | 'fokus';

const LEVEL_KEY = { output: 'o.id', aksi: 'o.aksi_id', fokus: 'ak.fokus_id' } as const;

/** Distinct institutions carrying targets due in quarters 1..q, per output/aksi/fokus id (and type). */
export async function carryingCounts(
  db: Executor,
  periodId: number,
  quarter: number,
  level: CountLevel,
  filter: OutputFilter,
  byType: boolean,
) {
  const key = level === 'all' ? null : sql.ref(LEVEL_KEY[level]);
  const groupBy = [...(key ? [key] : []), ...(byType ? [sql.ref('i.type')] : [])];
  let query = assignedFrom(db, periodId, filter)
    .innerJoin('aksi as ak', 'ak.id', 'o.aksi_id')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('targets as t')
          .select('t.id')
          .whereRef('t.output_id', '=', 'o.id')
          .where('t.quarter_number', '<=', quarter),
      ),
    )
    .select([
      (key ? sql<number>`${key}` : sql<number>`0`).as('key'),
      byType ? 'i.type' : sql<string>`''`.as('type'),
      sql<number | string>`count(distinct a.institution_id)`.as('n'),
    ]);
  if (groupBy.length > 0) query = query.groupBy(groupBy);
  const rows = await query.execute();
  return rows.map((r) => ({ id: Number(r.key), type: r.type, institutions: Number(r.n) }));
}

/** The grade-weight factor of a report's score, as `gradeFactor` (core) gives it; nothing while the rule is off. */
function gradeFactorSql(administratifWeight: number) {
  if (administratifWeight === 1) return sql``;
  return sql` * (case when r.quality_grade = 'administratif' then cast(${administratifWeight} as double precision) else 1 end)`;
}

/**
 * What the reports of quarters 1..q add per output (and type), for institutions assigned to the
 * output: accepted reports swap the current weight for the judged version's (or drop it when not
 * applicable) and add weight × score (× the grade-weight factor of an administratif report);
 * reports of quarter q give the compliance counts and the grades.
 */
export async function outputReportSums(
  db: Executor,
  periodId: number,
  quarter: number,
  filter: OutputFilter,
  byType: boolean,
  sizes: ReadonlyMap<number, number>,
  administratifWeight = 1,
) {
  const accepted = sql`r.state = 'accepted'`;
  const inQuarter = sql`r.quarter_number = ${quarter}`;
  const submittedInQuarter = sql`${inQuarter} and r.first_submitted_at is not null`;
  const rows = await reportsOfAssigned(db, periodId, filter)
    .innerJoin('target_versions as rv', (join) =>
      join.onRef('rv.target_id', '=', 'r.target_id').onRef('rv.version', '=', 'r.target_version'),
    )
    .innerJoin('target_versions as cv', (join) =>
      join.onRef('cv.target_id', '=', 't.id').onRef('cv.version', '=', 't.current_version'),
    )
    .where('r.quarter_number', '<=', quarter)
    .select([
      'a.output_id',
      byType ? 'i.type' : sql<string>`''`.as('type'),
      sql<
        number | string
      >`sum(case when ${accepted} then (case when r.na_accepted = 1 then 0 else rv.weight end) - cv.weight else 0 end)`.as(
        'weight_adjustment',
      ),
      sql<
        number | string
      >`sum(case when ${accepted} and r.na_accepted = 0 then rv.weight * coalesce(r.field_score, r.score, 0)${gradeFactorSql(administratifWeight)} else 0 end)`.as(
        'weighted_score',
      ),
      sql<number | string>`sum(case when ${submittedInQuarter} then 1 else 0 end)`.as('submitted'),
      sql<number | string>`sum(case when ${submittedInQuarter} and r.on_time = 1 then 1 else 0 end)`.as('on_time'),
      sql<
        number | string
      >`sum(case when ${submittedInQuarter} then ${evidenceComplete('r.id', 'rv.id', sizes)} else 0 end)`.as(
        'complete',
      ),
      sql<number | string>`sum(case when ${inQuarter} and ${accepted} then 1 else 0 end)`.as('verified'),
      sql<number | string>`sum(case when ${inQuarter} and ${accepted} and r.na_accepted = 1 then 1 else 0 end)`.as(
        'not_applicable',
      ),
      ...(['administratif', 'terlaksana', 'berdampak'] as const).map((grade) =>
        sql<
          number | string
        >`sum(case when ${inQuarter} and ${accepted} and r.na_accepted = 0 and r.quality_grade = ${grade} then 1 else 0 end)`.as(
          grade,
        ),
      ),
    ])
    .groupBy(byType ? ['a.output_id', 'i.type'] : ['a.output_id'])
    .execute();
  return rows.map((r) => ({
    outputId: r.output_id,
    type: r.type,
    sums: {
      weightAdjustment: Number(r.weight_adjustment),
      weightedScore: Number(r.weighted_score),
      submitted: Number(r.submitted),
      onTime: Number(r.on_time),
      complete: Number(r.complete),
      verified: Number(r.verified),
      notApplicable: Number(r.not_applicable),
      administratif: Number(r.administratif),
      terlaksana: Number(r.terlaksana),
      berdampak: Number(r.berdampak),
    },
  }));
}

/** An aksi of a period by code, with its fokus. */
export function findAksiWithFokus(db: Executor, periodId: number, code: string) {
  return db
    .selectFrom('aksi as ak')
    .innerJoin('fokus as f', 'f.id', 'ak.fokus_id')
    .select(['ak.id', 'ak.code', 'ak.name', 'f.code as fokus_code', 'f.name as fokus_name'])
    .where('ak.period_id', '=', periodId)
    .where('ak.code', '=', code)
    .executeTakeFirst();
}
