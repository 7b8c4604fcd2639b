/**
 * The province view: a province's Inspektorat (or a governor's-office leader) given the flag by
 * admin reads its kabupaten/kota's progress — the list with figures and each one's brief — so
 * the province can coach them. Read-only: the flag grants no action on their reports. Admin and
 * observers read any province.
 */
import type { BriefDto, ProvinceProgressDto } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { findInstitutionByCode, findInstitutionById } from '../../db/repositories/institution.repository.js';
import {
  grantProvinceView,
  listProvinceMembers,
  listProvinceViewUsers,
  revokeProvinceView,
} from '../../db/repositories/province-view.repository.js';
import { findUserById, listRoles } from '../../db/repositories/user.repository.js';
import type { Institution } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { AppError, NotFoundError, ValidationError } from '../../errors.js';
import { resolveFrame } from '../dashboard/dashboard-frame.service.js';
import { quarterFiguresView, storedFigureRows } from '../figures/figures.service.js';
import { briefOf } from './brief.service.js';

const NATIONAL_ROLES = ['admin', 'observer'] as const;
const NO_PROVINCE_VIEW = {
  id: 'Akun Anda tidak memiliki tampilan provinsi. Admin dapat mengaktifkannya untuk akun Inspektorat atau pimpinan provinsi.',
  en: 'Your account has no province view. Admin can turn it on for a province Inspektorat or leader account.',
};
const PROVINCE_NOT_FOUND = { id: 'Provinsi tidak ditemukan.', en: 'Province not found.' };
const INSTITUTION_NOT_FOUND = { id: 'Instansi tidak ditemukan.', en: 'Institution not found.' };

const isNational = (actor: UserActor) =>
  actor.roles.some((role) => (NATIONAL_ROLES as readonly string[]).includes(role));

/** Whether the account has the province view. */
export async function hasProvinceView(db: Executor, userId: number): Promise<boolean> {
  return (await listProvinceViewUsers(db, [userId])).has(userId);
}

/**
 * The province whose kabupaten/kota the actor may read: a national role names one; a province
 * account with the flag reads its own; anyone else is refused (403).
 */
async function provinceOf(db: Executor, actor: UserActor, asked: string | undefined): Promise<Institution> {
  if (isNational(actor)) {
    const province = asked ? await findInstitutionByCode(db, asked) : undefined;
    if (province?.type !== 'provinsi') throw new NotFoundError(PROVINCE_NOT_FOUND);
    return province;
  }
  const own = actor.institutionId === null ? undefined : await findInstitutionById(db, actor.institutionId);
  if (own?.type !== 'provinsi' || !(await hasProvinceView(db, actor.userId))) {
    throw new AppError(403, 'no_province_view', NO_PROVINCE_VIEW);
  }
  return own;
}

/** A province's kabupaten/kota with their figures of the quarter shown. */
export async function provinceProgress(
  context: AppContext,
  actor: UserActor,
  query: { province?: string | undefined; period?: string | undefined; quarter?: number | undefined },
): Promise<ProvinceProgressDto> {
  const { db } = context.database;
  const province = await provinceOf(db, actor, query.province);
  const frame = await resolveFrame(context, query);
  const members = await listProvinceMembers(db, province.code);
  const rows = await storedFigureRows(
    db,
    frame.period.id,
    members.map((m) => m.id),
  );
  return {
    province: { code: province.code, name: province.name },
    period: frame.period.code,
    quarter: frame.quarter,
    items: members.map((member) => {
      const row = rows.find((r) => r.institution_id === member.id && r.quarter_number === frame.quarter);
      return {
        institution: { code: member.code, name: member.name, type: member.type as 'kabupaten' | 'kota' },
        current: row ? quarterFiguresView(row) : null,
      };
    }),
  };
}

/** The brief of one kabupaten/kota of the actor's province (404 outside it). */
export async function provinceMemberBrief(
  context: AppContext,
  actor: UserActor,
  code: string,
  query: { period?: string | undefined; quarter?: number | undefined },
): Promise<BriefDto> {
  const { db } = context.database;
  const institution = await findInstitutionByCode(db, code);
  const province = await provinceOf(db, actor, institution?.province_code ?? undefined);
  if (
    !institution ||
    institution.province_code !== province.code ||
    (institution.type !== 'kabupaten' && institution.type !== 'kota')
  ) {
    throw new NotFoundError(INSTITUTION_NOT_FOUND);
  }
  return briefOf(db, institution, await resolveFrame(context, query));
}

/** Gives or takes away an account's province view; only a province's focal point or leader can hold it. */
export async function setProvinceView(
  context: AppContext,
  actor: UserActor,
  userId: number,
  enabled: boolean,
): Promise<{ userId: number; provinceView: boolean }> {
  return transaction(context.database.db, async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) throw new NotFoundError({ id: 'Akun tidak ditemukan.', en: 'Account not found.' });
    if (enabled) {
      const roles = await listRoles(trx, userId);
      const institution =
        user.institution_id === null ? undefined : await findInstitutionById(trx, user.institution_id);
      const eligible = roles.includes('focal_point') || roles.includes('leader');
      if (!eligible || institution?.type !== 'provinsi') {
        const text = {
          id: 'Tampilan provinsi hanya untuk akun focal point (Inspektorat) atau pimpinan sebuah provinsi.',
          en: 'The province view is only for a focal point (Inspektorat) or leader account of a province.',
        };
        throw new ValidationError(text, [{ path: 'enabled', message: text.id }]);
      }
      await grantProvinceView(trx, userId, actor.userId, context.clock.now().toISOString());
    } else {
      await revokeProvinceView(trx, userId);
    }
    await recordAudit(trx, context.clock, actor, {
      action: 'user.province_view',
      entity: 'user',
      entityId: userId,
      change: { province_view: enabled },
    });
    return { userId, provinceView: enabled };
  });
}
