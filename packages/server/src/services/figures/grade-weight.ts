/**
 * The grade-weight rule in force (`GradeWeightRule` in core): configured by
 * PANTAU_ADMINISTRATIF_WEIGHT, applied to the stored figures at start. The rule the stored figures
 * were computed with is kept in the settings table, so every path that computes figures — a write,
 * the dashboard's cold path, the aksi sums from the reports — and every label reads the same rule,
 * on every process. When the configured rule differs from the applied one, the stored figures are
 * removed in the same transaction and computed again on first read (`ensurePeriodFigures`).
 */
import { type GradeWeightRule, gradeWeightOn, NO_GRADE_WEIGHT, parseGradeWeight } from '@pantau/core';
import { systemActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Clock } from '../../clock.js';
import type { Database, Executor } from '../../db/database.js';
import { deleteAllFigures } from '../../db/repositories/figures.repository.js';
import { getSetting, putSetting } from '../../db/repositories/setting.repository.js';
import { transaction } from '../../db/transaction.js';

/** The settings key of the rule the stored figures were computed with. */
export const GRADE_WEIGHT_SETTING = 'figures.administratif_weight';

/** The rule the stored figures were computed with (off until one is applied). */
export async function appliedGradeWeight(db: Executor): Promise<GradeWeightRule> {
  const value = await getSetting(db, GRADE_WEIGHT_SETTING);
  return (value === undefined ? null : parseGradeWeight(value)) ?? { ...NO_GRADE_WEIGHT };
}

/** The rule as API answers carry it: null while off. */
export function gradeWeightDto(rule: GradeWeightRule): GradeWeightRule | null {
  return gradeWeightOn(rule) ? { administratif: rule.administratif } : null;
}

/**
 * Applies the configured rule: when it differs from the one the stored figures were computed
 * with, records it (audited) and removes the stored figures, which are computed again under it
 * on first read. True when the rule changed.
 */
export async function applyGradeWeight(database: Database, rule: GradeWeightRule, clock: Clock): Promise<boolean> {
  return transaction(database.db, async (trx) => {
    const applied = await appliedGradeWeight(trx);
    if (applied.administratif === rule.administratif) return false;
    await putSetting(trx, GRADE_WEIGHT_SETTING, String(rule.administratif), clock.now().toISOString());
    await deleteAllFigures(trx);
    await recordAudit(trx, clock, systemActor('config'), {
      action: 'figures.grade_weight',
      entity: 'setting',
      entityId: GRADE_WEIGHT_SETTING,
      change: { from: applied.administratif, to: rule.administratif },
    });
    return true;
  });
}
