/** Failed sign-ins, for throttling across all app processes. */
import type { Executor } from '../database.js';

/** Records a failure for each key. */
export async function recordLoginFailures(db: Executor, keys: string[], at: string): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values(keys.map((key) => ({ key, at })))
    .execute();
}

/** Failure times for `key` since `since`, newest first (at most `limit`). */
export async function listLoginFailures(db: Executor, key: string, since: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('login_attempts')
    .select('at')
    .where('key', '=', key)
    .where('at', '>', since)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => row.at);
}

/** Forgets the failures of `key` (after a successful sign-in). */
export async function clearLoginFailures(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute();
}
