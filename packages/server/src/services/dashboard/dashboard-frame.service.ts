/**
 * What every dashboard starts from: the period and quarter shown, today's date, live figures for
 * every assigned institution, and the shaping of summed rows into figure rows.
 */
import {
  computePerformance,
  dateInZone,
  defaultPeriod,
  defaultQuarter,
  EMPTY_SUMS,
  type FigureRowDto,
  type FigureSums,
  figuresOf,
  triwulanLabel,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  insertStatsIfAbsent,
  institutionsWithoutStats,
  type RawSums,
} from '../../db/repositories/dashboard-stats.repository.js';
import { listEvidenceCoverage } from '../../db/repositories/evidence.repository.js';
import { listAssignedTargets, listReportsForFigures } from '../../db/repositories/performance.repository.js';
import { findPeriodByCode, listPeriods, listQuarters } from '../../db/repositories/period.repository.js';
import type { Period, Quarter } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';
import { coverageByReport, performanceInputs } from '../figures/performance.service.js';

/** The period and quarter a dashboard shows, read on `today`. */
export interface DashboardFrame {
  period: Period;
  quarter: number;
  quarters: Quarter[];
  today: string;
}

const NO_PERIOD = { id: 'Belum ada periode rencana aksi.', en: 'There is no action-plan period yet.' };

/** The period asked for, or the one containing today (else the newest). */
export async function resolvePeriod(db: Executor, code: string | undefined, today: string): Promise<Period> {
  const period = code
    ? await findPeriodByCode(db, code)
    : defaultPeriod(
        (await listPeriods(db)).map((p) => ({ ...p, startYear: p.start_year })),
        today,
      );
  if (!period) {
    throw new NotFoundError(
      code ? { id: `Periode ${code} tidak ditemukan.`, en: `Period ${code} not found.` } : NO_PERIOD,
    );
  }
  return period;
}

/** The period, quarter and date a dashboard request asks for (one query: cheap enough to key a memo on). */
export async function resolveShown(
  context: AppContext,
  query: { period?: string | undefined; quarter?: number | undefined },
): Promise<Omit<DashboardFrame, 'quarters'>> {
  const today = dateInZone(context.clock.now());
  const period = await resolvePeriod(context.database.db, query.period, today);
  return { period, quarter: query.quarter ?? defaultQuarter(period.start_year, today), today };
}

/** Completes what `resolveShown` resolved into a frame, making sure every figure is stored. */
export async function frameOf(context: AppContext, shown: Omit<DashboardFrame, 'quarters'>): Promise<DashboardFrame> {
  const { db } = context.database;
  const [quarters] = await Promise.all([
    listQuarters(db, [shown.period.id]),
    fillMissingFigures(db, shown.period.id, context.clock.now().toISOString()),
  ]);
  return { ...shown, quarters };
}

/** Resolves the period and quarter of a dashboard request and makes sure every figure is stored. */
export async function resolveFrame(
  context: AppContext,
  query: { period?: string | undefined; quarter?: number | undefined },
): Promise<DashboardFrame> {
  return frameOf(context, await resolveShown(context, query));
}

/** The frame as every dashboard answer starts. */
export function frameDto(frame: DashboardFrame) {
  return { period: frame.period.code, quarter: frame.quarter, label: triwulanLabel(frame.quarter), today: frame.today };
}

/**
 * Figures are stored by every change to an institution's reports or targets; an institution
 * nothing has happened to yet has none. Compute and store them before summing, so the sums
 * cover every assigned institution (once: afterwards changes keep them current).
 */
async function fillMissingFigures(db: Executor, periodId: number, at: string): Promise<void> {
  for (const institutionId of await institutionsWithoutStats(db, periodId)) {
    const [targets, reports] = await Promise.all([
      listAssignedTargets(db, institutionId, periodId),
      listReportsForFigures(db, institutionId, periodId),
    ]);
    const coverage = await listEvidenceCoverage(
      db,
      reports.map((r) => r.id),
    );
    const inputs = performanceInputs(targets, reports, coverageByReport(coverage));
    const figures = computePerformance(inputs.targets, inputs.reports);
    await insertStatsIfAbsent(
      db,
      figures.map((f) => ({
        institution_id: institutionId,
        period_id: periodId,
        quarter_number: f.quarter,
        expected: f.expected,
        submitted: f.submitted,
        on_time: f.onTime,
        complete: f.complete,
        verified: f.verified,
        not_applicable: f.notApplicable,
        weight_due: f.weightDue,
        weighted_score: f.weightedScore,
        achievement: f.achievement,
        updated_at: at,
      })),
    );
  }
}

/** Sums as the database returned them (PostgreSQL returns big sums as strings). */
export function sumsOf(raw: RawSums | undefined): FigureSums {
  if (!raw) return { ...EMPTY_SUMS };
  return {
    weightDue: Number(raw.weight_due ?? 0),
    weightedScore: Number(raw.weighted_score ?? 0),
    expected: Number(raw.expected ?? 0),
    submitted: Number(raw.submitted ?? 0),
    onTime: Number(raw.on_time ?? 0),
    complete: Number(raw.complete ?? 0),
    verified: Number(raw.verified ?? 0),
    notApplicable: Number(raw.not_applicable ?? 0),
  };
}

/** One figure row. */
export function figureRow(
  label: { code: string; name: string; parent?: string | null },
  institutions: number,
  sums: FigureSums,
  drill: FigureRowDto['drill'],
): FigureRowDto {
  return {
    ...figuresOf(sums),
    code: label.code,
    name: label.name,
    parent: label.parent ?? null,
    institutions,
    drill,
  };
}
