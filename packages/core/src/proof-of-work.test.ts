import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leadingZeroBits, solveProofOfWork } from './proof-of-work.js';

const sha256 = (text: string) => new Uint8Array(createHash('sha256').update(text, 'utf8').digest());

describe('proof of work', () => {
  it('counts leading zero bits across bytes', () => {
    expect(leadingZeroBits(Uint8Array.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Uint8Array.from([0x01, 0xff]))).toBe(7);
    expect(leadingZeroBits(Uint8Array.from([0x00, 0x00, 0x10]))).toBe(19);
    expect(leadingZeroBits(Uint8Array.from([0x00, 0x00]))).toBe(16);
  });

  it('finds a nonce whose hash meets the difficulty', async () => {
    const nonce = await solveProofOfWork('tantangan-uji', 10, sha256);
    expect(leadingZeroBits(sha256(`tantangan-uji${nonce}`))).toBeGreaterThanOrEqual(10);
    expect(nonce).toMatch(/^\d+$/);
  });

  it('gives up after the allowed tries', async () => {
    await expect(solveProofOfWork('x', 64, sha256, 100)).rejects.toThrow(/100 tries/);
  });
});
