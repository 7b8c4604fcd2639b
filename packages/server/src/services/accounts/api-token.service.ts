/** API tokens for machine clients: shown once, stored hashed, expiring, revocable, scoped to their user. */

import type { Selectable } from 'kysely';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import {
  findApiToken,
  findLiveTokenActor,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
} from '../../db/repositories/api-token.repository.js';
import type { ApiTokenTable } from '../../db/schema.js';
import { transaction } from '../../db/transaction.js';
import { AppError, NotFoundError } from '../../errors.js';
import { actorOf } from './actor.service.js';
import { hashSecret, newSecret } from './secrets.js';

/** What a token may do: only read, or read and write (within its user's rights). */
export type ApiTokenScope = 'read' | 'read-write';

const TOKEN_CANNOT_CREATE = {
  id: 'Token API hanya dapat dibuat dari sesi masuk (di layar Sesi dan token), bukan dengan token lain.',
  en: 'API tokens can only be created from a signed-in session (on the Sessions and tokens screen), not with another token.',
};

/** Every token starts with this, so leaked tokens are easy to recognise and scan for. */
export const TOKEN_PREFIX = 'pantau_';

/** A token as listed (never the secret). */
export interface ApiTokenView {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  scope: ApiTokenScope;
}

const view = (row: Selectable<ApiTokenTable>): ApiTokenView => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
  scope: row.scope === 'read' ? 'read' : 'read-write',
});

/** Creates a token for the acting user; the secret is returned here and never again. */
export async function createApiToken(
  context: AppContext,
  actor: UserActor,
  input: { name: string; expiresInDays: number; scope?: ApiTokenScope | undefined },
): Promise<ApiTokenView & { token: string }> {
  // A token could otherwise mint a longer-lived one that outlives its own revocation.
  if (actor.via !== 'session') throw new AppError(403, 'token_cannot_create_tokens', TOKEN_CANNOT_CREATE);
  const token = newSecret(TOKEN_PREFIX);
  const now = context.clock.now();
  const row = {
    user_id: actor.userId,
    name: input.name,
    token_hash: hashSecret(token),
    prefix: token.slice(0, TOKEN_PREFIX.length + 6),
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(),
    last_used_at: null,
    revoked_at: null,
    scope: input.scope ?? 'read-write',
  };
  const id = await transaction(context.database.db, async (trx) => {
    const id = await insertApiToken(trx, row);
    await recordAudit(trx, context.clock, actor, {
      action: 'token.create',
      entity: 'api_token',
      entityId: id,
      change: { name: row.name, prefix: row.prefix, expires_at: row.expires_at, scope: row.scope },
    });
    return id;
  });
  return { ...view({ ...row, id }), token };
}

/** The acting user's tokens. */
export async function listOwnApiTokens(context: AppContext, actor: UserActor): Promise<ApiTokenView[]> {
  return (await listApiTokens(context.database.db, actor.userId)).map(view);
}

/** Revokes one of the acting user's tokens; it stops working at once. */
export async function revokeOwnApiToken(context: AppContext, actor: UserActor, id: number): Promise<ApiTokenView> {
  return transaction(context.database.db, async (trx) => {
    const token = await findApiToken(trx, actor.userId, id);
    if (!token) throw new NotFoundError({ id: 'Token tidak ditemukan.', en: 'Token not found.' });
    const at = context.clock.now().toISOString();
    if (!token.revoked_at) {
      await revokeApiToken(trx, id, at);
      await recordAudit(trx, context.clock, actor, {
        action: 'token.revoke',
        entity: 'api_token',
        entityId: id,
        change: {},
      });
    }
    return view({ ...token, revoked_at: token.revoked_at ?? at });
  });
}

const TOUCH_EVERY_MS = 60_000;

/** The actor behind a bearer token, if the token is live and its user active. */
export async function resolveApiToken(context: AppContext, token: string): Promise<UserActor | null> {
  return (await resolveScopedApiToken(context, token))?.actor ?? null;
}

/** The actor behind a bearer token and what the token may do, if the token is live and its user active. */
export async function resolveScopedApiToken(
  context: AppContext,
  token: string,
): Promise<{ actor: UserActor; scope: ApiTokenScope } | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const { db } = context.database;
  // The token, its user and grants in one statement.
  const found = await findLiveTokenActor(db, hashSecret(token));
  const now = context.clock.now();
  if (!found || found.token.expires_at <= now.toISOString()) return null;
  const row = found.token;
  const actor = actorOf(row.user_id, found.user, found.grants, 'token');
  if (!actor) return null;
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > TOUCH_EVERY_MS) {
    await touchApiToken(db, row.id, now.toISOString());
  }
  return { actor, scope: row.scope === 'read' ? 'read' : 'read-write' };
}
