/**
 * Achievement and reporting compliance of one institution over a period, from its assigned
 * targets and their reports (DESIGN §2). Pure and exact: the server stores the result in the same
 * transaction as every change, and tests recompute it by hand.
 *
 * - Achievement at quarter q: weighted mean of accepted scores over every target due in
 *   quarters 1..q; a target not (yet) accepted counts 0; an accepted not-applicable claim leaves
 *   the target out. Null while nothing is due.
 * - Compliance of quarter q, over the targets due in q: expected, submitted, on time (first
 *   submission by the deadline), complete (submitted with every required evidence item), verified
 *   (accepted). Each count is a subset of `expected`, so no rate exceeds 100 %.
 */
import { QUARTERS_PER_PERIOD } from './quarters.js';
import type { ReportState } from './reports.js';

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

/** Per-quarter figures (1..8) of one institution. */
export function computeFigures(targets: readonly FigureTarget[], reports: readonly FigureReport[]): QuarterFigures[] {
  const byTarget = new Map(reports.map((r) => [r.targetId, r]));
  const rows: QuarterFigures[] = [];
  let weightDue = 0;
  let weightedScore = 0;
  for (let quarter = 1; quarter <= QUARTERS_PER_PERIOD; quarter++) {
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
      const weight = accepted ? report.weight : target.weight;
      weightDue += weight;
      if (accepted) weightedScore += weight * (report.score ?? 0);
    }
    row.weightDue = weightDue;
    row.weightedScore = weightedScore;
    row.achievement = weightDue === 0 ? null : roundOne(weightedScore / weightDue);
    rows.push(row);
  }
  return rows;
}
