/**
 * Target revisions (reorganisasi target): a new version becomes current; reports not yet accepted
 * move to it, accepted reports keep the version they were judged on; the history stays visible.
 */
import type { TargetContent } from '@pantau/core';
import type { Actor, UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Clock } from '../../clock.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { listInstitutionsOfOutput } from '../../db/repositories/figures.repository.js';
import { moveOpenReportsToVersion } from '../../db/repositories/report.repository.js';
import { findTargetByCode, insertTargetVersion, listTargetVersions } from '../../db/repositories/target.repository.js';
import { transaction } from '../../db/transaction.js';
import { NotFoundError } from '../../errors.js';
import { PendingFigures } from '../figures/pending-figures.js';
import { requirePeriod } from '../periods/period.service.js';
import { impactColumnsOf, impactIndicatorOf } from './impact-indicator.js';

async function requireTarget(context: AppContext, periodCode: string, targetCode: string) {
  const period = await requirePeriod(context.database.db, periodCode);
  const target = await findTargetByCode(context.database.db, period.id, targetCode);
  if (!target) {
    throw new NotFoundError({
      id: `Target ${targetCode} tidak ada pada periode ${periodCode}.`,
      en: `No target ${targetCode} in period ${periodCode}.`,
    });
  }
  return { period, target };
}

/** Every version of a target, oldest first. */
export async function targetVersions(context: AppContext, periodCode: string, targetCode: string) {
  const { target } = await requireTarget(context, periodCode, targetCode);
  const versions = await listTargetVersions(context.database.db, target.id);
  return versions.map((v) => ({
    version: v.version,
    successMeasure: v.success_measure,
    evidenceChecklist: JSON.parse(v.evidence_checklist) as string[],
    weight: v.weight,
    impact: impactIndicatorOf(v),
    reason: v.reason,
    createdAt: v.created_at,
    current: v.version === target.current_version,
  }));
}

/** Revises a target: a new current version, open reports moved to it, figures refreshed. */
export async function reviseTarget(
  context: AppContext,
  actor: UserActor,
  periodCode: string,
  targetCode: string,
  input: TargetContent & { reason: string },
) {
  const { period, target } = await requireTarget(context, periodCode, targetCode);
  await transaction(context.database.db, async (trx) => {
    const figures = new PendingFigures();
    await applyTargetRevision(trx, context.clock, actor, period, target, input, figures);
    await figures.flush(trx, context.clock.now().toISOString());
  });
  return targetVersions(context, periodCode, targetCode);
}

/**
 * Adds a new current version of `target` inside `trx` (the revision above, and changed targets of
 * a catalogue import): open reports move to it, its institutions' figures are queued. Audited.
 */
export async function applyTargetRevision(
  trx: Executor,
  clock: Clock,
  actor: Actor,
  period: { id: number; code: string },
  target: { id: number; code: string; current_version: number; output_id: number },
  input: TargetContent & { reason: string },
  figures: PendingFigures,
): Promise<number> {
  const at = clock.now().toISOString();
  const version = target.current_version + 1;
  await insertTargetVersion(trx, {
    target_id: target.id,
    version,
    success_measure: input.successMeasure,
    evidence_checklist: JSON.stringify(input.evidenceChecklist),
    weight: input.weight,
    ...impactColumnsOf(input.impact),
    reason: input.reason,
    created_at: at,
  });
  await moveOpenReportsToVersion(trx, target.id, version, at);
  await recordAudit(trx, clock, actor, {
    action: 'target.revise',
    entity: 'target',
    entityId: target.id,
    change: { period: period.code, target: target.code, version, ...input },
  });
  figures.add(period.id, await listInstitutionsOfOutput(trx, target.output_id));
  return version;
}
