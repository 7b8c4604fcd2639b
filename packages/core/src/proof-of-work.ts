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
