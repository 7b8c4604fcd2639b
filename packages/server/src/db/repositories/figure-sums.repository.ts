/**
 * Sums over the stored figures (`institution_figures`, one row per institution and quarter):
 * national, per type, per province, per institution, trends and rankings. Every query reads the
 * (period, quarter) index and returns additive sums; shaping happens in the service.
 */
import type { BandThresholds } from '@pantau/core';
import { sql } from 'kysely';
import type { Executor } from '../database.js';
import { FIGURE_COLUMNS } from './figures.repository.js';

/** How stored figures are grouped. */
export type FigureGroup = 'all' | 'type' | 'province';

/** Which institutions count. */
export interface FigureFilter {
  type?: string | undefined;
  /** A province: its government and its kabupaten/kota. */
  provinceCode?: string | undefined;
  institutionId?: number | undefined;
}

/** Additive sums of a group, as the database returns them (PostgreSQL sums are strings). */
export interface RawSums {
  weight_due: number | string | null;
  weighted_score: number | string | null;
  expected: number | string | null;
  submitted: number | string | null;
  on_time: number | string | null;
  complete: number | string | null;
  verified: number | string | null;
  not_applicable: number | string | null;
  administratif: number | string | null;
  terlaksana: number | string | null;
  berdampak: number | string | null;
}

type Summed = Exclude<(typeof FIGURE_COLUMNS)[number], 'achievement'>;

/** The additive figures: every stored one but achievement, which is derived from the sums. */
const SUMMED = FIGURE_COLUMNS.filter((column): column is Summed => column !== 'achievement');

function storedFigures(db: Executor, periodId: number, filter: FigureFilter) {
  let query = db
    .selectFrom('institution_figures as s')
    .innerJoin('institutions as i', 'i.id', 's.institution_id')
    .where('s.period_id', '=', periodId);
  if (filter.type) query = query.where('i.type', '=', filter.type);
  if (filter.provinceCode) query = query.where('i.province_code', '=', filter.provinceCode);
  if (filter.institutionId !== undefined) query = query.where('i.id', '=', filter.institutionId);
  return query;
}

/** Σ of each figure at quarter `quarter`, from rows of quarters 1..quarter. */
function sumsAt(quarter: number) {
  const at = (column: Summed) =>
    sql<number | string | null>`sum(case when s.quarter_number = ${quarter} then ${sql.ref(`s.${column}`)} else 0 end)`;
  return [
    at('weight_due').as('weight_due'),
    at('weighted_score').as('weighted_score'),
    at('expected').as('expected'),
    at('submitted').as('submitted'),
    at('on_time').as('on_time'),
    at('complete').as('complete'),
    at('verified').as('verified'),
    at('not_applicable').as('not_applicable'),
    at('administratif').as('administratif'),
    at('terlaksana').as('terlaksana'),
    at('berdampak').as('berdampak'),
    // Institutions with targets due in quarters 1..quarter.
    sql<number | string>`count(distinct case when s.expected > 0 then s.institution_id end)`.as('institutions'),
  ] as const;
}

/** Sums at `quarter` per group, with the number of institutions carrying targets due so far. */
export function groupedFigureSums(
  db: Executor,
  periodId: number,
  quarter: number,
  group: FigureGroup,
  filter: FigureFilter,
): Promise<(RawSums & { key: string; institutions: number | string })[]> {
  let query = storedFigures(db, periodId, filter).where('s.quarter_number', '<=', quarter);
  if (group === 'all') return query.select([sql<string>`'all'`.as('key'), ...sumsAt(quarter)]).execute();
  if (group === 'province') query = query.where('i.province_code', 'is not', null).where('i.type', '!=', 'kl');
  const key = group === 'type' ? 'i.type' : 'i.province_code';
  return query
    .select([sql<string>`${sql.ref(key)}`.as('key'), ...sumsAt(quarter)])
    .groupBy(key)
    .execute();
}

/** Sums at `quarter` per institution, by code. */
export function institutionFigureSums(db: Executor, periodId: number, quarter: number, filter: FigureFilter) {
  return storedFigures(db, periodId, filter)
    .where('s.quarter_number', '<=', quarter)
    .select(['i.code as key', 'i.name', 'i.type', 'i.province_code', ...sumsAt(quarter)])
    .groupBy(['i.code', 'i.name', 'i.type', 'i.province_code'])
    .orderBy('i.code')
    .execute();
}

/** Sums of each quarter 1..quarter (a trend). */
export function figureTrend(db: Executor, periodId: number, quarter: number, filter: FigureFilter) {
  return storedFigures(db, periodId, filter)
    .where('s.quarter_number', '<=', quarter)
    .select(['s.quarter_number', ...SUMMED.map((column) => sql`sum(${sql.ref(`s.${column}`)})`.as(column))])
    .groupBy('s.quarter_number')
    .orderBy('s.quarter_number')
    .execute() as Promise<(RawSums & { quarter_number: number })[]>;
}

/** Institutions per band of their own achievement at `quarter`. */
export async function bandCounts(
  db: Executor,
  periodId: number,
  quarter: number,
  thresholds: BandThresholds,
  filter: FigureFilter,
): Promise<{ baik: number; cukup: number; kurang: number }> {
  const row = await storedFigures(db, periodId, filter)
    .where('s.quarter_number', '=', quarter)
    .where('s.achievement', 'is not', null)
    .select([
      sql<number>`sum(case when s.achievement >= ${thresholds.baik} then 1 else 0 end)`.as('baik'),
      sql<number>`sum(case when s.achievement >= ${thresholds.cukup} and s.achievement < ${thresholds.baik} then 1 else 0 end)`.as(
        'cukup',
      ),
      sql<number>`sum(case when s.achievement < ${thresholds.cukup} then 1 else 0 end)`.as('kurang'),
    ])
    .executeTakeFirst();
  return { baik: Number(row?.baik ?? 0), cukup: Number(row?.cukup ?? 0), kurang: Number(row?.kurang ?? 0) };
}

/** How a ranking orders institutions. */
export interface RankingQuery {
  periodId: number;
  quarter: number;
  by: 'achievement' | 'compliance';
  direction: 'desc' | 'asc';
  limit: number;
  type?: string | undefined;
}

const onTimeRatio = (alias: 's' | 'p') =>
  sql<number>`cast(${sql.ref(`${alias}.on_time`)} as double precision) / ${sql.ref(`${alias}.expected`)}`;

function ranked(db: Executor, query: Omit<RankingQuery, 'direction' | 'limit'>) {
  let base = storedFigures(db, query.periodId, { type: query.type }).where('s.quarter_number', '=', query.quarter);
  base = query.by === 'achievement' ? base.where('s.achievement', 'is not', null) : base.where('s.expected', '>', 0);
  return base;
}

/** The first `limit` institutions of a ranking at a quarter (ties by code). */
export function rankedFigures(db: Executor, query: RankingQuery) {
  const order = query.by === 'achievement' ? sql`s.achievement` : onTimeRatio('s');
  return ranked(db, query)
    .select(['i.code', 'i.name', 'i.type', 'i.province_code', 's.achievement', 's.expected', 's.on_time'])
    .orderBy(order, query.direction)
    .orderBy('i.code')
    .limit(query.limit)
    .execute();
}

/** How many institutions a ranking holds. */
export async function countRanked(db: Executor, query: Omit<RankingQuery, 'direction' | 'limit'>): Promise<number> {
  const row = await ranked(db, query)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The institutions whose measure rose (`desc`) or fell (`asc`) most since the previous quarter. */
export function figureMovers(db: Executor, query: RankingQuery) {
  const change =
    query.by === 'achievement'
      ? sql<number>`s.achievement - p.achievement`
      : sql<number>`${onTimeRatio('s')} - ${onTimeRatio('p')}`;
  let base = storedFigures(db, query.periodId, { type: query.type })
    .innerJoin('institution_figures as p', (join) =>
      join
        .onRef('p.institution_id', '=', 's.institution_id')
        .onRef('p.period_id', '=', 's.period_id')
        .on('p.quarter_number', '=', query.quarter - 1),
    )
    .where('s.quarter_number', '=', query.quarter);
  base =
    query.by === 'achievement'
      ? base.where('s.achievement', 'is not', null).where('p.achievement', 'is not', null)
      : base.where('s.expected', '>', 0).where('p.expected', '>', 0);
  return base
    .where(change, query.direction === 'desc' ? '>' : '<', 0)
    .select([
      'i.code',
      'i.name',
      'i.type',
      'i.province_code',
      's.achievement',
      's.expected',
      's.on_time',
      'p.achievement as previous_achievement',
      'p.expected as previous_expected',
      'p.on_time as previous_on_time',
    ])
    .orderBy(change, query.direction)
    .orderBy('i.code')
    .limit(query.limit)
    .execute();
}

/** Institutions that did not submit everything on time, per quarter, among `quarters`. */
export function lateQuarterRows(db: Executor, periodId: number, quarters: number[]) {
  if (quarters.length === 0) return Promise.resolve([]);
  return storedFigures(db, periodId, {})
    .where('s.quarter_number', 'in', quarters)
    .where('s.expected', '>', 0)
    .whereRef('s.on_time', '<', 's.expected')
    .select([
      's.institution_id',
      's.quarter_number',
      's.expected',
      's.on_time',
      'i.code',
      'i.name',
      'i.type',
      'i.province_code',
    ])
    .orderBy('i.code')
    .execute();
}

/** Every provincial government, by code. */
export function listProvinceInstitutions(db: Executor) {
  return db
    .selectFrom('institutions')
    .select(['id', 'code', 'name', 'province_code'])
    .where('type', '=', 'provinsi')
    .orderBy('code')
    .execute();
}
