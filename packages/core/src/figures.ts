/**
 * Achievement and reporting compliance of one institution over a period, from its assigned
 * targets and their reports (docs/design.md#the-domain). Pure and exact: the server stores the result in the same
 * transaction as every change, and tests recompute it by hand.
 *
 * - Achievement at quarter q: weighted mean of accepted scores over every target due in
 *   quarters 1..q; a target not (yet) accepted counts 0; an accepted not-applicable claim leaves
 *   the target out. Null while nothing is due. Under a grade-weight rule an administratif score
 *   counts × the rule's factor.
 * - Compliance of quarter q, over the targets due in q: expected, submitted, on time (first
 *   submission by the deadline), complete (submitted with every required evidence item), verified
 *   (accepted). Each count is a subset of `expected`, so no rate exceeds 100 %.
 * - Quality of quarter q: the verified reports of targets due in q (not-applicable claims
 *   excluded) by the verifier's grade — administratif, terlaksana, berdampak.
 */

import { type GradeWeightRule, gradeFactor, NO_GRADE_WEIGHT } from './grade-weight.js';
import { QUARTERS_PER_PERIOD } from './quarters.js';
import type { QualityGrade, ReportState } from './reports.js';

/** A target an institution carries. */
export interface FigureTarget {
  targetId: number;
  quarter: number;
  weight: number;
}

/** The state of the institution's report on a target. */
export interface FigureReport {
  targetId: number;
  state: ReportState;
  /** Weight of the target version the report answers (accepted reports keep theirs). */
  weight: number;
  /** Verifier's score, adjusted by field verification where recorded. */
  score: number | null;
  notApplicableAccepted: boolean;
  /** Submitted at least once. */
  submitted: boolean;
  /** First submission met the deadline (or the institution's extension). */
  onTime: boolean;
  /** Every item of the evidence checklist has evidence. */
  evidenceComplete: boolean;
  /** The verifier's quality grade of an accepted report (null otherwise). */
  qualityGrade: QualityGrade | null;
}

/**
 * The additive sums behind every figure at a quarter q, of one institution or summed over a group
 * (a province, a type, an aksi): groups add these and only then divide.
 */
export interface FigureSums {
  /** Σ weight of the targets due in quarters 1..q (accepted not-applicable claims excluded). */
  weightDue: number;
  /** Σ weight × score of the accepted reports among them. */
  weightedScore: number;
  /** Targets due in quarter q (one per institution carrying it). */
  expected: number;
  submitted: number;
  onTime: number;
  complete: number;
  verified: number;
  notApplicable: number;
  /** …of the verified ones (not-applicable claims excluded), graded administratif, terlaksana, berdampak. */
  administratif: number;
  terlaksana: number;
  berdampak: number;
}

/** Sums of nothing: where every group and quarter starts. */
export const EMPTY_SUMS: Readonly<FigureSums> = Object.freeze({
  weightDue: 0,
  weightedScore: 0,
  expected: 0,
  submitted: 0,
  onTime: 0,
  complete: 0,
  verified: 0,
  notApplicable: 0,
  administratif: 0,
  terlaksana: 0,
  berdampak: 0,
});

/** Figures of one institution for one quarter. */
export interface QuarterFigures extends FigureSums {
  quarter: number;
  /** weightedScore / weightDue, rounded to 0.1; null when nothing is due. */
  achievement: number | null;
}

/** Rounds to one decimal, the precision every figure is shown and stored with. */
export function roundOne(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A rate in percent (0–100, one decimal), or null when nothing was expected. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : roundOne((100 * part) / whole);
}

/**
 * Whether a report can count differently from no report at all. Until its first submission a
 * report is neither submitted nor accepted, so it counts exactly as a target without a report:
 * opening a draft, or changing a never-submitted report's evidence, changes no figure.
 */
export function countsInFigures(report: Pick<FigureReport, 'state' | 'submitted'>): boolean {
  return report.submitted || report.state === 'accepted';
}

/**
 * Where a computation of figures starts: the first quarter computed and the cumulative weight due
 * and weighted score of the quarters before it. Achievement is cumulative, so a change in quarter
 * q changes quarters q..8 and none before: those rows can be computed from the stored row of
 * quarter q − 1 and the targets and reports of quarters q..8 alone.
 */
export interface FiguresStart {
  quarter: number;
  weightDue: number;
  weightedScore: number;
}

/** A computation of the whole period. */
export const FROM_FIRST_QUARTER: Readonly<FiguresStart> = Object.freeze({ quarter: 1, weightDue: 0, weightedScore: 0 });

/**
 * Per-quarter figures of one institution, quarters `from.quarter`..8 (1..8 unless told). With a
 * grade-weight rule on, an administratif report's score counts × its factor in the achievement
 * (`gradeFactor`).
 */
export function computeFigures(
  targets: readonly FigureTarget[],
  reports: readonly FigureReport[],
  rule: GradeWeightRule = NO_GRADE_WEIGHT,
  from: Readonly<FiguresStart> = FROM_FIRST_QUARTER,
): QuarterFigures[] {
  const byTarget = new Map(reports.map((r) => [r.targetId, r]));
  const rows: QuarterFigures[] = [];
  let { weightDue, weightedScore } = from;
  for (let quarter = from.quarter; quarter <= QUARTERS_PER_PERIOD; quarter++) {
    const row: QuarterFigures = { ...EMPTY_SUMS, quarter, achievement: null };
    for (const target of targets) {
      if (target.quarter !== quarter) continue;
      const report = byTarget.get(target.targetId);
      row.expected++;
      const accepted = report?.state === 'accepted';
      if (report?.submitted) {
        row.submitted++;
        if (report.onTime) row.onTime++;
        if (report.evidenceComplete) row.complete++;
      }
      if (accepted) row.verified++;
      if (accepted && report.notApplicableAccepted) {
        row.notApplicable++;
        continue;
      }
      if (accepted && report.qualityGrade) row[report.qualityGrade]++;
      const weight = accepted ? report.weight : target.weight;
      weightDue += weight;
      if (accepted) weightedScore += weight * (report.score ?? 0) * gradeFactor(report.qualityGrade, rule);
    }
    row.weightDue = weightDue;
    row.weightedScore = weightedScore;
    row.achievement = weightDue === 0 ? null : roundOne(weightedScore / weightDue);
    rows.push(row);
  }
  return rows;
}
