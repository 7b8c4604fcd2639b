/**
 * Live figures: achievement and compliance per institution and quarter, recomputed from the base
 * tables inside the transaction of every change that affects them (a transition, an evidence
 * change, a target revision, a field check), so dashboards read exact figures without batches.
 */
import {
  bandOf,
  computePerformance,
  countsInFigures,
  type PerformanceReport,
  type PerformanceTarget,
  percent,
  type QuarterPerformance,
  type ReportState,
} from '@pantau/core';
import type { Executor } from '../../db/database.js';
import { listEvidenceCoverage } from '../../db/repositories/evidence.repository.js';
import {
  findReportFigureState,
  hasInstitutionStats,
  insertInstitutionStats,
  listAssignedTargets,
  listInstitutionStats,
  listInstitutionsEvidenceCoverage,
  listPeriodEvidenceCoverage,
  listReportsForFigures,
  upsertInstitutionStatsMany,
} from '../../db/repositories/performance.repository.js';
import type { InstitutionQuarterStatsTable } from '../../db/schema.js';

type AssignedTarget = Awaited<ReturnType<typeof listAssignedTargets>>[number];
type FigureReport = Awaited<ReturnType<typeof listReportsForFigures>>[number];

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

/** Shapes stored rows into the inputs of `computePerformance`. */
export function performanceInputs(
  targets: readonly AssignedTarget[],
  reports: readonly FigureReport[],
  covered: ReadonlyMap<number, ReadonlySet<number>>,
): { targets: PerformanceTarget[]; reports: PerformanceReport[] } {
  return {
    targets: targets.map((t) => ({ targetId: t.target_id, quarter: t.quarter_number, weight: t.weight })),
    reports: reports.map((r) => {
      const items = (JSON.parse(r.evidence_checklist) as string[]).length;
      const have = covered.get(r.id);
      return {
        targetId: r.target_id,
        state: r.state as ReportState,
        weight: r.weight,
        score: r.field_score ?? r.score,
        notApplicableAccepted: r.na_accepted === 1,
        submitted: r.first_submitted_at !== null,
        onTime: r.on_time === 1,
        evidenceComplete: Array.from({ length: items }, (_, i) => i).every((i) => have?.has(i)),
      };
    }),
  };
}

function toRows(
  institutionId: number,
  periodId: number,
  figures: QuarterPerformance[],
  at: string,
): InstitutionQuarterStatsTable[] {
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
    updated_at: at,
  }));
}

/** One institution's figures for a period, computed from the base tables. */
async function computeFigures(db: Executor, institutionId: number, periodId: number): Promise<QuarterPerformance[]> {
  const [targets, reports] = await Promise.all([
    listAssignedTargets(db, institutionId, periodId),
    listReportsForFigures(db, institutionId, periodId),
  ]);
  const coverage = await listEvidenceCoverage(
    db,
    reports.map((r) => r.id),
  );
  const inputs = performanceInputs(targets, reports, coverageByReport(coverage));
  return computePerformance(inputs.targets, inputs.reports);
}

/**
 * Recomputes and stores one institution's figures for a period. Call inside the changing
 * transaction. (The batch path: its evidence query is one statement whatever the number of
 * reports, and the eight quarters are written by one.)
 */
export async function refreshFigures(
  trx: Executor,
  institutionId: number,
  periodId: number,
  at: string,
): Promise<void> {
  await refreshFiguresOf(trx, periodId, [institutionId], at);
}

/**
 * Refreshes the figures after a change to a report's evidence, unless the report does not count
 * yet (never submitted: `countsInFigures`), when no figure can change. Call after `recordAudit`:
 * its lock orders this read after any submission of the report committing meanwhile, and such a
 * submission, ordered after this change, recomputes with this change's evidence.
 */
export async function refreshFiguresOfReport(trx: Executor, reportId: number, at: string): Promise<void> {
  const report = await findReportFigureState(trx, reportId);
  if (!report) return;
  if (!countsInFigures({ state: report.state as ReportState, submitted: report.first_submitted_at !== null })) return;
  await refreshFigures(trx, report.institution_id, report.period_id, at);
}

/**
 * After opening a draft, which counts as no report (`countsInFigures`): the figures stay as they
 * were, so they are only computed and stored when the institution has none yet.
 */
export async function storeFiguresIfAbsent(
  trx: Executor,
  institutionId: number,
  periodId: number,
  at: string,
): Promise<void> {
  if (await hasInstitutionStats(trx, institutionId, periodId)) return;
  await refreshFigures(trx, institutionId, periodId, at);
}

/**
 * Recomputes and stores the figures of many institutions in a period, a batch at a time (after an
 * import or an assignment change touching hundreds of them). Call inside the changing transaction.
 */
export async function refreshFiguresOf(
  trx: Executor,
  periodId: number,
  institutionIds: readonly number[],
  at: string,
): Promise<void> {
  const BATCH = 200;
  for (let start = 0; start < institutionIds.length; start += BATCH) {
    const batch = institutionIds.slice(start, start + BATCH);
    const [targets, reports, coverage] = await Promise.all([
      listAssignedTargets(trx, batch, periodId),
      listReportsForFigures(trx, batch, periodId),
      listInstitutionsEvidenceCoverage(trx, periodId, batch),
    ]);
    const covered = coverageByReport(coverage);
    const targetsOf = groupByInstitution(targets);
    const reportsOf = groupByInstitution(reports);
    const rows: InstitutionQuarterStatsTable[] = [];
    for (const institutionId of batch) {
      const inputs = performanceInputs(targetsOf.get(institutionId) ?? [], reportsOf.get(institutionId) ?? [], covered);
      rows.push(...toRows(institutionId, periodId, computePerformance(inputs.targets, inputs.reports), at));
    }
    await upsertInstitutionStatsMany(trx, rows);
  }
}

function groupByInstitution<T extends { institution_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.institution_id);
    if (list) list.push(row);
    else map.set(row.institution_id, [row]);
  }
  return map;
}

/** Computes and inserts the figures of every institution of a period at once (into an empty table). */
export async function insertPeriodFigures(
  trx: Executor,
  periodId: number,
  institutionIds: readonly number[],
  at: string,
): Promise<void> {
  const [targets, reports, coverage] = await Promise.all([
    listAssignedTargets(trx, null, periodId),
    listReportsForFigures(trx, null, periodId),
    listPeriodEvidenceCoverage(trx, periodId),
  ]);
  const group = <T extends { institution_id: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const row of rows) {
      const list = map.get(row.institution_id);
      if (list) list.push(row);
      else map.set(row.institution_id, [row]);
    }
    return map;
  };
  const targetsOf = group(targets);
  const reportsOf = group(reports);
  const covered = coverageByReport(coverage);
  const rows: InstitutionQuarterStatsTable[] = [];
  for (const institutionId of institutionIds) {
    const inputs = performanceInputs(targetsOf.get(institutionId) ?? [], reportsOf.get(institutionId) ?? [], covered);
    rows.push(...toRows(institutionId, periodId, computePerformance(inputs.targets, inputs.reports), at));
  }
  await insertInstitutionStats(trx, rows);
}

/** One quarter of an institution's figures as the API shows them. */
export interface QuarterFigures {
  quarter: number;
  achievement: number | null;
  band: 'baik' | 'cukup' | 'kurang' | null;
  expected: number;
  submitted: number;
  onTime: number;
  complete: number;
  verified: number;
  notApplicable: number;
  rates: { submitted: number | null; onTime: number | null; complete: number | null; verified: number | null };
}

/** The stored figures of an institution in a period, quarter by quarter. */
export async function institutionFigures(
  db: Executor,
  institutionId: number,
  periodId: number,
): Promise<QuarterFigures[]> {
  const stored = await listInstitutionStats(db, institutionId, periodId);
  // Nothing has happened to this institution in the period yet: compute what its figures are.
  const rows =
    stored.length > 0 ? stored : toRows(institutionId, periodId, await computeFigures(db, institutionId, periodId), '');
  return rows.map((r) => ({
    quarter: r.quarter_number,
    achievement: r.achievement,
    band: r.achievement === null ? null : bandOf(r.achievement),
    expected: r.expected,
    submitted: r.submitted,
    onTime: r.on_time,
    complete: r.complete,
    verified: r.verified,
    notApplicable: r.not_applicable,
    rates: {
      submitted: percent(r.submitted, r.expected),
      onTime: percent(r.on_time, r.expected),
      complete: percent(r.complete, r.expected),
      verified: percent(r.verified, r.expected),
    },
  }));
}
