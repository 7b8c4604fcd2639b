/** API tokens of machine clients; only their hashes are stored. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import { prepared } from '../dialect/prepared.js';
import type { ApiTokenTable } from '../schema.js';
import { type ActorUser, actorUserOf, grantRows, grantsOf, type UserGrants } from './user.repository.js';

/** Stores a token and returns its id. */
export async function insertApiToken(db: Executor, token: Insertable<ApiTokenTable>): Promise<number> {
  return (await db.insertInto('api_tokens').values(token).returning('id').executeTakeFirstOrThrow()).id;
}

// Every request with a bearer token runs this.
const liveTokenActorStatement = prepared((db, p: { tokenHash: string }) => {
  const userOfToken = db
    .selectFrom('api_tokens')
    .select('user_id')
    .where('token_hash', '=', p.tokenHash)
    .where('revoked_at', 'is', null)
    .$asScalar();
  return db
    .selectFrom('api_tokens')
    .leftJoin('users', 'users.id', 'api_tokens.user_id')
    .leftJoin(grantRows(db, userOfToken).as('grants'), (join) => join.onTrue())
    .select([
      'api_tokens.id as token_id',
      'api_tokens.user_id',
      'api_tokens.expires_at',
      'api_tokens.last_used_at',
      'api_tokens.scope',
      'users.email',
      'users.status',
      'users.institution_id',
      'grants.kind',
      'grants.role',
      'grants.id',
    ])
    .where('api_tokens.token_hash', '=', p.tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .orderBy('grants.kind')
    .orderBy('grants.role')
    .orderBy('grants.id');
});

/** A live token with its user (whatever its status; undefined when missing) and the user's grants. */
export interface TokenActor {
  token: { id: number; user_id: number; expires_at: string; last_used_at: string | null; scope: string };
  user: ActorUser | undefined;
  grants: UserGrants;
}

/** The token with this hash if not revoked, with its user and grants, in one statement. */
export async function findLiveTokenActor(db: Executor, tokenHash: string): Promise<TokenActor | undefined> {
  const rows = await liveTokenActorStatement.rows(db, { tokenHash });
  const first = rows[0];
  if (!first) return undefined;
  const { token_id: id, user_id, expires_at, last_used_at, scope } = first;
  return { token: { id, user_id, expires_at, last_used_at, scope }, user: actorUserOf(first), grants: grantsOf(rows) };
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
