import { describe, expect, it } from 'vitest';
import { bandOf } from './reports.js';

describe('achievement bands', () => {
  it('uses baik ≥ 80, cukup 60–79, kurang < 60 by default', () => {
    expect([100, 80, 79.9, 60, 59.9, 0].map((s) => bandOf(s))).toEqual([
      'baik',
      'baik',
      'cukup',
      'cukup',
      'kurang',
      'kurang',
    ]);
  });

  it('honours configured thresholds', () => {
    expect(bandOf(75, { baik: 75, cukup: 50 })).toBe('baik');
  });
});
