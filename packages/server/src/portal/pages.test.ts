import { gradeDistribution } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { aggregate, gradeBar, headlineQuarter, type ListItem } from './pages.js';

const figures = (
  quarter: number,
  achievement: number | null,
  expected: number,
  verified: number,
  weightDue = 100,
  graded = { administratif: 0, terlaksana: 0, berdampak: verified },
) => ({
  quarter,
  label: `Triwulan ${quarter}`,
  achievement,
  band: null,
  weightDue,
  weightedScore: (achievement ?? 0) * weightDue,
  expected,
  onTime: verified,
  onTimeRate: expected ? (verified / expected) * 100 : null,
  verified,
  verifiedOnTime: verified,
  notApplicable: 0,
  verifiedRate: expected ? (verified / expected) * 100 : null,
  grades: gradeDistribution(graded),
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

  it('weights achievement by what is due (never a mean of institutions) and keeps the two rates apart', () => {
    const items = [
      item('33.01', [figures(1, 80, 4, 3, 300)]),
      item('33.02', [figures(1, 60, 4, 1, 100)]),
      item('33.03', []),
    ];
    // (80 × 300 + 60 × 100) / 400 = 75, where the mean of the two would be 70.
    expect(aggregate(items, 1)).toMatchObject({
      quarter: 1,
      institutions: 2,
      achievement: 75,
      band: 'cukup',
      expected: 8,
      verified: 4,
      onTime: 4,
      rates: { onTime: 50, verified: 50 },
    });
  });

  it('adds the institutions’ grade counts and shows them as a bar with every value in text', () => {
    const items = [
      item('33.01', [figures(1, 80, 4, 3, 300, { administratif: 1, terlaksana: 1, berdampak: 1 })]),
      item('33.02', [figures(1, 60, 4, 1, 100, { administratif: 1, terlaksana: 0, berdampak: 0 })]),
    ];
    const grades = aggregate(items, 1).grades;
    expect(grades).toEqual({
      administratif: 2,
      terlaksana: 1,
      berdampak: 1,
      graded: 4,
      shares: { administratif: 50, terlaksana: 25, berdampak: 25 },
    });
    const bar = String(gradeBar(grades, 'id'));
    expect(bar).toContain('data-grades="2/1/1"');
    expect(bar).toContain('Administratif <strong>2</strong> <span class="muted">(50,0%)</span>');
    expect(bar).toContain('Berdampak <strong>1</strong>');
    expect(bar).toContain('aria-hidden="true"');
    expect(bar).not.toContain('style=');
    expect(String(gradeBar(gradeDistribution({ administratif: 0, terlaksana: 0, berdampak: 0 }), 'en'))).toContain(
      'No graded verified report yet.',
    );
  });
});
