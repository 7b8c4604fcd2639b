/**
 * Live figures after an import adds assignment rules. Recomputing every institution a rule reaches
 * from all its reports costs many seconds at national scale (a 100,000-row file reaches every
 * institution in every period); instead the figures of only the targets the new assignments bring
 * are computed (`computeFigures` over those targets and their reports, usually none yet) and
 * added to the stored figures. Counts, weights and scores are whole numbers, so the sums are exactly
 * what a full recomputation gives; achievement is derived again from them. An institution without
 * stored figures for the period is recomputed in full instead.
 */
import { QUARTERS_PER_PERIOD, type QuarterFigures, roundOne } from '@pantau/core';
import type { Executor } from '../../db/database.js';
import { type FiguresRow, listStoredFigures, writeFigures } from '../../db/repositories/figures.repository.js';
import {
  listCoverageOfReports,
  listReportsOfRules,
  listTargetsOfRules,
} from '../../db/repositories/rule-figures.repository.js';
import { coverageByReport, figureReport, figuresByInstitution, groupByInstitution } from '../figures/figure-inputs.js';
import { appliedGradeWeight } from '../figures/grade-weight.js';
import type { PendingFigures } from '../figures/pending-figures.js';

/** Stored figures of one institution plus those of targets it newly carries, quarter by quarter. */
export function addFigures(stored: readonly FiguresRow[], added: readonly QuarterFigures[], at: string): FiguresRow[] {
  return stored.map((row) => {
    const more = added.find((q) => q.quarter === row.quarter_number);
    if (!more) return row;
    const weightDue = row.weight_due + more.weightDue;
    const weightedScore = row.weighted_score + more.weightedScore;
    return {
      ...row,
      expected: row.expected + more.expected,
      submitted: row.submitted + more.submitted,
      on_time: row.on_time + more.onTime,
      complete: row.complete + more.complete,
      verified: row.verified + more.verified,
      not_applicable: row.not_applicable + more.notApplicable,
      administratif: row.administratif + more.administratif,
      terlaksana: row.terlaksana + more.terlaksana,
      berdampak: row.berdampak + more.berdampak,
      weight_due: weightDue,
      weighted_score: weightedScore,
      achievement: weightDue === 0 ? null : roundOne(weightedScore / weightDue),
      updated_at: at,
    };
  });
}

/** The rules an import added that put assignments in force, and their effect on the figures. */
export class AddedAssignmentFigures {
  private readonly byPeriod = new Map<number, { outputIds: Set<number>; ruleIds: number[] }>();

  /** Notes a rule added to an output of a period that assigned (or re-assigned) institutions. */
  add(periodId: number, outputId: number, ruleId: number): void {
    let rules = this.byPeriod.get(periodId);
    if (!rules) {
      rules = { outputIds: new Set(), ruleIds: [] };
      this.byPeriod.set(periodId, rules);
    }
    rules.outputIds.add(outputId);
    rules.ruleIds.push(ruleId);
  }

  /**
   * Adds the new targets' figures to the stored ones. Institutions without stored figures go to
   * `fallback`, to be recomputed in full when it is flushed (after this). Call inside the
   * transaction, after the rules are added.
   */
  async flush(trx: Executor, at: string, fallback: PendingFigures): Promise<void> {
    for (const [periodId, rules] of this.byPeriod) {
      const query = { outputIds: [...rules.outputIds], ruleIds: rules.ruleIds };
      const targets = await listTargetsOfRules(trx, periodId, query);
      const reports = await listReportsOfRules(trx, periodId, query);
      const covered = coverageByReport(
        await listCoverageOfReports(
          trx,
          reports.map((r) => r.id),
        ),
      );
      const institutionIds = [...new Set(targets.map((t) => t.institution_id))].sort((a, b) => a - b);
      const stored = groupByInstitution(await listStoredFigures(trx, periodId, institutionIds));
      const hasAll = (id: number) => stored.get(id)?.length === QUARTERS_PER_PERIOD;
      const complete = institutionIds.filter(hasAll);
      fallback.add(
        periodId,
        institutionIds.filter((id) => !hasAll(id)),
      );
      const rule = await appliedGradeWeight(trx);
      const added = figuresByInstitution(complete, targets, reports, (r) => figureReport(r, covered), rule);
      const rows: FiguresRow[] = [];
      for (const [institutionId, figures] of added) {
        rows.push(...addFigures(stored.get(institutionId) ?? [], figures, at));
      }
      await writeFigures(trx, rows, 'replace');
    }
    this.byPeriod.clear();
  }
}
