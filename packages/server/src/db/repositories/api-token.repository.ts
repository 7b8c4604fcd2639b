/** API tokens of machine clients; only their hashes are stored. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { ApiTokenTable } from '../schema.js';

/** Stores a token and returns its id. */
export async function insertApiToken(db: Executor, token: Insertable<ApiTokenTable>): Promise<number> {
  return (await db.insertInto('api_tokens').values(token).returning('id').executeTakeFirstOrThrow()).id;
}

/** The token with this hash, if not revoked. */
export function findLiveApiToken(db: Executor, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** A user's tokens, newest first. */
export function listApiTokens(db: Executor, userId: number) {
  return db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').execute();
}

/** One token of a user. */
export function findApiToken(db: Executor, userId: number, id: number) {
  return db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

/** Marks a token revoked. */
export async function revokeApiToken(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
}

/** Revokes every live token of a user. */
export async function revokeApiTokensOfUser(db: Executor, userId: number, at: string): Promise<number> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Records that a token was used. */
export async function touchApiToken(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}
