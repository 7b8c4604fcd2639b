/**
 * Creating and renaming institutions by code, for the admin API and the spreadsheet import. A
 * Pemda code must be on the Kemendagri list; its province (the parent) follows from the code.
 */
import { type InstitutionType, parseRegionCode, type UpsertStatus } from '@pantau/core';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { Clock } from '../../clock.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  findInstitutionByCode,
  insertInstitution,
  updateInstitutionName,
} from '../../db/repositories/institution.repository.js';
import { transaction } from '../../db/transaction.js';
import { ValidationError } from '../../errors.js';
import { loadRegions } from './regions.js';

let kemendagriCodes: Promise<ReadonlySet<string>> | undefined;

/** Every province and kabupaten/kota code on the Kemendagri list (idn-area-data), loaded once. */
export function kemendagriRegionCodes(): Promise<ReadonlySet<string>> {
  kemendagriCodes ??= loadRegions().then((regions) => new Set(regions.map((r) => r.code)));
  return kemendagriCodes;
}

const KL_CODE = /^[A-Z][A-Z0-9]{1,15}$/;

/** What a valid institution code says: its type and province; throws for a code that is not one. */
export async function describeInstitutionCode(
  code: string,
): Promise<{ type: InstitutionType; provinceCode: string | null }> {
  const region = parseRegionCode(code);
  if (region) {
    if (!(await kemendagriRegionCodes()).has(code)) {
      throw new ValidationError({
        id: `${code} bukan kode wilayah Kemendagri yang dikenal.`,
        en: `${code} is not a known Kemendagri region code.`,
      });
    }
    return { type: region.type, provinceCode: region.provinceCode };
  }
  if (!KL_CODE.test(code)) {
    throw new ValidationError({
      id: `${code} bukan kode K/L (huruf kapital dan angka, contoh KEMENDAGRI) atau kode wilayah Kemendagri.`,
      en: `${code} is neither a ministry code (capitals and digits, e.g. KEMENDAGRI) nor a Kemendagri region code.`,
    });
  }
  return { type: 'kl', provinceCode: null };
}

/** Creates an institution or renames it. Audited when something changes. */
export async function upsertInstitution(
  trx: Executor,
  clock: Clock,
  actor: Actor,
  input: { code: string; name: string; type?: InstitutionType | undefined },
): Promise<{
  id: number;
  status: UpsertStatus;
  type: InstitutionType;
  provinceCode: string | null;
  parentCode: string | null;
}> {
  const { type, provinceCode } = await describeInstitutionCode(input.code);
  if (input.type && input.type !== type) {
    throw new ValidationError({
      id: `Kode ${input.code} adalah ${type}, bukan ${input.type}.`,
      en: `Code ${input.code} is a ${type}, not a ${input.type}.`,
    });
  }
  const parentCode = type === 'kabupaten' || type === 'kota' ? provinceCode : null;
  const existing = await findInstitutionByCode(trx, input.code);
  const shape = { type, provinceCode, parentCode };
  if (existing?.name === input.name) return { id: existing.id, status: 'unchanged', ...shape };
  const at = clock.now().toISOString();
  if (existing) {
    await updateInstitutionName(trx, existing.id, input.name, at);
    await recordAudit(trx, clock, actor, {
      action: 'institution.update',
      entity: 'institution',
      entityId: existing.id,
      change: { code: input.code, name: input.name, before: { name: existing.name } },
    });
    return { id: existing.id, status: 'updated', ...shape };
  }
  const parent = parentCode === null ? undefined : await findInstitutionByCode(trx, parentCode);
  if (parentCode !== null && !parent) {
    throw new ValidationError({
      id: `Provinsi ${parentCode} belum terdaftar: tambahkan provinsinya lebih dulu.`,
      en: `Province ${parentCode} is not registered: add the province first.`,
    });
  }
  const id = await insertInstitution(trx, {
    code: input.code,
    name: input.name,
    type,
    province_code: provinceCode,
    parent_id: parent?.id ?? null,
    created_at: at,
    updated_at: at,
  });
  await recordAudit(trx, clock, actor, {
    action: 'institution.create',
    entity: 'institution',
    entityId: id,
    change: { code: input.code, name: input.name, type, parent: parentCode },
  });
  return { id, status: 'created', ...shape };
}

/** PUT an institution: create or rename. */
export function putInstitution(
  context: AppContext,
  actor: Actor,
  rawCode: string,
  input: { name: string; type?: InstitutionType | undefined },
) {
  const code = parseRegionCode(rawCode) ? rawCode : rawCode.toUpperCase();
  return transaction(context.database.db, async (trx) => {
    const result = await upsertInstitution(trx, context.clock, actor, { code, ...input });
    return {
      code,
      name: input.name,
      type: result.type,
      provinceCode: result.provinceCode,
      parentCode: result.parentCode,
      status: result.status,
    };
  });
}
