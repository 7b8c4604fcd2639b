/**
 * Rankings: best and worst institutions by achievement or by compliance (reports submitted on
 * time ÷ expected in the quarter), and the movers since the previous quarter.
 */
import {
  bandOf,
  changeOf,
  type DashboardQuery,
  type InstitutionType,
  percent,
  type RankingMeasure,
  type RankingsDto,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import {
  countRanked,
  figureMovers,
  type RankingQuery,
  rankedFigures,
} from '../../db/repositories/figure-sums.repository.js';
import { frameDto, resolveFrame } from './dashboard-frame.service.js';

interface StatsRow {
  code: string;
  name: string;
  type: string;
  province_code: string | null;
  achievement: number | null;
  expected: number;
  on_time: number;
}

const institutionOf = (row: StatsRow) => ({
  code: row.code,
  name: row.name,
  type: row.type as InstitutionType,
  provinceCode: row.province_code,
});

const bandOfRow = (row: { achievement: number | null }) => (row.achievement === null ? null : bandOf(row.achievement));

/** The ranked value of a row: its achievement, or its on-time rate. */
function measureOf(by: RankingMeasure, row: { achievement: number | null; expected: number; on_time: number }): number {
  return (by === 'achievement' ? row.achievement : percent(row.on_time, row.expected)) ?? 0;
}

/** Best, worst and movers of a quarter. */
export async function rankings(
  context: AppContext,
  query: DashboardQuery & { by: RankingMeasure; limit: number; type?: InstitutionType | undefined },
): Promise<RankingsDto> {
  const { db } = context.database;
  const frame = await resolveFrame(context, query);
  const ranking: RankingQuery = {
    periodId: frame.period.id,
    quarter: frame.quarter,
    by: query.by,
    direction: 'desc',
    limit: query.limit,
    type: query.type,
  };
  const previousQuarter = frame.quarter > 1 ? frame.quarter - 1 : null;
  const [ranked, best, worst, up, down] = await Promise.all([
    countRanked(db, ranking),
    rankedFigures(db, ranking),
    rankedFigures(db, { ...ranking, direction: 'asc' }),
    previousQuarter ? figureMovers(db, ranking) : [],
    previousQuarter ? figureMovers(db, { ...ranking, direction: 'asc' }) : [],
  ]);
  const rankRow = (row: StatsRow, rank: number) => ({
    rank,
    institution: institutionOf(row),
    value: measureOf(query.by, row),
    achievement: row.achievement,
    band: bandOfRow(row),
    expected: row.expected,
    onTime: row.on_time,
  });
  const mover = (row: (typeof up)[number]) => {
    const previous = measureOf(query.by, {
      achievement: row.previous_achievement,
      expected: row.previous_expected,
      on_time: row.previous_on_time,
    });
    const current = measureOf(query.by, row);
    return {
      institution: institutionOf(row),
      previous,
      current,
      change: changeOf(previous, current),
      band: bandOfRow(row),
    };
  };
  return {
    ...frameDto(frame),
    by: query.by,
    ranked,
    best: best.map((row, i) => rankRow(row, i + 1)),
    worst: worst.map((row, i) => rankRow(row, ranked - i)),
    movers: { previousQuarter, up: up.map(mover), down: down.map(mover) },
  };
}
