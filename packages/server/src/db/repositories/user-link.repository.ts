/** Single-use links: invitations and password resets. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { UserLinkTable } from '../schema.js';

/** Stores a link and returns its id. */
export async function insertUserLink(db: Executor, link: Insertable<UserLinkTable>): Promise<number> {
  return (await db.insertInto('user_links').values(link).returning('id').executeTakeFirstOrThrow()).id;
}

/** The unused link with this hash and purpose. */
export function findUnusedLink(db: Executor, tokenHash: string, purpose: string) {
  return db
    .selectFrom('user_links')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .executeTakeFirst();
}

/** Marks a link used; returns false if it was used concurrently. */
export async function markLinkUsed(db: Executor, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('user_links')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Voids a user's unused links of a purpose (a new link replaces older ones). */
export async function voidLinks(db: Executor, userId: number, purpose: string, at: string): Promise<void> {
  await db
    .updateTable('user_links')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}
