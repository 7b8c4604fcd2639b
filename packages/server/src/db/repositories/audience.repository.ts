/** What audiences are resolved against: institutions, and which aksi each carries. */
import type { Executor } from '../database.js';

/** Every institution with the fields audiences look at. */
export function listAudienceCandidates(db: Executor) {
  return db
    .selectFrom('institutions')
    .select(['id', 'code', 'name', 'type', 'province_code'])
    .orderBy('code')
    .execute();
}

/** Which institutions carry an output of the given aksi of a period (assignments in force). */
export function listAksiCarriers(db: Executor, periodCode: string, aksiCodes: readonly string[]) {
  if (aksiCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assignments')
    .innerJoin('outputs', 'outputs.id', 'assignments.output_id')
    .innerJoin('aksi', 'aksi.id', 'outputs.aksi_id')
    .innerJoin('periods', 'periods.id', 'aksi.period_id')
    .select(['assignments.institution_id', 'aksi.code as aksi_code'])
    .distinct()
    .where('periods.code', '=', periodCode)
    .where('aksi.code', 'in', [...aksiCodes])
    .where('assignments.ended_at', 'is', null)
    .execute();
}

/** The aksi codes of a period among `codes`. */
export async function listKnownAksiCodes(db: Executor, periodCode: string, codes: readonly string[]) {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('aksi')
    .innerJoin('periods', 'periods.id', 'aksi.period_id')
    .select('aksi.code')
    .where('periods.code', '=', periodCode)
    .where('aksi.code', 'in', [...codes])
    .execute();
  return rows.map((row) => row.code);
}

/** Institutions by id, with the fields coordination lists show. */
export function listInstitutionRefs(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('institutions')
    .select(['id', 'code', 'name', 'type', 'province_code'])
    .where('id', 'in', [...ids])
    .orderBy('code')
    .execute();
}

/**
 * How many active accounts hold one of `roles` in each institution (institutions without any are
 * left out), not counting `exceptUserId` (the sender, who does not notify themselves).
 */
export async function countMembersByInstitution(db: Executor, roles: readonly string[], exceptUserId: number) {
  if (roles.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select((eb) => ['users.institution_id', eb.fn.count<number | string>('users.id').distinct().as('people')])
    .where('users.institution_id', 'is not', null)
    .where('users.status', '=', 'active')
    .where('users.id', '!=', exceptUserId)
    .where('user_roles.role', 'in', [...roles])
    .groupBy('users.institution_id')
    .execute();
  return rows.map((row) => ({ institutionId: row.institution_id as number, people: Number(row.people) }));
}
