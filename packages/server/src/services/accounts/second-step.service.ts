/**
 * The second sign-in step: the challenge from a correct password plus an authenticator code (or a
 * recovery code) opens the session. Wrong codes are throttled like wrong passwords, per account
 * and per address.
 */
import { LOGIN_THROTTLE } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { clearLoginFailures, recordLoginFailures } from '../../db/repositories/login-attempt.repository.js';
import { findOpenSignInChallenge, useSignInChallenge } from '../../db/repositories/second-factor.repository.js';
import { findUserById } from '../../db/repositories/user.repository.js';
import { transaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { type StartedSession, startSession, TooManyAttemptsError, waitFor } from './auth.service.js';
import { consumeSecondFactor, WRONG_CODE } from './second-factor.service.js';
import { hashSecret } from './secrets.js';
import { serverSecret } from './server-secret.js';

const CHALLENGE_INVALID = {
  id: 'Langkah kedua sudah kedaluwarsa atau sudah dipakai. Masuk lagi dengan kata sandi.',
  en: 'The second step has expired or was already used. Sign in again with your password.',
};

/** Finishes a sign-in: checks the challenge and the code, then opens the session. */
export async function completeSecondStep(
  context: AppContext,
  input: ({ challenge: string; code: string } | { challenge: string; recoveryCode: string }) & { ip: string },
): Promise<StartedSession> {
  const { db } = context.database;
  const now = context.clock.now();
  const idHash = hashSecret(input.challenge);
  const challenge = await findOpenSignInChallenge(db, idHash);
  if (!challenge || challenge.expires_at <= now.toISOString()) {
    throw new AppError(401, 'second_step_expired', CHALLENGE_INVALID);
  }
  const keys = { account: `second-step:${challenge.user_id}`, ip: `ip:${input.ip}` };
  const wait = Math.max(
    await waitFor(db, keys.account, LOGIN_THROTTLE.account, now),
    await waitFor(db, keys.ip, LOGIN_THROTTLE.ip, now),
  );
  if (wait > 0) throw new TooManyAttemptsError(Math.ceil(wait / 1000));
  const user = await findUserById(db, challenge.user_id);
  if (user?.status !== 'active') throw new AppError(401, 'second_step_expired', CHALLENGE_INVALID);

  const proof = 'code' in input ? { code: input.code } : { recoveryCode: input.recoveryCode };
  // Resolved before the transaction: on SQLite a read outside it would wait for it to end.
  const key = await serverSecret(context);
  const passed = await transaction(db, (trx) => consumeSecondFactor(trx, context, key, user.id, user.email, proof));
  if (!passed) {
    await recordLoginFailures(db, [keys.account, keys.ip], now.toISOString());
    throw new AppError(401, 'bad_second_factor', WRONG_CODE);
  }
  const details = {
    ip: challenge.ip ?? input.ip,
    userAgent: challenge.user_agent,
    previousSession: challenge.previous_session,
    method: 'password' as const,
  };
  return startSession(context, user.id, details, passed, async (trx) => {
    if (!(await useSignInChallenge(trx, idHash, now.toISOString()))) {
      throw new AppError(401, 'second_step_expired', CHALLENGE_INVALID);
    }
    await clearLoginFailures(trx, keys.account);
  });
}
