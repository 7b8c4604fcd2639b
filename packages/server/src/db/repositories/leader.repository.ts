/** Leaders (kepala daerah, sekda, pimpinan K/L) as recipients of their monthly digest. */
import type { Executor } from '../database.js';

/** Active accounts holding the leader role, with their institution, by id. */
export function listActiveLeaders(db: Executor) {
  return db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', (join) => join.onRef('r.user_id', '=', 'u.id').on('r.role', '=', 'leader'))
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .select(['u.id', 'u.email', 'u.name', 'u.locale', 'u.institution_id'])
    .where('u.status', '=', 'active')
    .orderBy('u.id')
    .execute();
}

/** Whether a mail of `kind` was queued for `userId` at or after `since` (a run repeated after a crash). */
export async function hasMailSince(db: Executor, userId: number, kind: string, since: string): Promise<boolean> {
  const row = await db
    .selectFrom('outbox')
    .select('id')
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('created_at', '>=', since)
    .executeTakeFirst();
  return row !== undefined;
}
