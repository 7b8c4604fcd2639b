/**
 * Spam protection of the public feedback form without outside services: a per-address rate limit
 * kept in the database (shared by every app process), a signed proof-of-work challenge that can be
 * spent once, and a honeypot field (handled by the caller). Client addresses are stored only as a
 * keyed hash.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { leadingZeroBits, PROOF_OF_WORK_ALGORITHM, type ThrottleRule, throttleWait } from '@pantau/core';
import type { AppContext } from '../../context.js';
import {
  listFeedbackAttempts,
  pruneFeedbackSpamRecords,
  recordFeedbackAttempt,
  spendChallenge,
} from '../../db/repositories/feedback.repository.js';
import { AppError } from '../../errors.js';
import { serverSecret } from '../accounts/server-secret.js';

type Context = Pick<AppContext, 'config' | 'database' | 'clock'>;

/** How long a challenge stays valid. */
export const CHALLENGE_TTL_MS = 15 * 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Too many submissions from one address. */
export class FeedbackRateLimitError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    limits: { perHour: number; perDay: number },
  ) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(429, 'too_many_feedback', {
      id:
        `Batas pengiriman tercapai: paling banyak ${limits.perHour} aduan/usulan per jam dan ${limits.perDay} per hari ` +
        `dari satu alamat internet. Coba lagi dalam ${minutes} menit.`,
      en:
        `Sending limit reached: at most ${limits.perHour} feedback items per hour and ${limits.perDay} per day from one ` +
        `internet address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    });
  }
}

const challengeError = (code: string, id: string, en: string) =>
  new AppError(400, code, {
    id: `${id} Muat ulang formulir lalu kirim lagi; isian Anda tetap ada.`,
    en: `${en} Reload the form and send again; what you typed is kept.`,
  });

function sign(secret: string, purpose: string, value: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest();
}

/** A new challenge at the configured difficulty. */
export async function issueChallenge(context: Context) {
  const secret = await serverSecret(context);
  const issuedAt = context.clock.now().getTime();
  const body = `v1.${issuedAt}.${randomBytes(12).toString('base64url')}.${context.config.feedback.powBits}`;
  const mac = sign(secret, 'pow', body).subarray(0, 16).toString('base64url');
  return {
    challenge: `${body}.${mac}`,
    difficulty: context.config.feedback.powBits,
    algorithm: PROOF_OF_WORK_ALGORITHM,
    expiresAt: new Date(issuedAt + CHALLENGE_TTL_MS).toISOString(),
  };
}

/**
 * Checks a solved challenge: issued by this server, not expired, at least the configured
 * difficulty, and SHA-256(challenge + nonce) meets it. Returns what `spendProofOfWork` needs.
 */
export async function verifyProofOfWork(
  context: Context,
  challenge: string,
  nonce: string,
): Promise<{ hash: string; expiresAt: string }> {
  const parts = challenge.split('.');
  const [version, issuedAtText, , bitsText, mac] = parts;
  const invalid = () =>
    challengeError(
      'challenge_invalid',
      'Kode pengaman formulir tidak valid.',
      'The form’s security code is not valid.',
    );
  if (parts.length !== 5 || version !== 'v1' || !mac) throw invalid();
  const expected = sign(await serverSecret(context), 'pow', parts.slice(0, 4).join('.')).subarray(0, 16);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();

  const issuedAt = Number(issuedAtText);
  const now = context.clock.now().getTime();
  if (!Number.isSafeInteger(issuedAt) || now - issuedAt > CHALLENGE_TTL_MS || issuedAt - now > 60_000) {
    throw challengeError(
      'challenge_expired',
      'Kode pengaman formulir sudah kedaluwarsa (berlaku 15 menit).',
      'The form’s security code has expired (it is valid for 15 minutes).',
    );
  }
  const bits = Number(bitsText);
  const digest = createHash('sha256')
    .update(challenge + nonce, 'utf8')
    .digest();
  if (bits < context.config.feedback.powBits || leadingZeroBits(digest) < bits) {
    throw challengeError(
      'proof_of_work_failed',
      'Pemeriksaan anti-spam di peramban belum selesai atau gagal.',
      'The anti-spam check in the browser did not finish or failed.',
    );
  }
  return {
    hash: createHash('sha256').update(challenge).digest('hex'),
    expiresAt: new Date(issuedAt + CHALLENGE_TTL_MS).toISOString(),
  };
}

/** Marks a verified challenge spent; a second use is refused. */
export async function spendProofOfWork(context: Context, proof: { hash: string; expiresAt: string }): Promise<void> {
  if (!(await spendChallenge(context.database.db, proof.hash, proof.expiresAt))) {
    throw challengeError(
      'challenge_used',
      'Kode pengaman formulir sudah dipakai.',
      'The form’s security code has already been used.',
    );
  }
}

/**
 * Counts a submission attempt from `ip`, refusing it (429) when the address has reached the hourly
 * or daily limit. Attempts older than a day are forgotten.
 */
export async function countSubmissionAttempt(context: Context, ip: string): Promise<void> {
  const { db } = context.database;
  const { perHour, perDay } = context.config.feedback;
  const now = context.clock.now();
  const key = sign(await serverSecret(context), 'ip', ip)
    .subarray(0, 16)
    .toString('hex');
  const wait = async (rule: ThrottleRule) => {
    const since = new Date(now.getTime() - rule.windowMs).toISOString();
    return throttleWait(await listFeedbackAttempts(db, key, since, rule.maxFailures), now, rule);
  };
  const retryAfterMs = Math.max(
    await wait({ maxFailures: perHour, windowMs: HOUR_MS }),
    await wait({ maxFailures: perDay, windowMs: DAY_MS }),
  );
  if (retryAfterMs > 0) throw new FeedbackRateLimitError(Math.ceil(retryAfterMs / 1000), { perHour, perDay });
  await recordFeedbackAttempt(db, key, now.toISOString());
  await pruneFeedbackSpamRecords(db, new Date(now.getTime() - DAY_MS).toISOString(), now.toISOString());
}
