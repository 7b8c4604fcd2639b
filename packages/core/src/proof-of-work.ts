/**
 * A light proof of work for public forms, instead of a third-party CAPTCHA: the server hands out a
 * signed challenge and a difficulty; the browser finds a nonce such that
 * SHA-256(challenge + nonce) starts with `difficulty` zero bits (about 2^difficulty tries). The
 * hash function is passed in, so the same solver runs on Node (tests) and in the browser
 * (`crypto.subtle.digest`).
 */

/** The algorithm name the challenge endpoint announces. */
export const PROOF_OF_WORK_ALGORITHM = 'sha256-leading-zero-bits' as const;

/** Leading zero bits of a digest. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** A SHA-256 of UTF-8 text, synchronous or not. */
export type Sha256 = (text: string) => Uint8Array | Promise<Uint8Array>;

/**
 * Finds a nonce (decimal digits) for `challenge` at `difficulty` bits; throws after `maxTries`.
 * Expected tries: 2^difficulty (16 bits ≈ 65 000 hashes, well under a second on a phone).
 */
export async function solveProofOfWork(
  challenge: string,
  difficulty: number,
  sha256: Sha256,
  maxTries = 2 ** Math.min(difficulty + 8, 40),
): Promise<string> {
  for (let n = 0; n < maxTries; n++) {
    const nonce = String(n);
    if (leadingZeroBits(await sha256(challenge + nonce)) >= difficulty) return nonce;
  }
  throw new Error(`No nonce found within ${maxTries} tries`);
}

/** How the feedback form's proof of work grows with the recent volume from one address. */
export interface ProofOfWorkScale {
  /** Bits asked of everyone (the configured difficulty). */
  baseBits: number;
  /** Submissions from one address within an hour, and within a day, still at the base difficulty. */
  freePerHour: number;
  freePerDay: number;
  /** The most bits added on top of the base, however busy the address. */
  maxExtraBits: number;
}

/** Extra bits for `count` recent submissions when `free` of them cost nothing extra: one per doubling. */
function extraBits(count: number, free: number): number {
  return count < free ? 0 : Math.floor(Math.log2(count / free)) + 1;
}

/**
 * The difficulty for the next submission from an address that sent `recent.hour` items in the last
 * hour and `recent.day` in the last day. Nobody is refused: people behind one shared address (a
 * mobile carrier's NAT, an office, an internet café) only wait longer. The rule:
 *
 * - up to `freePerHour` in the hour (and `freePerDay` in the day): the base difficulty;
 * - past that, one more bit (twice the work per item) each time the volume doubles: at 1×, 2×, 4×,
 *   8×… the allowance, +1, +2, +3, +4… bits, the larger of the hourly and daily count deciding;
 * - never more than `maxExtraBits` above the base, and never more than 32 bits in all.
 *
 * So the work of a burst of n items grows about as n² (each item costs about n times the base): a
 * flood from one address is priced out, a busy café is only slowed. With 16 base bits (≈ half a
 * second on a phone), 5 per hour and 6 extra bits at most, the 6th item of the hour costs ≈ 1 s,
 * the 20th ≈ 4 s, the 160th and beyond ≈ 30 s each.
 */
export function scaledProofOfWorkBits(scale: ProofOfWorkScale, recent: { hour: number; day: number }): number {
  const extra = Math.max(extraBits(recent.hour, scale.freePerHour), extraBits(recent.day, scale.freePerDay));
  return Math.min(scale.baseBits + Math.min(extra, scale.maxExtraBits), 32);
}
