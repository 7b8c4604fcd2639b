/**
 * The half-way point of a sign-in with two factors: after a correct password the caller holds a
 * challenge (valid 5 minutes, single use) that can do one thing only, finish the sign-in with a code.
 */
import type { AppContext } from '../../context.js';
import { insertSignInChallenge } from '../../db/repositories/second-factor.repository.js';
import type { SignInDetails } from './auth.service.js';
import { hashSecret, newSecret } from './secrets.js';

/** How long the second step may take. */
export const CHALLENGE_MS = 5 * 60_000;

/** The answer to a correct password when an authenticator code is still needed. */
export interface SecondStepChallenge {
  kind: 'second_step';
  challenge: string;
  expiresAt: string;
}

/** Opens the second step for `userId`: only the challenge's hash is stored. */
export async function openSecondStep(
  context: AppContext,
  userId: number,
  details: SignInDetails,
): Promise<SecondStepChallenge> {
  const now = context.clock.now();
  const challenge = newSecret('ch_');
  const expiresAt = new Date(now.getTime() + CHALLENGE_MS).toISOString();
  await insertSignInChallenge(context.database.db, {
    id_hash: hashSecret(challenge),
    user_id: userId,
    ip: details.ip,
    user_agent: details.userAgent?.slice(0, 300) ?? null,
    previous_session: details.previousSession,
    created_at: now.toISOString(),
    expires_at: expiresAt,
    used_at: null,
  });
  return { kind: 'second_step', challenge, expiresAt };
}
