/** Authenticator secrets, recovery codes and pending sign-in challenges. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import type { SignInChallengeTable } from '../schema.js';

/** The authenticator of a user (confirmed or pending), if any. */
export function findSecondFactor(db: Executor, userId: number) {
  return db.selectFrom('second_factors').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Which of `userIds` have a confirmed authenticator. */
export async function listConfirmedSecondFactorUsers(db: Executor, userIds: number[]): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('second_factors')
    .select('user_id')
    .where('user_id', 'in', userIds)
    .where('confirmed_at', 'is not', null)
    .execute();
  return new Set(rows.map((row) => row.user_id));
}

/** Replaces the user's authenticator with a new, unconfirmed secret. */
export async function putPendingSecondFactor(db: Executor, userId: number, secretBox: string, at: string) {
  await db.deleteFrom('second_factors').where('user_id', '=', userId).execute();
  await db
    .insertInto('second_factors')
    .values({ user_id: userId, secret_box: secretBox, created_at: at, confirmed_at: null, last_step: null })
    .execute();
}

/** Marks the authenticator confirmed at `step`. */
export async function confirmSecondFactor(db: Executor, userId: number, at: string, step: number) {
  await db
    .updateTable('second_factors')
    .set({ confirmed_at: at, last_step: step })
    .where('user_id', '=', userId)
    .execute();
}

/**
 * Records `step` as the last accepted one, only if it is newer than the stored one: false when
 * another request accepted this step (or a later one) first.
 */
export async function advanceLastStep(db: Executor, userId: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('second_factors')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes the authenticator and recovery codes of a user; returns whether one was confirmed. */
export async function deleteSecondFactor(db: Executor, userId: number): Promise<boolean> {
  const existing = await findSecondFactor(db, userId);
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db.deleteFrom('second_factors').where('user_id', '=', userId).execute();
  return Boolean(existing?.confirmed_at);
}

/** Replaces the recovery codes of a user with these hashes. */
export async function replaceRecoveryCodes(db: Executor, userId: number, hashes: string[]) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null })))
    .execute();
}

/** Uses the unused recovery code with this hash; false when there is none. */
export async function useRecoveryCode(db: Executor, userId: number, hash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many recovery codes of the user are still unused. */
export async function countUnusedRecoveryCodes(db: Executor, userId: number): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Stores a new sign-in challenge. */
export async function insertSignInChallenge(db: Executor, challenge: Insertable<SignInChallengeTable>) {
  await db.insertInto('sign_in_challenges').values(challenge).execute();
}

/** The unused challenge with this hash. */
export function findOpenSignInChallenge(db: Executor, idHash: string) {
  return db
    .selectFrom('sign_in_challenges')
    .selectAll()
    .where('id_hash', '=', idHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
}

/** Marks a challenge used; false when another request used it first. */
export async function useSignInChallenge(db: Executor, idHash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('sign_in_challenges')
    .set({ used_at: at })
    .where('id_hash', '=', idHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
