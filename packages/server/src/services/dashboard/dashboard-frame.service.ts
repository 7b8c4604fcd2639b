/**
 * What every dashboard starts from: the period and quarter shown, today's date, live figures for
 * every assigned institution, and the shaping of summed rows into figure rows.
 */
import {
  dateInZone,
  defaultPeriod,
  defaultQuarter,
  EMPTY_SUMS,
  type FigureRowDto,
  type FigureSums,
  figuresOf,
  type GradeWeightRule,
  triwulanLabel,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { RawSums } from '../../db/repositories/figure-sums.repository.js';
import { findPeriodByCode, listPeriods, listQuarters } from '../../db/repositories/period.repository.js';
import type { Period, Quarter } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';
import { ensurePeriodFigures } from '../figures/figures.service.js';
import { appliedGradeWeight, gradeWeightDto } from '../figures/grade-weight.js';

/** The period and quarter a dashboard shows, read on `today`. */
export interface DashboardFrame {
  period: Period;
  quarter: number;
  quarters: Quarter[];
  today: string;
  /** The grade-weight rule the figures were computed with. */
  gradeWeight: GradeWeightRule;
}

/** What a dashboard request asks to show, before the frame is completed (`frameOf`, `readFrame`). */
export type DashboardShown = Omit<DashboardFrame, 'quarters' | 'gradeWeight'>;

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

/** The period, quarter and date a dashboard request asks for (a query or two: cheap enough to key a memo on). */
export async function resolveShown(
  context: AppContext,
  query: { period?: string | undefined; quarter?: number | undefined },
): Promise<DashboardShown> {
  const today = dateInZone(context.clock.now());
  const { db } = context.database;
  const period = await resolvePeriod(db, query.period, today);
  if (query.quarter !== undefined) return { period, quarter: query.quarter, today };
  const quarters = (await listQuarters(db, [period.id])).map((q) => ({
    number: q.number,
    verificationEndsOn: q.verification_ends_on,
  }));
  return { period, quarter: defaultQuarter(period.start_year, today, quarters), today };
}

/** Completes what `resolveShown` resolved into a frame, making sure every figure is stored. */
export async function frameOf(context: AppContext, shown: DashboardShown): Promise<DashboardFrame> {
  const [frame] = await Promise.all([readFrame(context, shown), ensurePeriodFigures(context, shown.period.id)]);
  return frame;
}

/**
 * Completes what `resolveShown` resolved into a frame, reading only: for a reader (the figures
 * worker) whose caller made sure every figure is stored.
 */
export async function readFrame(context: AppContext, shown: DashboardShown): Promise<DashboardFrame> {
  const { db } = context.database;
  const [quarters, gradeWeight] = await Promise.all([listQuarters(db, [shown.period.id]), appliedGradeWeight(db)]);
  return { ...shown, quarters, gradeWeight };
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
  return {
    period: frame.period.code,
    quarter: frame.quarter,
    label: triwulanLabel(frame.quarter),
    today: frame.today,
    gradeWeight: gradeWeightDto(frame.gradeWeight),
  };
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
    administratif: Number(raw.administratif ?? 0),
    terlaksana: Number(raw.terlaksana ?? 0),
    berdampak: Number(raw.berdampak ?? 0),
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
