/** The province view: province accounts allowed to read their kabupaten/kota's progress. */
import type { Executor } from '../database.js';

/** Of `userIds`, those with the province view. */
export async function listProvinceViewUsers(db: Executor, userIds: readonly number[]): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('province_views')
    .select('user_id')
    .where('user_id', 'in', [...userIds])
    .execute();
  return new Set(rows.map((row) => row.user_id));
}

/** Gives (or keeps) the province view of `userId`. */
export async function grantProvinceView(db: Executor, userId: number, grantedBy: number | null, at: string) {
  const found = await db
    .selectFrom('province_views')
    .select('user_id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!found)
    await db.insertInto('province_views').values({ user_id: userId, granted_by: grantedBy, granted_at: at }).execute();
}

/** Takes away the province view of `userId`. */
export async function revokeProvinceView(db: Executor, userId: number) {
  await db.deleteFrom('province_views').where('user_id', '=', userId).execute();
}

/** The kabupaten/kota of a province, by code. */
export function listProvinceMembers(db: Executor, provinceCode: string) {
  return db
    .selectFrom('institutions')
    .selectAll()
    .where('province_code', '=', provinceCode)
    .where('type', 'in', ['kabupaten', 'kota'])
    .orderBy('code')
    .execute();
}
