import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leadingZeroBits, scaledProofOfWorkBits, solveProofOfWork } from './proof-of-work.js';

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

describe('scaledProofOfWorkBits', () => {
  const scale = { baseBits: 16, freePerHour: 5, freePerDay: 20, maxExtraBits: 6 };
  const bits = (hour: number, day = hour) => scaledProofOfWorkBits(scale, { hour, day });

  it('asks the base difficulty within the allowance', () => {
    for (const n of [0, 1, 4]) expect(bits(n)).toBe(16);
  });

  it('adds one bit each time the volume doubles past the allowance, hourly or daily', () => {
    expect(bits(5)).toBe(17);
    expect(bits(9)).toBe(17);
    expect(bits(10)).toBe(18);
    expect(bits(20)).toBe(19);
    expect(bits(40)).toBe(20);
    // Few in the last hour, many in the day: the day decides.
    expect(bits(1, 40)).toBe(18);
  });

  it('stays bounded: never more than the extra allowed, never over 32 bits', () => {
    expect(bits(10_000)).toBe(22);
    expect(scaledProofOfWorkBits({ ...scale, baseBits: 28, maxExtraBits: 10 }, { hour: 10_000, day: 0 })).toBe(32);
  });
});
