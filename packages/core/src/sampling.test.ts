import { describe, expect, it } from 'vitest';
import { defaultSampleSize, drawSample, sampleKey } from './sampling.js';

const SEED = 'a3f1c2e4b5d6978812345678deadbeef00112233445566778899aabbccddeeff';
const population = Array.from({ length: 200 }, (_, i) =>
  sampleKey(`33.${String(i % 40).padStart(2, '0')}`, `${1 + (i % 5)}.1-TW${1 + (i % 8)}`),
);

describe('field-verification sample', () => {
  it('re-draws identically from the same seed, whatever the order of the population', () => {
    const first = drawSample(population, 20, SEED);
    const again = drawSample([...population].reverse(), 20, SEED);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(20);
    expect(first.every((key) => population.includes(key))).toBe(true);
  });

  it('draws a different sample from a different seed', () => {
    expect(drawSample(population, 20, `${SEED.slice(0, -1)}0`)).not.toEqual(drawSample(population, 20, SEED));
  });

  it('spreads over the population rather than taking its start', () => {
    const sorted = [...new Set(population)].sort();
    const positions = drawSample(population, 50, SEED).map((key) => sorted.indexOf(key));
    expect(Math.max(...positions)).toBeGreaterThan(sorted.length / 2);
  });

  it('sizes the sample at 10 %, at least 5, never more than there is', () => {
    expect(defaultSampleSize(200)).toBe(20);
    expect(defaultSampleSize(12)).toBe(5);
    expect(defaultSampleSize(3)).toBe(3);
    expect(drawSample(['a', 'b'], 5, SEED)).toHaveLength(2);
  });

  it('refuses a seed too short to be a published hash', () => {
    expect(() => drawSample(population, 1, 'abc')).toThrow(RangeError);
  });
});
