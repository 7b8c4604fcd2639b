/**
 * Copies the catalogue of an earlier period into a new one as its starting draft: fokus, aksi,
 * outputs, targets (current version, as version 1), the assignment rules that still apply with the
 * assignments they made (and those made by hand), verifiers' aksi and contributors' output limits.
 * Reports, evidence and figures stay with the old period.
 */
import type { Executor } from '../../db/database.js';
import {
  insertAssignmentRule,
  insertAssignments,
  listActiveRulesOfPeriod,
} from '../../db/repositories/assignment.repository.js';
import {
  insertAksi,
  insertFokus,
  insertOutput,
  insertTarget,
  listAksi,
  listCurrentTargets,
  listFokus,
  listOutputs,
} from '../../db/repositories/catalogue.repository.js';
import {
  insertContributorOutputs,
  insertVerifierAksi,
  listAssignmentsWithRules,
  listContributorOutputs,
  listVerifierAksi,
} from '../../db/repositories/period-copy.repository.js';

/** What was copied, by kind. */
export interface CatalogueCopyCounts {
  fokus: number;
  aksi: number;
  outputs: number;
  targets: number;
  assignmentRules: number;
  assignments: number;
}

function mapped(map: Map<number, number>, id: number): number {
  const to = map.get(id);
  if (to === undefined) throw new Error(`catalogue copy: no new id for ${id}`);
  return to;
}

/** Copies the catalogue of period `fromId` into period `toId`, inside the caller's transaction. */
export async function copyCatalogue(
  trx: Executor,
  fromId: number,
  toId: number,
  at: string,
  actorId: number | null,
): Promise<CatalogueCopyCounts> {
  const fokusIds = new Map<number, number>();
  const fokus = await listFokus(trx, fromId);
  for (const f of fokus) fokusIds.set(f.id, await insertFokus(trx, { period_id: toId, code: f.code, name: f.name }));

  const aksiIds = new Map<number, number>();
  const aksi = await listAksi(trx, fromId);
  for (const a of aksi) {
    aksiIds.set(
      a.id,
      await insertAksi(trx, { period_id: toId, fokus_id: mapped(fokusIds, a.fokus_id), code: a.code, name: a.name }),
    );
  }

  const outputIds = new Map<number, number>();
  const outputs = await listOutputs(trx, fromId);
  for (const o of outputs) {
    outputIds.set(
      o.id,
      await insertOutput(trx, { period_id: toId, aksi_id: mapped(aksiIds, o.aksi_id), code: o.code, name: o.name }),
    );
  }

  const targets = await listCurrentTargets(trx, fromId);
  for (const t of targets) {
    await insertTarget(
      trx,
      {
        period_id: toId,
        output_id: mapped(outputIds, t.output_id),
        quarter_number: t.quarter_number,
        code: t.code,
        current_version: 1,
      },
      {
        version: 1,
        success_measure: t.success_measure,
        evidence_checklist: t.evidence_checklist,
        weight: t.weight,
        impact_name: t.impact_name,
        impact_unit: t.impact_unit,
        impact_baseline: t.impact_baseline,
        impact_target: t.impact_target,
        impact_direction: t.impact_direction,
        impact_source: t.impact_source,
        reason: null,
        created_at: at,
      },
    );
  }

  const ruleIds = new Map<number, number>();
  const rules = await listActiveRulesOfPeriod(trx, fromId);
  for (const r of rules) {
    ruleIds.set(r.id, await insertAssignmentRule(trx, mapped(outputIds, r.output_id), r.rule, at, actorId));
  }
  const assignments = await listAssignmentsWithRules(trx, fromId);
  await insertAssignments(
    trx,
    assignments.map((a) => ({
      output_id: mapped(outputIds, a.output_id),
      institution_id: a.institution_id,
      rule_id: a.rule_id === null ? null : (ruleIds.get(a.rule_id) ?? null),
      created_at: at,
    })),
  );

  const verifiers = await listVerifierAksi(trx, fromId);
  await insertVerifierAksi(
    trx,
    verifiers.map((v) => ({ user_id: v.user_id, aksi_id: mapped(aksiIds, v.aksi_id) })),
  );
  const limits = await listContributorOutputs(trx, fromId);
  await insertContributorOutputs(
    trx,
    limits.map((l) => ({ user_id: l.user_id, output_id: mapped(outputIds, l.output_id) })),
  );

  return {
    fokus: fokus.length,
    aksi: aksi.length,
    outputs: outputs.length,
    targets: targets.length,
    assignmentRules: rules.length,
    assignments: assignments.length,
  };
}
