/**
 * The pure steps every figures path shares: stored rows → the inputs of `computeFigures` (core) →
 * rows to store. Writes, the dashboard's cold path, public figures and import all pass here.
 */
import {
  computeFigures,
  type FigureReport,
  type FiguresStart,
  FROM_FIRST_QUARTER,
  type GradeWeightRule,
  NO_GRADE_WEIGHT,
  type QualityGrade,
  type QuarterFigures,
  type ReportState,
} from '@pantau/core';
import type {
  FiguresRow,
  listAssignedTargets,
  listReportsForFigures,
} from '../../db/repositories/figures.repository.js';

/** An assigned target as the repositories return it. */
export type AssignedTarget = Awaited<ReturnType<typeof listAssignedTargets>>[number];
/** A report as the repositories return it for the figures. */
export type ReportForFigures = Awaited<ReturnType<typeof listReportsForFigures>>[number];

/** Rows by their institution. */
export function groupByInstitution<T extends { institution_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.institution_id);
    if (list) list.push(row);
    else map.set(row.institution_id, [row]);
  }
  return map;
}

/** Checklist items with evidence, per report. */
export function coverageByReport(
  coverage: readonly { report_id: number; checklist_index: number }[],
): Map<number, Set<number>> {
  const covered = new Map<number, Set<number>>();
  for (const { report_id, checklist_index } of coverage) {
    const set = covered.get(report_id);
    if (set) set.add(checklist_index);
    else covered.set(report_id, new Set([checklist_index]));
  }
  return covered;
}

/** A stored report as `computeFigures` counts it, its evidence judged against its version's checklist. */
export function figureReport(row: ReportForFigures, covered: ReadonlyMap<number, ReadonlySet<number>>): FigureReport {
  const items = (JSON.parse(row.evidence_checklist) as string[]).length;
  const have = covered.get(row.id);
  return {
    targetId: row.target_id,
    state: row.state as ReportState,
    weight: row.weight,
    score: row.field_score ?? row.score,
    notApplicableAccepted: row.na_accepted === 1,
    submitted: row.first_submitted_at !== null,
    onTime: row.on_time === 1,
    evidenceComplete: Array.from({ length: items }, (_, i) => i).every((i) => have?.has(i)),
    qualityGrade: row.state === 'accepted' ? (row.quality_grade as QualityGrade | null) : null,
  };
}

/**
 * The figures of each of `institutionIds` from the targets and reports of all of them (an
 * institution without rows gets figures of nothing due). `toReport` says how a report counts,
 * `rule` how its grade weighs (`appliedGradeWeight`); `start` where each institution's computation
 * starts (the whole period unless told). Targets are taken in id order, so that the sums add in
 * the same order whichever quarters are computed.
 */
export function figuresByInstitution<R extends { institution_id: number }>(
  institutionIds: Iterable<number>,
  targets: readonly AssignedTarget[],
  reports: readonly R[],
  toReport: (report: R) => FigureReport,
  rule: GradeWeightRule = NO_GRADE_WEIGHT,
  start: Readonly<FiguresStart> = FROM_FIRST_QUARTER,
): Map<number, QuarterFigures[]> {
  const targetsOf = groupByInstitution(targets);
  const reportsOf = groupByInstitution(reports);
  const figures = new Map<number, QuarterFigures[]>();
  for (const id of institutionIds) {
    const own = (targetsOf.get(id) ?? [])
      .map((t) => ({ targetId: t.target_id, quarter: t.quarter_number, weight: t.weight }))
      .sort((a, b) => a.targetId - b.targetId);
    figures.set(id, computeFigures(own, (reportsOf.get(id) ?? []).map(toReport), rule, start));
  }
  return figures;
}

/** One institution's computed figures as the rows `institution_figures` stores. */
export function figureRows(
  institutionId: number,
  periodId: number,
  figures: readonly QuarterFigures[],
  at: string,
): FiguresRow[] {
  return figures.map((f) => ({
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
    administratif: f.administratif,
    terlaksana: f.terlaksana,
    berdampak: f.berdampak,
    updated_at: at,
  }));
}
