/**
 * Which unit is responsible for each of an institution's targets (a target, or every target of an
 * output), and which contributors are limited to a unit. Reassigning is audited with the previous
 * unit of each target.
 */

import type { UnitTargetMapDto } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import {
  assignTargetsToUnit,
  listContributorUnitIds,
  listInstitutionPeriodTargetRows,
  listInstitutionPeriodTargets,
  listInstitutionUserRoles,
  listResponsibleUnits,
  listUnitAssignmentEntries,
  listUnitContributorIds,
  listUnitsOf,
  replaceContributorUnits,
} from '../../db/repositories/work-unit.repository.js';
import { transaction } from '../../db/transaction.js';
import { ValidationError } from '../../errors.js';
import { requirePeriod } from '../periods/period.service.js';
import { requireReachableInstitution, requireReachableUnit } from './unit.service.js';

/** Makes a unit responsible for targets and whole outputs of an institution (or none, with `unitId` null). */
export async function assignUnitTargets(
  context: AppContext,
  actor: UserActor,
  institutionCode: string,
  input: { period: string; unitId: number | null; targets: string[]; outputs: string[] },
): Promise<{ assigned: number; unchanged: number }> {
  return transaction(context.database.db, async (trx) => {
    const institution = await requireReachableInstitution(trx, actor, 'unit.manage', institutionCode);
    let unitCode: string | null = null;
    if (input.unitId !== null) {
      const { unit } = await requireReachableUnit(trx, actor, 'unit.manage', input.unitId);
      if (unit.institution_id !== institution.id || unit.active !== 1) {
        throw new ValidationError(
          { id: 'Pilih unit aktif dari instansi ini.', en: 'Choose an active unit of this institution.' },
          [{ path: 'unitId', message: 'Pilih unit aktif dari instansi ini.' }],
        );
      }
      unitCode = unit.code;
    }
    const period = await requirePeriod(trx, input.period);
    const carried = await listInstitutionPeriodTargets(trx, institution.id, period.id);
    const wanted = new Set(input.targets);
    const outputs = new Set(input.outputs);
    const chosen = carried.filter((t) => wanted.has(t.code) || outputs.has(t.output_code));
    const known = new Set(carried.map((t) => t.code));
    const knownOutputs = new Set(carried.map((t) => t.output_code));
    const unknown = [
      ...input.targets.filter((code) => !known.has(code)),
      ...input.outputs.filter((code) => !knownOutputs.has(code)),
    ];
    if (unknown.length > 0) {
      const text = {
        id: `${unknown.join(', ')} tidak ditugaskan kepada ${institution.name} pada periode ${period.code}.`,
        en: `${unknown.join(', ')} is not assigned to ${institution.name} in period ${period.code}.`,
      };
      throw new ValidationError(text, [{ path: 'targets', message: text.id }]);
    }
    const at = context.clock.now().toISOString();
    const before = await assignTargetsToUnit(trx, {
      institutionId: institution.id,
      targetIds: chosen.map((t) => t.id),
      unitId: input.unitId,
      at,
      by: actor.userId,
    });
    const previous = new Map(before.map((b) => [b.target_id, b.unit_id]));
    const changed = chosen.filter((t) => (previous.get(t.id) ?? null) !== input.unitId);
    if (changed.length > 0) {
      await recordAudit(trx, context.clock, actor, {
        action: 'unit.assign_targets',
        entity: 'institution',
        entityId: institution.code,
        change: {
          period: period.code,
          unit: unitCode,
          unitId: input.unitId,
          targets: changed.map((t) => ({ target: t.code, previousUnitId: previous.get(t.id) ?? null })),
        },
      });
    }
    return { assigned: changed.length, unchanged: chosen.length - changed.length };
  });
}

/** Limits exactly `userIds` (contributors of the unit's institution) to the unit, among their other units. */
export async function setUnitContributors(
  context: AppContext,
  actor: UserActor,
  unitId: number,
  userIds: number[],
): Promise<{ userIds: number[] }> {
  return transaction(context.database.db, async (trx) => {
    const { unit, institution } = await requireReachableUnit(trx, actor, 'unit.manage', unitId);
    const members = await listInstitutionUserRoles(trx, institution.id);
    const contributors = new Set(members.filter((m) => m.role === 'contributor').map((m) => m.user_id));
    const strangers = userIds.filter((id) => !contributors.has(id));
    if (strangers.length > 0) {
      const text = {
        id: 'Hanya kontributor instansi ini yang dapat dibatasi ke unitnya.',
        en: "Only this institution's contributors can be limited to its units.",
      };
      throw new ValidationError(text, [{ path: 'userIds', message: text.id }]);
    }
    const current = await listUnitContributorIds(trx, unit.id);
    const next = new Set(userIds);
    const touched = [...new Set([...current, ...userIds])].filter((id) => current.includes(id) !== next.has(id));
    for (const userId of touched) {
      const units = await listContributorUnitIds(trx, userId);
      const updated = next.has(userId) ? [...units, unit.id] : units.filter((id) => id !== unit.id);
      await replaceContributorUnits(
        trx,
        userId,
        [...new Set(updated)].sort((a, b) => a - b),
      );
    }
    if (touched.length > 0) {
      await recordAudit(trx, context.clock, actor, {
        action: 'unit.contributors',
        entity: 'work_unit',
        entityId: String(unit.id),
        change: {
          institution: institution.code,
          unit: unit.code,
          before: current,
          after: [...next].sort((a, b) => a - b),
        },
      });
    }
    return { userIds: [...next].sort((a, b) => a - b) };
  });
}

interface AssignmentChange {
  unitId: number | null;
  targets: { target: string; previousUnitId: number | null }[];
}

/**
 * The targets of a period an institution carries, by output, with the unit responsible for each,
 * the units to choose from, and the latest assignments (who, when, from which unit to which).
 */
export async function unitTargetMap(
  context: AppContext,
  actor: UserActor,
  institutionCode: string,
  periodCode: string,
): Promise<UnitTargetMapDto> {
  const { db } = context.database;
  const institution = await requireReachableInstitution(db, actor, 'unit.read', institutionCode);
  const period = await requirePeriod(db, periodCode);
  const [units, targets, responsible, entries] = await Promise.all([
    listUnitsOf(db, institution.id),
    listInstitutionPeriodTargetRows(db, institution.id, period.id),
    listResponsibleUnits(db, institution.id),
    listUnitAssignmentEntries(db, institution.code, 20),
  ]);
  const ref = (id: number | null | undefined) => {
    const unit = units.find((u) => u.id === id);
    return unit ? { id: unit.id, code: unit.code, name: unit.name } : null;
  };
  const unitOf = new Map(responsible.map((r) => [r.target_id, r.id]));
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'en', { numeric: true });
  const outputs = new Map<string, UnitTargetMapDto['outputs'][number]>();
  for (const target of [...targets].sort(byCode)) {
    const output = outputs.get(target.output_code) ?? {
      code: target.output_code,
      name: target.output_name,
      targets: [],
    };
    output.targets.push({ code: target.code, quarter: target.quarter_number, unit: ref(unitOf.get(target.id)) });
    outputs.set(target.output_code, output);
  }
  return {
    institution: { code: institution.code, name: institution.name },
    period: period.code,
    units: units.map((u) => ({ id: u.id, code: u.code, name: u.name, active: u.active === 1 })),
    outputs: [...outputs.values()].sort(byCode),
    history: entries.map((entry) => {
      const change = JSON.parse(entry.change) as AssignmentChange;
      return {
        at: entry.at,
        by: entry.actor_label,
        unit: ref(change.unitId),
        targets: change.targets.map((t) => ({ code: t.target, previousUnit: ref(t.previousUnitId) })),
      };
    }),
  };
}
