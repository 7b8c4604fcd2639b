/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238: 6 digits, 30-second steps, SHA-1,
 * one step of drift either way). The secret is sealed with the server secret; the last accepted
 * step is stored so a code is never accepted twice; ten single-use recovery codes are stored hashed.
 */
import {
  RECOVERY_CODE_COUNT,
  type RecoveryCodesDto,
  type SecondFactorEnrolmentDto,
  type SecondFactorStatusDto,
  secondFactorRequired,
} from '@pantau/core';
import { Secret, TOTP } from 'otpauth';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import {
  advanceLastStep,
  confirmSecondFactor,
  countUnusedRecoveryCodes,
  deleteSecondFactor,
  findSecondFactor,
  putPendingSecondFactor,
  replaceRecoveryCodes,
  useRecoveryCode,
} from '../../db/repositories/second-factor.repository.js';
import { endSessionsOfUser } from '../../db/repositories/session.repository.js';
import { findUserById } from '../../db/repositories/user.repository.js';
import { transaction } from '../../db/transaction.js';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { qrcode } from '../../heavy-libraries.js';
import { verifyPassword } from './password.js';
import { open, seal } from './secret-box.js';
import { hashSecret, newSecret } from './secrets.js';
import { serverSecret } from './server-secret.js';

const SEAL_PURPOSE = 'totp-secret';
const PERIOD_SECONDS = 30;
const ISSUER = 'Pantau';

/** The answer when a code is wrong (or was already used). */
export const WRONG_CODE = {
  id: 'Kode autentikator salah atau sudah dipakai. Tunggu kode berikutnya lalu coba lagi.',
  en: 'The authenticator code is wrong or was already used. Wait for the next code and try again.',
};

/** The authenticator of `email` for `secret` (base32), as an authenticator app computes it. */
export function authenticatorFor(secret: string, email: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: email,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** The RFC 6238 time step of `at`. */
export function timeStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / PERIOD_SECONDS);
}

/** Seals an authenticator secret for storage under the server secret `key`. */
export function sealWith(key: string, secret: string): string {
  return seal(key, SEAL_PURPOSE, secret);
}

/** Opens a stored authenticator secret. */
export async function openSecret(context: Pick<AppContext, 'config' | 'database' | 'clock'>, secretBox: string) {
  return open(await serverSecret(context), SEAL_PURPOSE, secretBox);
}

/** The step `code` belongs to within one step of now, or null when it matches none. */
function matchingStep(totp: TOTP, code: string, now: Date): number | null {
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : timeStep(now) + delta;
}

/** Whether the user has a confirmed authenticator. */
export async function hasSecondFactor(db: Executor, userId: number): Promise<boolean> {
  return Boolean((await findSecondFactor(db, userId))?.confirmed_at);
}

/** Whether `actor` must enrol before doing anything else (required for its roles, none confirmed). */
export async function mustEnrolFirst(context: AppContext, actor: UserActor): Promise<boolean> {
  if (!secondFactorRequired(actor.roles, context.config.secondFactorRequired)) return false;
  return !(await hasSecondFactor(context.database.db, actor.userId));
}

/** The state of the actor's second factor. */
export async function secondFactorStatus(context: AppContext, actor: UserActor): Promise<SecondFactorStatusDto> {
  const { db } = context.database;
  const enrolled = await hasSecondFactor(db, actor.userId);
  return {
    enrolled,
    required: secondFactorRequired(actor.roles, context.config.secondFactorRequired),
    recoveryCodesLeft: enrolled ? await countUnusedRecoveryCodes(db, actor.userId) : 0,
  };
}

const ALREADY_ENROLLED = {
  id: 'Verifikasi dua langkah sudah aktif. Nonaktifkan dulu untuk mendaftarkan aplikasi lain.',
  en: 'Two-factor sign-in is already on. Turn it off first to enrol another app.',
};

/** Starts an enrolment: a new secret, to scan as a QR code or type in; confirmed by a code. */
export async function startEnrolment(context: AppContext, actor: UserActor): Promise<SecondFactorEnrolmentDto> {
  const { db } = context.database;
  if (await hasSecondFactor(db, actor.userId)) throw new ConflictError('second_factor_enrolled', ALREADY_ENROLLED);
  const secret = new Secret({ size: 20 }).base32;
  const sealed = sealWith(await serverSecret(context), secret);
  await putPendingSecondFactor(db, actor.userId, sealed, context.clock.now().toISOString());
  const uri = authenticatorFor(secret, actor.email).toString();
  const svg = await qrcode().toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

function newRecoveryCode(): string {
  // 10 characters of an unambiguous alphabet, grouped 5-5: about 50 bits each.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const raw = newSecret('', 16);
  let code = '';
  for (const char of raw) {
    if (code.length === 10) break;
    const index = char.charCodeAt(0) % alphabet.length;
    code += alphabet[index];
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** The stored form of a recovery code: case, spaces and dashes do not matter when typed. */
export function hashRecoveryCode(code: string): string {
  return hashSecret(code.toLowerCase().replace(/[\s-]/g, ''));
}

/** Confirms the pending enrolment with a code; returns the recovery codes, shown this once. */
export async function confirmEnrolment(context: AppContext, actor: UserActor, code: string): Promise<RecoveryCodesDto> {
  const { db } = context.database;
  const pending = await findSecondFactor(db, actor.userId);
  if (!pending) {
    throw new ValidationError({
      id: 'Mulai pendaftaran aplikasi autentikator terlebih dahulu.',
      en: 'Start the authenticator enrolment first.',
    });
  }
  if (pending.confirmed_at) throw new ConflictError('second_factor_enrolled', ALREADY_ENROLLED);
  const now = context.clock.now();
  const step = matchingStep(authenticatorFor(await openSecret(context, pending.secret_box), actor.email), code, now);
  if (step === null) throw new ValidationError(WRONG_CODE, [{ path: 'body.code', message: WRONG_CODE.id }]);
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await transaction(db, async (trx) => {
    await confirmSecondFactor(trx, actor.userId, now.toISOString(), step);
    await replaceRecoveryCodes(trx, actor.userId, recoveryCodes.map(hashRecoveryCode));
    await recordAudit(trx, context.clock, actor, {
      action: 'account.second_factor_enrol',
      entity: 'user',
      entityId: actor.userId,
      change: { recovery_codes: RECOVERY_CODE_COUNT },
    });
  });
  return { recoveryCodes };
}

/**
 * Checks a code (or a recovery code) for the user's confirmed authenticator and consumes it: a
 * code's time step is recorded so it never works twice, a recovery code is marked used.
 * Returns how it was passed, or null when it is wrong or used. `key` is the server secret, resolved
 * before the transaction (on SQLite a read outside `trx` would wait for it to end).
 */
export async function consumeSecondFactor(
  trx: Executor,
  context: AppContext,
  key: string,
  userId: number,
  email: string,
  proof: { code: string } | { recoveryCode: string },
): Promise<'totp' | 'recovery_code' | null> {
  const factor = await findSecondFactor(trx, userId);
  if (!factor?.confirmed_at) return null;
  const now = context.clock.now();
  if ('recoveryCode' in proof) {
    return (await useRecoveryCode(trx, userId, hashRecoveryCode(proof.recoveryCode), now.toISOString()))
      ? 'recovery_code'
      : null;
  }
  const secret = open(key, SEAL_PURPOSE, factor.secret_box);
  const step = matchingStep(authenticatorFor(secret, email), proof.code, now);
  if (step === null) return null;
  return (await advanceLastStep(trx, userId, step)) ? 'totp' : null;
}

/** Turns the actor's second factor off: the password and a current code are both required. */
export async function disableSecondFactor(
  context: AppContext,
  actor: UserActor,
  input: { password: string; code: string },
): Promise<SecondFactorStatusDto> {
  const { db } = context.database;
  const user = await findUserById(db, actor.userId);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, input.password))) {
    const text = { id: 'Kata sandi salah.', en: 'The password is wrong.' };
    throw new ValidationError(text, [{ path: 'body.password', message: text.id }]);
  }
  const key = await serverSecret(context);
  await transaction(db, async (trx) => {
    if ((await consumeSecondFactor(trx, context, key, actor.userId, actor.email, { code: input.code })) === null) {
      throw new ValidationError(WRONG_CODE, [{ path: 'body.code', message: WRONG_CODE.id }]);
    }
    await deleteSecondFactor(trx, actor.userId);
    await recordAudit(trx, context.clock, actor, {
      action: 'account.second_factor_disable',
      entity: 'user',
      entityId: actor.userId,
      change: {},
    });
  });
  return secondFactorStatus(context, actor);
}

/** An admin removes another account's second factor (a lost phone); its sessions end. Audited. */
export async function resetSecondFactor(
  context: AppContext,
  actor: UserActor,
  userId: number,
  reason: string,
): Promise<void> {
  const { db } = context.database;
  if (userId === actor.userId) {
    throw new AppError(403, 'forbidden', {
      id: 'Atur verifikasi dua langkah Anda sendiri di halaman Akun saya.',
      en: 'Manage your own two-factor sign-in on the My account page.',
    });
  }
  if (!(await findUserById(db, userId)))
    throw new NotFoundError({ id: 'Akun tidak ditemukan.', en: 'Account not found.' });
  const at = context.clock.now().toISOString();
  await transaction(db, async (trx) => {
    const hadOne = await deleteSecondFactor(trx, userId);
    const endedSessions = await endSessionsOfUser(trx, userId, 'second_factor_reset', at);
    await recordAudit(trx, context.clock, actor, {
      action: 'user.second_factor_reset',
      entity: 'user',
      entityId: userId,
      change: { had_second_factor: hadOne, reason, ended_sessions: endedSessions },
    });
  });
}
