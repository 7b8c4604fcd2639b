/**
 * Sign-in, sessions and sign-out. Sessions live in the database so several app processes share
 * them; the cookie carries a random secret whose SHA-256 is the session key.
 */
import { LOGIN_THROTTLE, type ThrottleRule, throttleWait } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  clearLoginFailures,
  listLoginFailures,
  recordLoginFailures,
} from '../../db/repositories/login-attempt.repository.js';
import { endSession, findSessionActor, insertSession, touchSession } from '../../db/repositories/session.repository.js';
import { findUserByEmail } from '../../db/repositories/user.repository.js';
import { transaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { actorOf, loadUserActor } from './actor.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { hasSecondFactor } from './second-factor.service.js';
import { openSecondStep, type SecondStepChallenge } from './second-step-challenge.js';
import { hashSecret, newSecret } from './secrets.js';

/** Compared against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password. */
const DUMMY_HASH = hashPassword('pantau-dummy-password-for-timing');

const BAD_CREDENTIALS = {
  id: 'E-mail atau kata sandi salah.',
  en: 'Wrong e-mail or password.',
};

/** The account or address must wait before trying again. */
export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(429, 'too_many_attempts', {
      id: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.`,
      en: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    });
  }
}

/** A new session: the secret for the cookie and the CSRF token for the client. */
export interface StartedSession {
  kind: 'session';
  secret: string;
  csrfToken: string;
  actor: UserActor;
  expiresAt: string;
}

/** Throttling keys of a sign-in: the account and the client address. */
export const throttleKeys = (email: string, ip: string) => ({
  account: `account:${email.toLowerCase()}`,
  ip: `ip:${ip}`,
});

/** How long (ms) `key` must wait under `rule`. */
export async function waitFor(db: Executor, key: string, rule: ThrottleRule, now: Date): Promise<number> {
  const since = new Date(now.getTime() - rule.windowMs).toISOString();
  return throttleWait(await listLoginFailures(db, key, since, rule.maxFailures), now, rule);
}

/** Checks the password and opens a session. Same message for an unknown e-mail and a wrong password. */
export async function login(
  context: AppContext,
  input: { email: string; password: string; ip: string; userAgent: string | null; previousSession: string | null },
): Promise<StartedSession | SecondStepChallenge> {
  const { db } = context.database;
  const now = context.clock.now();
  const keys = throttleKeys(input.email, input.ip);
  const wait = Math.max(
    await waitFor(db, keys.account, LOGIN_THROTTLE.account, now),
    await waitFor(db, keys.ip, LOGIN_THROTTLE.ip, now),
  );
  if (wait > 0) throw new TooManyAttemptsError(Math.ceil(wait / 1000));

  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.password_hash ?? (await DUMMY_HASH), input.password);
  if (!user?.password_hash || !passwordOk) {
    await recordLoginFailures(db, [keys.account, keys.ip], now.toISOString());
    throw new AppError(401, 'bad_credentials', BAD_CREDENTIALS);
  }
  if (user.status !== 'active') {
    throw new AppError(403, 'account_disabled', {
      id: 'Akun ini dinonaktifkan. Hubungi focal point (Inspektorat) instansi Anda atau admin.',
      en: 'This account is disabled. Contact your institution’s focal point or the admin.',
    });
  }
  await clearLoginFailures(db, keys.account);
  return continueSignIn(context, user.id, {
    ip: input.ip,
    userAgent: input.userAgent,
    previousSession: input.previousSession,
    method: 'password',
  });
}

/** How the first factor was passed: a password, or the institution's identity provider. */
export type FirstFactor = 'password' | 'oidc';

/** The request a sign-in came from, kept for the session it opens. */
export interface SignInDetails {
  ip: string;
  userAgent: string | null;
  previousSession: string | null;
  method: FirstFactor;
  /** What the audit entry keeps besides the address (e.g. the provider and subject of an SSO sign-in). */
  auditDetail?: Record<string, string>;
}

/**
 * The one place a sign-in continues once the first factor (password or identity provider) is
 * right: an account with an authenticator gets a short-lived challenge for the code; any other
 * gets its session.
 */
export async function continueSignIn(
  context: AppContext,
  userId: number,
  details: SignInDetails,
): Promise<StartedSession | SecondStepChallenge> {
  if (await hasSecondFactor(context.database.db, userId)) return openSecondStep(context, userId, details);
  return startSession(context, userId, details, null);
}

/** Opens the session of a user whose sign-in is complete, ending the one the browser had. Audited. */
export async function startSession(
  context: AppContext,
  userId: number,
  details: SignInDetails,
  secondFactor: 'totp' | 'recovery_code' | null,
  trxDone?: (trx: Executor) => Promise<void>,
): Promise<StartedSession> {
  const { db } = context.database;
  const now = context.clock.now();
  const actor = await loadUserActor(db, userId, 'session');
  if (!actor) throw new AppError(401, 'bad_credentials', BAD_CREDENTIALS);

  const secret = newSecret();
  const csrfToken = newSecret('', 24);
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + context.config.sessionMaxMs).toISOString();
  await transaction(db, async (trx) => {
    if (trxDone) await trxDone(trx);
    // Rotation: a sign-in always starts a new session and ends the one the browser had.
    if (details.previousSession) await endSession(trx, details.previousSession, 'replaced', at);
    await insertSession(trx, {
      id_hash: hashSecret(secret),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: at,
      last_seen_at: at,
      expires_at: expiresAt,
      ended_at: null,
      end_reason: null,
      ip: details.ip,
      user_agent: details.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(trx, context.clock, actor, {
      action: 'auth.login',
      entity: 'user',
      entityId: userId,
      // A password sign-in records the address only; other methods name themselves.
      change: {
        ip: details.ip,
        ...(details.method === 'password' ? {} : { method: details.method }),
        ...details.auditDetail,
        ...(secondFactor ? { second_factor: secondFactor } : {}),
      },
    });
  });
  return { kind: 'session', secret, csrfToken, actor, expiresAt };
}

/** A live session resolved from its cookie secret. */
export interface ResolvedSession {
  idHash: string;
  csrfToken: string;
  actor: UserActor;
}

const TOUCH_EVERY_MS = 60_000;

/** The session behind a cookie secret, if it is open, within both expiries and its user active. */
export async function resolveSession(context: AppContext, secret: string): Promise<ResolvedSession | null> {
  const { db } = context.database;
  const idHash = hashSecret(secret);
  // The session, its user and grants in one statement: every signed-in request runs it.
  const found = await findSessionActor(db, idHash);
  if (!found) return null;
  const { session } = found;
  const now = context.clock.now();
  const idleLimit = new Date(session.last_seen_at).getTime() + context.config.sessionIdleMs;
  if (now.toISOString() >= session.expires_at || now.getTime() >= idleLimit) {
    await endSession(db, idHash, 'expired', now.toISOString());
    return null;
  }
  const actor = actorOf(session.user_id, found.user, found.grants, 'session');
  if (!actor) {
    await endSession(db, idHash, 'user_inactive', now.toISOString());
    return null;
  }
  if (now.getTime() - new Date(session.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await touchSession(db, idHash, now.toISOString());
  }
  return { idHash, csrfToken: session.csrf_token, actor };
}

/** Ends the session and records the sign-out. */
export async function logout(context: AppContext, actor: UserActor, idHash: string): Promise<void> {
  await transaction(context.database.db, async (trx) => {
    await endSession(trx, idHash, 'logout', context.clock.now().toISOString());
    await recordAudit(trx, context.clock, actor, {
      action: 'auth.logout',
      entity: 'user',
      entityId: actor.userId,
      change: {},
    });
  });
}
