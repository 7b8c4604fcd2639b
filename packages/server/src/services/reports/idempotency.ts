/**
 * Idempotent writes for unreliable connections: a request carrying an `Idempotency-Key` runs once;
 * a retry with the same key gets the first answer. The answer is stored in the same transaction
 * as the write, so a write without its stored answer (or the reverse) cannot happen.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { isUniqueViolation } from '../../db/dialect/index.js';
import { findIdempotentResponse, insertIdempotentResponse } from '../../db/repositories/idempotency.repository.js';
import { transaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';

/** The success statuses a retry-safe write answers with: created, or found already there. */
export type WriteStatus = 200 | 201;

/** A result and the HTTP status to answer with. */
export interface IdempotentResult<T, S extends WriteStatus = WriteStatus> {
  status: S;
  body: T;
  /** True when this answer was stored by an earlier request with the same key. */
  replayed: boolean;
}

const KEY_REUSED = {
  id: 'Idempotency-Key ini sudah dipakai untuk permintaan lain. Gunakan kunci baru untuk setiap permintaan berbeda.',
  en: 'This Idempotency-Key was used for a different request. Use a new key for each distinct request.',
};

/** How `idempotent` runs. */
export interface IdempotentOptions {
  /**
   * The caller has just looked for a stored answer with `replayStored` and found none, so the
   * write starts without looking again; a concurrent retry that stores its answer first is still
   * answered with it.
   */
  replayChecked?: boolean;
}

/**
 * Runs `write` in a transaction, once per `(actor, key)`. Without a key it simply runs. `request`
 * identifies what was asked (method, path, body), so a key reused for something else is refused.
 */
export async function idempotent<T, S extends WriteStatus>(
  context: AppContext,
  actor: UserActor,
  key: string | undefined,
  request: unknown,
  write: (trx: Executor) => Promise<{ status: S; body: T }>,
  { replayChecked = false }: IdempotentOptions = {},
): Promise<IdempotentResult<T, S>> {
  const { db } = context.database;
  if (!key) return { ...(await transaction(db, write)), replayed: false };
  const actorKey = `user:${actor.userId}`;
  const requestHash = hashRequest(request);
  const replay = () => replayStored<T, S>(context, actor, key, request);
  const earlier = replayChecked ? null : await replay();
  if (earlier) return earlier;
  try {
    const result = await transaction(db, async (trx) => {
      const outcome = await write(trx);
      await insertIdempotentResponse(trx, {
        actor_key: actorKey,
        key,
        request_hash: requestHash,
        status_code: outcome.status,
        response: JSON.stringify(outcome.body),
        created_at: context.clock.now().toISOString(),
      });
      return outcome;
    });
    return { ...result, replayed: false };
  } catch (error) {
    // A concurrent request with the same key committed first: our transaction rolled back whole.
    if (isUniqueViolation(error)) {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
}

function hashRequest(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}

/**
 * The stored answer of an earlier request with `key` by `actor`, or null when there is none;
 * 422 when the key was used for another request. Callers whose answer depends on state the
 * retry may see changed (a report the first request created) look here first.
 */
export async function replayStored<T, S extends WriteStatus>(
  context: AppContext,
  actor: UserActor,
  key: string | undefined,
  request: unknown,
): Promise<IdempotentResult<T, S> | null> {
  if (!key) return null;
  const stored = await findIdempotentResponse(context.database.db, `user:${actor.userId}`, key);
  if (!stored) return null;
  if (stored.request_hash !== hashRequest(request)) throw new AppError(422, 'idempotency_key_reused', KEY_REUSED);
  return { status: stored.status_code as S, body: JSON.parse(stored.response) as T, replayed: true };
}

/** The Idempotency-Key header, validated: 8–200 visible ASCII characters. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return undefined;
  if (!/^[\x21-\x7e]{8,200}$/.test(value)) {
    throw new AppError(400, 'invalid_idempotency_key', {
      id: 'Idempotency-Key harus 8–200 karakter ASCII tanpa spasi (contoh: UUID).',
      en: 'The Idempotency-Key must be 8–200 ASCII characters without spaces (e.g. a UUID).',
    });
  }
  return value;
}
