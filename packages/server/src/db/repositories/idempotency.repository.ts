/** Stored answers to requests made with an Idempotency-Key. */
import type { Executor } from '../database.js';
import { prepared } from '../dialect/prepared.js';

const responseStatement = prepared((db, p: { actorKey: string; key: string }) =>
  db.selectFrom('idempotency_keys').selectAll().where('actor_key', '=', p.actorKey).where('key', '=', p.key),
);

/** The stored answer for `(actorKey, key)`, if any. */
export function findIdempotentResponse(db: Executor, actorKey: string, key: string) {
  return responseStatement.first(db, { actorKey, key });
}

/** Stores the answer; fails on a duplicate key, which the caller treats as "already answered". */
export async function insertIdempotentResponse(
  db: Executor,
  row: {
    actor_key: string;
    key: string;
    request_hash: string;
    status_code: number;
    response: string;
    created_at: string;
  },
): Promise<void> {
  await db.insertInto('idempotency_keys').values(row).execute();
}
