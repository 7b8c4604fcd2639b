/**
 * "Lupa kata sandi?": anyone may ask for a reset link for an address. The answer and its timing
 * are the same whether or not the address has an account; requests are throttled per address and
 * per client; the link (valid 1 hour, single use) is mailed in the account holder's language, and
 * redeeming it ends every session of the account.
 */
import { PASSWORD_RESET_THROTTLE, type ThrottleRule, throttleWait } from '@pantau/core';
import { systemActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { listLoginFailures, recordLoginFailures } from '../../db/repositories/login-attempt.repository.js';
import { findUserByEmail } from '../../db/repositories/user.repository.js';
import { transaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import { issueLink } from './account.service.js';

/** How long a self-service reset link works. */
export const FORGOT_LINK_MS = 60 * 60_000;
/** Every answer takes at least this long, so a known address cannot be told from an unknown one. */
const ANSWER_FLOOR_MS = 400;

/** Too many reset requests for an address or from a client. */
export class TooManyResetRequestsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(429, 'too_many_attempts', {
      id: `Terlalu banyak permintaan atur ulang kata sandi. Coba lagi dalam ${minutes} menit.`,
      en: `Too many password-reset requests. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    });
  }
}

/** What every request hears. */
export const FORGOT_ANSWER = {
  id: 'Jika alamat itu terdaftar, tautan untuk mengatur ulang kata sandi telah dikirim ke sana. Tautan berlaku 1 jam.',
  en: 'If that address has an account, a link to reset the password has been sent to it. The link is valid for 1 hour.',
};

async function waitFor(db: Executor, key: string, rule: ThrottleRule, now: Date): Promise<number> {
  const since = new Date(now.getTime() - rule.windowMs).toISOString();
  return throttleWait(await listLoginFailures(db, key, since, rule.maxFailures), now, rule);
}

/** Mails a reset link when `email` belongs to an active account; always answers the same. */
export async function requestPasswordReset(
  context: AppContext,
  input: { email: string; ip: string; locale: 'id' | 'en' },
): Promise<{ message: string }> {
  const started = performance.now();
  const { db } = context.database;
  const now = context.clock.now();
  const email = input.email.trim().toLowerCase();
  const keys = [`reset:account:${email}`, `reset:ip:${input.ip}`];
  const wait = Math.max(
    await waitFor(db, keys[0] as string, PASSWORD_RESET_THROTTLE.account, now),
    await waitFor(db, keys[1] as string, PASSWORD_RESET_THROTTLE.ip, now),
  );
  if (wait > 0) throw new TooManyResetRequestsError(Math.ceil(wait / 1000));

  const user = await findUserByEmail(db, email);
  await transaction(db, async (trx) => {
    await recordLoginFailures(trx, keys, now.toISOString());
    if (user?.status !== 'active') return;
    const link = await issueLink(trx, context, null, user.id, 'password_reset', FORGOT_LINK_MS);
    await recordAudit(trx, context.clock, systemActor('password-forgot'), {
      action: 'user.password_forgot',
      entity: 'user',
      entityId: user.id,
      change: { ip: input.ip, expires_at: link.expiresAt },
    });
  });
  const remaining = ANSWER_FLOOR_MS - (performance.now() - started);
  if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
  return { message: FORGOT_ANSWER[input.locale] };
}
