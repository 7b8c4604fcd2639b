import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from './heap-growth.js';

describe('the heap growth the command line sets', () => {
  it('bounds the growth when Node was given no choice of its own', () => {
    expect(heapGrowthFlag([], '')).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag(['--enable-source-maps'], '--max-old-space-size=512')).toBe(
      `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
    );
  });

  it('leaves a choice given on the command line or in NODE_OPTIONS alone', () => {
    expect(heapGrowthFlag(['--heap-growing-percent=100'])).toBeNull();
    expect(heapGrowthFlag([], '--enable-source-maps --heap_growing_percent=20')).toBeNull();
    expect(heapGrowthFlag([], '--heap-growing-percent 30')).toBeNull();
  });
});
