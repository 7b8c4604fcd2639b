import { describe, expect, it } from 'vitest';
import { EMPTY_SUMS } from './figures.js';
import { FIGURE_NAMES, headlineOf, headlineQuarters, shownScore } from './headline.js';

describe('headline figures', () => {
  const big = { ...EMPTY_SUMS, weightDue: 300, weightedScore: 27_000, expected: 3, onTime: 3, verified: 3 };
  const small = { ...EMPTY_SUMS, weightDue: 100, weightedScore: 2_000, expected: 1, onTime: 0, verified: 1 };
  const idle = { ...EMPTY_SUMS };

  it('weights achievement by what is due, never a mean of institutions', () => {
    const h = headlineOf([big, small, idle]);
    // (27 000 + 2 000) / 400 = 72.5, not (90 + 20) / 2 = 55.
    expect(h.achievement).toBe(72.5);
    expect(h.band).toBe('cukup');
  });

  it('keeps on-time compliance and verified apart, and counts institutions with targets due', () => {
    const h = headlineOf([big, small, idle]);
    expect(h.rates.onTime).toBe(75);
    expect(h.rates.verified).toBe(100);
    expect(h.institutions).toBe(2);
  });

  it('has nothing to say about a group with nothing due', () => {
    const h = headlineOf([idle]);
    expect(h).toMatchObject({ achievement: null, band: null, institutions: 0 });
    expect(h.rates).toEqual({ submitted: null, onTime: null, complete: null, verified: null });
  });

  it('uses each name once', () => {
    const names = Object.values(FIGURE_NAMES).map((n) => n.id);
    expect(new Set(names).size).toBe(names.length);
  });

  it('shows a not-applicable result as no score', () => {
    expect(shownScore({ notApplicable: true, score: 0 })).toBeNull();
    expect(shownScore({ notApplicable: false, score: 80 })).toBe(80);
  });
});

describe('headlineQuarters', () => {
  const q = (number: number, startsOn: string, verificationEndsOn: string, expected: number) => ({
    number,
    startsOn,
    verificationEndsOn,
    expected,
  });
  const quarters = [
    q(1, '2025-01-01', '2025-05-10', 0),
    q(2, '2025-04-01', '2025-08-09', 20),
    q(3, '2025-07-01', '2025-11-09', 0),
    q(4, '2025-10-01', '2026-02-09', 20),
    q(5, '2026-01-01', '2026-05-10', 20),
  ];

  it('grades the latest quarter with targets whose verification has ended; the open one is progress', () => {
    expect(headlineQuarters(quarters, '2026-01-20')).toEqual({ graded: 2, inProgress: 4 });
    expect(headlineQuarters(quarters, '2026-02-10')).toEqual({ graded: 4, inProgress: 5 });
  });

  it('has no grade before any verification window has ended', () => {
    expect(headlineQuarters(quarters, '2025-07-15')).toEqual({ graded: null, inProgress: 2 });
    expect(headlineQuarters(quarters, '2025-08-09')).toEqual({ graded: null, inProgress: 2 });
  });
});
