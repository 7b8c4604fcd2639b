/**
 * The figures module: achievement and compliance per institution and quarter, computed from the
 * base tables with `computeFigures` (core) and stored in `institution_figures`, so dashboards sum
 * exact figures without batches. Every path computes rows with `computeRows` and stores them:
 *
 * - `recompute`: a write changed these institutions' figures in a period (a target revision, an
 *   assignment, an import) — `recomputeFigures`, inside the changing transaction, so the stored
 *   figures never lag a committed change; a write to one report (a transition, an evidence change,
 *   a field check) recomputes its quarter and those after it — `recomputeFiguresOfQuarter`;
 * - `fill-missing`: institutions nothing has happened to yet have none stored — `fillMissingFigures`
 *   computes and inserts those only, never overwriting (the dashboard's cold path, a first draft,
 *   a bulk load).
 *
 * Reading: `ensurePeriodFigures` before summing a period's figures, `institutionFigures` for one
 * institution; public figures (accepted reports only) are `verifiedFigures`.
 */
import {
  bandOf,
  countsInFigures,
  type FiguresStart,
  FROM_FIRST_QUARTER,
  percent,
  type QuarterFiguresDto,
  type ReportState,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  type FiguresRow,
  findReportFigureState,
  institutionsWithoutFigures,
  listAssignedTargets,
  listEvidenceCoverageOf,
  listReportsForFigures,
  listStoredFigures,
  lockFiguresOf,
  writeFigures,
} from '../../db/repositories/figures.repository.js';
import { transaction } from '../../db/transaction.js';
import { coverageByReport, figureReport, figureRows, figuresByInstitution } from './figure-inputs.js';
import { appliedGradeWeight } from './grade-weight.js';

/** Recompute what is stored, or compute only what is missing. */
export type FiguresMode = 'recompute' | 'fill-missing';

// Institutions per batch: bounds memory and the IN lists of one statement on both engines.
const BATCH = 200;

/**
 * The figures of some institutions in a period, computed from the base tables, as rows to store:
 * quarters `start.quarter`..8 (the whole period unless told).
 */
async function computeRows(
  db: Executor,
  periodId: number,
  institutionIds: readonly number[],
  at: string,
  start: Readonly<FiguresStart> = FROM_FIRST_QUARTER,
): Promise<FiguresRow[]> {
  const [targets, reports, coverage, rule] = await Promise.all([
    listAssignedTargets(db, institutionIds, periodId, start.quarter),
    listReportsForFigures(db, institutionIds, periodId, start.quarter),
    listEvidenceCoverageOf(db, institutionIds, periodId, start.quarter),
    appliedGradeWeight(db),
  ]);
  const covered = coverageByReport(coverage);
  const figures = figuresByInstitution(institutionIds, targets, reports, (r) => figureReport(r, covered), rule, start);
  return [...figures].flatMap(([id, quarters]) => figureRows(id, periodId, quarters, at));
}

/**
 * The compute-and-store path of whole periods: `recompute` replaces the stored figures of `institutionIds`;
 * `fill-missing` stores figures for those of them that have none and never overwrites. Call inside
 * a transaction.
 */
export async function storeFigures(
  trx: Executor,
  periodId: number,
  institutionIds: readonly number[],
  mode: FiguresMode,
  at: string,
): Promise<void> {
  // Recomputing replaces what another write may be computing: one at a time per institution.
  // Filling in only inserts what is missing and never waits.
  if (mode === 'recompute') await lockFiguresOf(trx, institutionIds);
  const ids =
    mode === 'fill-missing'
      ? await institutionsWithoutFigures(trx, periodId, institutionIds)
      : [...institutionIds].sort((a, b) => a - b);
  for (let start = 0; start < ids.length; start += BATCH) {
    const rows = await computeRows(trx, periodId, ids.slice(start, start + BATCH), at);
    await writeFigures(trx, rows, mode === 'recompute' ? 'replace' : 'if-absent');
  }
}

/**
 * A write changed the figures of these institutions in a period: recompute and store them. The
 * one entry point of every write; call inside the changing transaction, after the change.
 */
export function recomputeFigures(
  trx: Executor,
  periodId: number,
  institutionIds: readonly number[],
  at: string,
): Promise<void> {
  return storeFigures(trx, periodId, institutionIds, 'recompute', at);
}

/**
 * A write changed one report (its transition, evidence or field check), so the figures of its
 * institution from the report's quarter on: achievement is cumulative, so quarters before it
 * cannot change, and the stored sums of the quarter before are where the computation continues.
 * During a deadline rush in Triwulan VII that reads a quarter of the period, not all of it. With
 * nothing stored before that quarter, the whole period is recomputed.
 */
export async function recomputeFiguresOfQuarter(
  trx: Executor,
  report: { period_id: number; institution_id: number; quarter_number: number },
  at: string,
): Promise<void> {
  const { period_id: periodId, institution_id: institutionId, quarter_number: quarter } = report;
  await lockFiguresOf(trx, [institutionId]);
  const stored = quarter > 1 ? await listStoredFigures(trx, periodId, [institutionId]) : [];
  const before = stored.find((row) => row.quarter_number === quarter - 1);
  if (!before) return recomputeFigures(trx, periodId, [institutionId], at);
  const start = { quarter, weightDue: before.weight_due, weightedScore: before.weighted_score };
  await writeFigures(trx, await computeRows(trx, periodId, [institutionId], at, start), 'replace');
}

/**
 * Recomputes the figures after a change to a report's evidence, unless the report does not count
 * yet (never submitted: `countsInFigures`), when no figure can change. A submission of the report
 * committing meanwhile recomputes after this change (the figures lock) with its evidence.
 */
export async function recomputeFiguresOfReport(trx: Executor, reportId: number, at: string): Promise<void> {
  const report = await findReportFigureState(trx, reportId);
  if (!report) return;
  if (!countsInFigures({ state: report.state as ReportState, submitted: report.first_submitted_at !== null })) return;
  await recomputeFiguresOfQuarter(trx, report, at);
}

/**
 * Computes and stores the figures of those of `institutionIds` that have none yet, in batches;
 * never overwrites. After opening a draft, which counts as no
 * report (`countsInFigures`), and to load a whole period into an empty table (demo, benchmark).
 */
export function fillMissingFigures(
  trx: Executor,
  periodId: number,
  institutionIds: readonly number[],
  at: string,
): Promise<void> {
  return storeFigures(trx, periodId, institutionIds, 'fill-missing', at);
}

/**
 * Makes sure every institution assigned in a period has stored figures before they are summed.
 * Every change stores figures, so normally none is missing and this is one indexed query; an
 * institution nothing has happened to yet (after a seed or an import) gets its figures computed
 * and inserted here, all in one transaction: the one write a dashboard read may make (ADR 0008).
 */
export async function ensurePeriodFigures(context: AppContext, periodId: number): Promise<void> {
  const { db } = context.database;
  const missing = await institutionsWithoutFigures(db, periodId, null);
  if (missing.length === 0) return;
  const at = context.clock.now().toISOString();
  await transaction(db, (trx) => fillMissingFigures(trx, periodId, missing, at));
}

/**
 * The stored figure rows of institutions in a period; those nothing has happened to yet get the
 * rows a computation gives (not stored: a read does not write here).
 */
export async function storedFigureRows(
  db: Executor,
  periodId: number,
  institutionIds: readonly number[],
): Promise<FiguresRow[]> {
  const stored = await listStoredFigures(db, periodId, institutionIds);
  const have = new Set(stored.map((r) => r.institution_id));
  const missing = institutionIds.filter((id) => !have.has(id));
  const computed: FiguresRow[] = [];
  for (let start = 0; start < missing.length; start += BATCH) {
    computed.push(...(await computeRows(db, periodId, missing.slice(start, start + BATCH), '')));
  }
  return [...stored, ...computed];
}

/** The stored figures of an institution in a period, quarter by quarter (computed when none are stored). */
export async function institutionFigures(
  db: Executor,
  institutionId: number,
  periodId: number,
): Promise<QuarterFiguresDto[]> {
  const stored = await listStoredFigures(db, periodId, [institutionId]);
  // Nothing has happened to this institution in the period yet: compute what its figures are.
  const rows = stored.length > 0 ? stored : await computeRows(db, periodId, [institutionId], '');
  return rows.map(quarterFiguresView);
}

/** One stored (or computed) row of figures as the API shows a quarter of an institution. */
export function quarterFiguresView(r: FiguresRow): QuarterFiguresDto {
  return {
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
  };
}
