/**
 * "Dampak tercapai" of a group, by quarter: the judged impact of its verified reports (accepted,
 * not a not-applicable claim, with a value on an indicator that has a target value), judged and
 * added up by the one rule in @pantau/core (`judgeImpact`, `impactHeadlineOf`). The dashboard,
 * the portal and the open data all read it from here.
 */
import { type ImpactDirection, type ImpactFigures, impactHeadlineOf, judgeImpact } from '@pantau/core';
import type { Executor } from '../../db/database.js';
import { type ImpactScope, listJudgeableImpacts } from '../../db/repositories/public-data.repository.js';

/** The impact figures of `scope` in each quarter of a period (quarters without judged reports are absent). */
export async function impactFiguresByQuarter(
  db: Executor,
  periodId: number,
  scope: ImpactScope,
): Promise<Map<number, ImpactFigures>> {
  const rows = await listJudgeableImpacts(db, periodId, scope);
  const byQuarter = new Map<number, ReturnType<typeof judgeImpact>[]>();
  for (const row of rows) {
    const judged = judgeImpact(
      {
        unit: row.impact_unit ?? '',
        baseline: Number(row.impact_baseline ?? 0),
        target: row.impact_target === null ? null : Number(row.impact_target),
        direction: (row.impact_direction ?? 'higher') as ImpactDirection,
      },
      row.impact_value === null ? null : Number(row.impact_value),
    );
    const list = byQuarter.get(row.quarter_number) ?? [];
    list.push(judged);
    byQuarter.set(row.quarter_number, list);
  }
  return new Map([...byQuarter].map(([quarter, judged]) => [quarter, impactHeadlineOf(judged)]));
}

/** The figures of a quarter with nothing judged. */
export const NO_IMPACT_FIGURES: ImpactFigures = impactHeadlineOf([]);

/** The impact figures of `scope` at one quarter. */
export async function impactFiguresAt(
  db: Executor,
  periodId: number,
  quarter: number,
  scope: ImpactScope,
): Promise<ImpactFigures> {
  return (await impactFiguresByQuarter(db, periodId, scope)).get(quarter) ?? NO_IMPACT_FIGURES;
}
