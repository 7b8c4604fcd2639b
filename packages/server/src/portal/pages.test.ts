import { describe, expect, it } from 'vitest';
import { aggregate, headlineQuarter, type ListItem } from './pages.js';

const figures = (quarter: number, achievement: number | null, expected: number, verified: number) => ({
  quarter,
  label: `Triwulan ${quarter}`,
  achievement,
  band: null,
  expected,
  verified,
  verifiedOnTime: verified,
  notApplicable: 0,
  verifiedRate: expected ? (verified / expected) * 100 : null,
  lastVerifiedAt: null,
});

const item = (code: string, quarters: ReturnType<typeof figures>[]): ListItem => ({
  code,
  name: code,
  type: 'kabupaten',
  provinceCode: '33',
  lastVerifiedAt: null,
  quarters,
});

describe('portal figures', () => {
  it('headlines the latest quarter with a verified result, else the latest with a target due', () => {
    expect(headlineQuarter([[figures(1, 50, 2, 1), figures(2, 0, 2, 0)]])).toBe(1);
    expect(headlineQuarter([[figures(1, 0, 2, 0), figures(2, 0, 2, 0)]])).toBe(2);
    expect(headlineQuarter([[]])).toBeNull();
  });

  it('averages achievement over institutions with figures and sums compliance', () => {
    const items = [item('33.01', [figures(1, 80, 4, 3)]), item('33.02', [figures(1, 60, 4, 1)]), item('33.03', [])];
    expect(aggregate(items, 1)).toEqual({
      quarter: 1,
      institutions: 2,
      achievement: 70,
      expected: 8,
      verified: 4,
      compliance: 50,
    });
  });
});
