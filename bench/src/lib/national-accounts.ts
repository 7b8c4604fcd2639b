/**
 * The accounts of the national dataset: per institution a focal point, two contributors and a
 * publicist; an admin, an observer and a verifier per aksi code. All share one password.
 */
import type { Insertable, Kysely } from 'kysely';
import type { bulkLoader, DB } from './server.js';

/** The password of every generated account (the bench signs in with it). */
export const BENCH_PASSWORD = 'bench-pantau-nasional-2026';
export const BENCH_EMAIL_DOMAIN = 'bench.pantau.id';

/** The e-mail of an institution's focal point, by institution code. */
export function focalPointEmail(institutionCode: string): string {
  return `inspektorat.${institutionCode.toLowerCase().replace(/\./g, '-')}@${BENCH_EMAIL_DOMAIN}`;
}
export const ADMIN_EMAIL = `admin@${BENCH_EMAIL_DOMAIN}`;
export const OBSERVER_EMAIL = `pengamat@${BENCH_EMAIL_DOMAIN}`;

/** Aksi ids by aksi code, across periods. */
export async function aksiIds(trx: Kysely<DB>): Promise<Map<string, number[]>> {
  const rows = await trx.selectFrom('aksi').select(['id', 'code']).execute();
  const byCode = new Map<string, number[]>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row.id]);
  return byCode;
}

/**
 * Accounts: per institution a focal point, two contributors and a publicist; an admin, an observer
 * and a verifier per aksi code (for every period). All share one password hash.
 */
export async function loadAccounts(
  load: ReturnType<typeof bulkLoader>,
  institutions: { id: number; code: string }[],
  passwordHash: string,
  at: string,
  aksiByCode: Map<string, number[]>,
): Promise<number> {
  const users: Insertable<DB['users']>[] = [];
  const roles: { user_id: number; role: string }[] = [];
  const verifierAksi: { user_id: number; aksi_id: number }[] = [];
  const add = (email: string, name: string, role: string, institutionId: number | null) => {
    const id = users.length + 1;
    users.push({
      id,
      email,
      name,
      institution_id: institutionId,
      password_hash: passwordHash,
      status: 'active',
      locale: 'id',
      created_at: at,
      updated_at: at,
    });
    roles.push({ user_id: id, role });
    return id;
  };
  add(ADMIN_EMAIL, 'Admin Setnas PK (bench)', 'admin', null);
  add(OBSERVER_EMAIL, 'Pengamat Timnas PK (bench)', 'observer', null);
  for (const [code, ids] of aksiByCode) {
    const id = add(`verifikator.${code}@${BENCH_EMAIL_DOMAIN}`, `Verifikator aksi ${code} (bench)`, 'verifier', null);
    for (const aksiId of ids) verifierAksi.push({ user_id: id, aksi_id: aksiId });
  }
  for (const institution of institutions) {
    const local = institution.code.toLowerCase().replace(/\./g, '-');
    add(focalPointEmail(institution.code), `Inspektorat ${institution.code}`, 'focal_point', institution.id);
    add(`pic1.${local}@${BENCH_EMAIL_DOMAIN}`, `PIC 1 ${institution.code}`, 'contributor', institution.id);
    add(`pic2.${local}@${BENCH_EMAIL_DOMAIN}`, `PIC 2 ${institution.code}`, 'contributor', institution.id);
    add(`humas.${local}@${BENCH_EMAIL_DOMAIN}`, `Humas ${institution.code}`, 'publicist', institution.id);
  }
  await load.insert('users', users);
  await load.insert('user_roles', roles);
  await load.insert('verifier_assignments', verifierAksi);
  await load.syncIdentities(['users']);
  return users.length;
}
