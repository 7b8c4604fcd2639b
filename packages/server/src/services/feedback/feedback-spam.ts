/**
 * Spam protection of the public feedback form without outside services: a signed proof-of-work
 * challenge that can be spent once, whose difficulty grows with the recent volume from the sender's
 * address (`scaledProofOfWorkBits` in core: one more bit each time the volume doubles past the
 * allowance, bounded) instead of refusing it — people behind one shared address are slowed, never
 * locked out — and a honeypot field (handled by the caller). Attempts are kept in the database
 * (shared by every app process), addresses only as a keyed hash.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { leadingZeroBits, PROOF_OF_WORK_ALGORITHM, scaledProofOfWorkBits } from '@pantau/core';
import type { AppContext } from '../../context.js';
import {
  countFeedbackAttempts,
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

const challengeError = (code: string, id: string, en: string) =>
  new AppError(400, code, {
    id: `${id} Muat ulang formulir lalu kirim lagi; isian Anda tetap ada.`,
    en: `${en} Reload the form and send again; what you typed is kept.`,
  });

function sign(secret: string, purpose: string, value: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest();
}

/** The keyed hash under which an address's attempts are counted (the address itself is never stored). */
async function addressKey(context: Context, ip: string): Promise<string> {
  return sign(await serverSecret(context), 'ip', ip)
    .subarray(0, 16)
    .toString('hex');
}

/** The difficulty the next submission from `ip` needs, from its attempts in the last hour and day. */
export async function requiredBits(context: Context, ip: string): Promise<number> {
  const { db } = context.database;
  const key = await addressKey(context, ip);
  const now = context.clock.now().getTime();
  const since = (ms: number) => new Date(now - ms).toISOString();
  const [hour, day] = await Promise.all([
    countFeedbackAttempts(db, key, since(HOUR_MS)),
    countFeedbackAttempts(db, key, since(DAY_MS)),
  ]);
  const { powBits, perHour, perDay, maxExtraBits } = context.config.feedback;
  return scaledProofOfWorkBits(
    { baseBits: powBits, freePerHour: perHour, freePerDay: perDay, maxExtraBits },
    { hour, day },
  );
}

/** A new challenge at the difficulty the sender's address needs now. */
export async function issueChallenge(context: Context, ip: string) {
  const secret = await serverSecret(context);
  const bits = await requiredBits(context, ip);
  const issuedAt = context.clock.now().getTime();
  const body = `v1.${issuedAt}.${randomBytes(12).toString('base64url')}.${bits}`;
  const mac = sign(secret, 'pow', body).subarray(0, 16).toString('base64url');
  return {
    challenge: `${body}.${mac}`,
    difficulty: bits,
    algorithm: PROOF_OF_WORK_ALGORITHM,
    expiresAt: new Date(issuedAt + CHALLENGE_TTL_MS).toISOString(),
  };
}

/**
 * Checks a solved challenge: issued by this server, not expired, at least the difficulty the
 * address needs now (`required`), and SHA-256(challenge + nonce) meets it. Returns what
 * `spendProofOfWork` needs.
 */
export async function verifyProofOfWork(
  context: Context,
  challenge: string,
  nonce: string,
  required: number,
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
  if (Number.isInteger(bits) && bits >= context.config.feedback.powBits && bits < required) {
    // Others sent from the same address since the challenge was issued: the work got harder.
    throw challengeError(
      'proof_of_work_harder',
      'Banyak kiriman dari alamat internet Anda belakangan ini, jadi pemeriksaan anti-spam menjadi lebih berat.',
      'Many items were sent from your internet address recently, so the anti-spam check got harder.',
    );
  }
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

/** Records a submission attempt from `ip` (it raises the next difficulty); attempts older than a day are forgotten. */
export async function recordSubmissionAttempt(context: Context, ip: string): Promise<void> {
  const { db } = context.database;
  const now = context.clock.now();
  await recordFeedbackAttempt(db, await addressKey(context, ip), now.toISOString());
  await pruneFeedbackSpamRecords(db, new Date(now.getTime() - DAY_MS).toISOString(), now.toISOString());
}
