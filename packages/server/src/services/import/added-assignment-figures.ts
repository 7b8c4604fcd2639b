/**
 * Live figures after an import adds assignment rules. Recomputing every institution a rule reaches
 * from all its reports costs many seconds at national scale (a 100,000-row file reaches every
 * institution in every period); instead the figures of only the targets the new assignments bring
 * are computed (`computePerformance` over those targets and their reports, usually none yet) and
 * added to the stored figures. Counts, weights and scores are whole numbers, so the sums are exactly
 * what a full recomputation gives; achievement is derived again from them. An institution without
 * stored figures for the period is recomputed in full instead.
 */
import { computePerformance, QUARTERS_PER_PERIOD, type QuarterPerformance, roundOne } from '@pantau/core';
import type { Executor } from '../../db/database.js';
import { upsertInstitutionStatsMany } from '../../db/repositories/performance.repository.js';
import {
  listCoverageOfReports,
  listReportsOfRules,
  listStoredFigures,
  listTargetsOfRules,
} from '../../db/repositories/rule-figures.repository.js';
import type { InstitutionQuarterStatsTable } from '../../db/schema.js';
import type { PendingFigures } from '../figures/pending-figures.js';
import { coverageByReport, performanceInputs } from '../figures/performance.service.js';

function byInstitution<T extends { institution_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.institution_id);
    if (list) list.push(row);
    else map.set(row.institution_id, [row]);
  }
  return map;
}

/** Stored figures of one institution plus those of targets it newly carries, quarter by quarter. */
export function addFigures(
  stored: readonly InstitutionQuarterStatsTable[],
  added: readonly QuarterPerformance[],
  at: string,
): InstitutionQuarterStatsTable[] {
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
      const targetsOf = byInstitution(targets);
      const reportsOf = byInstitution(reports);
      const institutionIds = [...targetsOf.keys()].sort((a, b) => a - b);
      const stored = byInstitution(await listStoredFigures(trx, periodId, institutionIds));
      const rows: InstitutionQuarterStatsTable[] = [];
      for (const institutionId of institutionIds) {
        const before = stored.get(institutionId);
        if (!before || before.length !== QUARTERS_PER_PERIOD) {
          fallback.add(periodId, [institutionId]);
          continue;
        }
        const inputs = performanceInputs(
          targetsOf.get(institutionId) ?? [],
          reportsOf.get(institutionId) ?? [],
          covered,
        );
        rows.push(...addFigures(before, computePerformance(inputs.targets, inputs.reports), at));
      }
      await upsertInstitutionStatsMany(trx, rows);
    }
    this.byPeriod.clear();
  }
}
