/**
 * Work units (unit kerja) of an institution, managed by admin and by the institution's focal
 * point: add, change, wind up (never deleted: reports keep the unit they were made by). Every
 * change is audited.
 */
import type { UnitCreateRequest, UnitDto, UnitKind, UnitUpdateRequest, UpsertStatus } from '@pantau/core';
import type { Actor, UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { findInstitutionByCode, findInstitutionById } from '../../db/repositories/institution.repository.js';
import {
  findUnitByCode,
  findUnitById,
  insertUnit,
  listContributorLinksOf,
  listUnitsOf,
  updateUnit,
} from '../../db/repositories/work-unit.repository.js';
import type { Institution } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { reachesInstitution } from '../reports/report-access.js';

export const INSTITUTION_NOT_FOUND = { id: 'Instansi tidak ditemukan.', en: 'Institution not found.' };
export const UNIT_NOT_FOUND = { id: 'Unit kerja tidak ditemukan.', en: 'Work unit not found.' };

/** The institution `code` when `actor` reaches it under `permission`; 404 otherwise. */
export async function requireReachableInstitution(
  db: Executor,
  actor: UserActor,
  permission: 'unit.read' | 'unit.manage',
  code: string,
): Promise<Institution> {
  const institution = await findInstitutionByCode(db, code);
  if (!institution || !reachesInstitution(actor, permission, institution.id)) {
    throw new NotFoundError(INSTITUTION_NOT_FOUND);
  }
  return institution;
}

/** The unit `id` when `actor` reaches its institution under `permission`; 404 otherwise. */
export async function requireReachableUnit(
  db: Executor,
  actor: UserActor,
  permission: 'unit.read' | 'unit.manage' | 'unit.remind',
  id: number,
) {
  const unit = await findUnitById(db, id);
  if (!unit || !reachesInstitution(actor, permission, unit.institution_id)) throw new NotFoundError(UNIT_NOT_FOUND);
  const institution = (await findInstitutionById(db, unit.institution_id)) as Institution;
  return { unit, institution };
}

type UnitRow = Awaited<ReturnType<typeof listUnitsOf>>[number];

function toDto(row: UnitRow, institution: Institution, contributorIds: number[]): UnitDto {
  return {
    id: row.id,
    institution: { code: institution.code, name: institution.name },
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind as UnitKind,
    active: row.active === 1,
    targetCount: Number(row.target_count ?? 0),
    contributorCount: Number(row.contributor_count ?? 0),
    contributorIds,
  };
}

/** The units of an institution as shown, each with the contributors limited to it. */
async function unitDtos(db: Executor, institution: Institution, active?: boolean): Promise<UnitDto[]> {
  const [rows, links] = await Promise.all([
    listUnitsOf(db, institution.id, active),
    listContributorLinksOf(db, institution.id),
  ]);
  return rows.map((row) =>
    toDto(
      row,
      institution,
      links.filter((l) => l.unit_id === row.id).map((l) => l.user_id),
    ),
  );
}

/** The units of an institution, by code. */
export async function listUnits(
  context: AppContext,
  actor: UserActor,
  institutionCode: string,
  active?: boolean,
): Promise<UnitDto[]> {
  const { db } = context.database;
  const institution = await requireReachableInstitution(db, actor, 'unit.read', institutionCode);
  return unitDtos(db, institution, active);
}

async function unitDto(db: Executor, institution: Institution, id: number): Promise<UnitDto> {
  return (await unitDtos(db, institution)).find((u) => u.id === id) as UnitDto;
}

function duplicateCode(code: string, institution: Institution): ConflictError {
  const text = {
    id: `Kode ${code} sudah dipakai unit lain di ${institution.name}.`,
    en: `Code ${code} is already used by another unit of ${institution.name}.`,
  };
  return new ConflictError('duplicate_code', text, [{ path: 'code', message: text.id }]);
}

/** Adds a unit to an institution. */
export async function createUnit(
  context: AppContext,
  actor: UserActor,
  institutionCode: string,
  input: UnitCreateRequest,
): Promise<UnitDto> {
  return transaction(context.database.db, async (trx) => {
    const institution = await requireReachableInstitution(trx, actor, 'unit.manage', institutionCode);
    if (await findUnitByCode(trx, institution.id, input.code)) throw duplicateCode(input.code, institution);
    const { id } = await writeUnit(trx, context, actor, institution, {
      code: input.code,
      name: input.name,
      shortName: input.shortName ?? null,
      kind: input.kind,
      active: input.active ?? true,
    });
    return unitDto(trx, institution, id);
  });
}

/** Changes a unit (its code too, while no other unit of the institution has the new one). */
export async function changeUnit(
  context: AppContext,
  actor: UserActor,
  id: number,
  input: UnitUpdateRequest,
): Promise<UnitDto> {
  return transaction(context.database.db, async (trx) => {
    const { unit, institution } = await requireReachableUnit(trx, actor, 'unit.manage', id);
    if (
      input.code !== undefined &&
      input.code !== unit.code &&
      (await findUnitByCode(trx, institution.id, input.code))
    ) {
      throw duplicateCode(input.code, institution);
    }
    await writeUnit(trx, context, actor, institution, {
      code: input.code ?? unit.code,
      name: input.name ?? unit.name,
      shortName: input.shortName === undefined ? unit.short_name : input.shortName,
      kind: input.kind ?? (unit.kind as UnitKind),
      active: input.active ?? unit.active === 1,
      existing: unit,
    });
    return unitDto(trx, institution, id);
  });
}

/** What a unit is: the fields a form or an import row sets. */
export interface UnitFields {
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  active: boolean;
}

type StoredUnit = NonNullable<Awaited<ReturnType<typeof findUnitById>>>;

/**
 * Adds the unit, or brings `existing` in line with `fields`, auditing the change; nothing is
 * written (nor audited) when nothing changes.
 */
export async function writeUnit(
  trx: Executor,
  context: AppContext,
  actor: Actor,
  institution: Institution,
  fields: UnitFields & { existing?: StoredUnit | undefined },
): Promise<{ id: number; status: UpsertStatus }> {
  const at = context.clock.now().toISOString();
  const row = {
    code: fields.code,
    name: fields.name,
    short_name: fields.shortName || null,
    kind: fields.kind,
    active: fields.active ? 1 : 0,
  };
  const existing = fields.existing;
  if (!existing) {
    const id = await insertUnit(trx, { ...row, institution_id: institution.id, created_at: at, updated_at: at });
    await recordAudit(trx, context.clock, actor, {
      action: 'unit.create',
      entity: 'work_unit',
      entityId: String(id),
      change: { institution: institution.code, ...row },
    });
    return { id, status: 'created' };
  }
  const before = {
    code: existing.code,
    name: existing.name,
    short_name: existing.short_name,
    kind: existing.kind,
    active: existing.active,
  };
  const changed = (Object.keys(row) as (keyof typeof row)[]).filter((key) => row[key] !== before[key]);
  if (changed.length === 0) return { id: existing.id, status: 'unchanged' };
  await updateUnit(trx, existing.id, { ...row, updated_at: at });
  await recordAudit(trx, context.clock, actor, {
    action: row.active === 0 && before.active === 1 ? 'unit.deactivate' : 'unit.update',
    entity: 'work_unit',
    entityId: String(existing.id),
    change: {
      institution: institution.code,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, row[k]])),
    },
  });
  return { id: existing.id, status: 'updated' };
}
