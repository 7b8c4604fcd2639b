import { describe, expect, it } from 'vitest';
import {
  addSums,
  changeOf,
  closedQuarters,
  defaultPeriod,
  defaultQuarter,
  figuresOf,
  outputSums,
  repeatedlyLate,
  rollUp,
} from './dashboard.js';
import { computeFigures, EMPTY_SUMS, type FigureSums } from './figures.js';
import { periodQuarters } from './quarters.js';

const sums = (overrides: Partial<FigureSums>): FigureSums => ({ ...EMPTY_SUMS, ...overrides });

describe('figures of a group', () => {
  it('divides the summed weighted score by the summed weight, not a mean of means', () => {
    // Institution A: 1 target, score 100. Institution B: 3 targets, nothing accepted.
    const a = sums({ weightDue: 1, weightedScore: 100, expected: 1, submitted: 1, onTime: 1, verified: 1 });
    const b = sums({ weightDue: 3, weightedScore: 0, expected: 3 });
    const figures = figuresOf(addSums(a, b));
    // (100 + 0) / (1 + 3) = 25, where the mean of means would say 50.
    expect(figures.achievement).toBe(25);
    expect(figures.band).toBe('kurang');
    expect(figures.rates).toEqual({ submitted: 25, onTime: 25, complete: 0, verified: 25 });
  });

  it('has no achievement and no rates when nothing is due', () => {
    const figures = figuresOf(EMPTY_SUMS);
    expect(figures.achievement).toBeNull();
    expect(figures.band).toBeNull();
    expect(figures.rates).toEqual({ submitted: null, onTime: null, complete: null, verified: null });
  });

  it('rounds to one decimal and bands by the thresholds', () => {
    expect(figuresOf(sums({ weightDue: 3, weightedScore: 240 })).band).toBe('baik');
    expect(figuresOf(sums({ weightDue: 23, weightedScore: 260 })).achievement).toBe(11.3);
    expect(figuresOf(sums({ weightDue: 3, weightedScore: 180 }), { baik: 90, cukup: 50 }).band).toBe('cukup');
  });

  it('rolls rows up by key, keeping the order keys were first seen', () => {
    const rows = [
      { aksi: '2', ...sums({ weightDue: 1, expected: 1 }) },
      { aksi: '1', ...sums({ weightDue: 2, submitted: 1, expected: 2 }) },
      { aksi: '2', ...sums({ weightDue: 3, weightedScore: 90, expected: 1 }) },
    ];
    const groups = rollUp(rows, (r) => r.aksi);
    expect([...groups.keys()]).toEqual(['2', '1']);
    expect(groups.get('2')).toEqual(sums({ weightDue: 4, weightedScore: 90, expected: 2 }));
  });
});

describe('output sums', () => {
  it('equals computeFigures summed over the assigned institutions', () => {
    // One output, targets in quarters 2 (weight 2, revised from 1) and 4 (weight 1); two institutions.
    const targets = [
      { targetId: 1, quarter: 2, weight: 2 },
      { targetId: 2, quarter: 4, weight: 1 },
    ];
    const first = computeFigures(targets, [
      // Accepted on version 1 (weight 1) before the revision, score 80.
      {
        targetId: 1,
        state: 'accepted',
        weight: 1,
        score: 80,
        notApplicableAccepted: false,
        submitted: true,
        onTime: true,
        evidenceComplete: true,
        qualityGrade: null,
      },
      {
        targetId: 2,
        state: 'submitted',
        weight: 1,
        score: null,
        notApplicableAccepted: false,
        submitted: true,
        onTime: false,
        evidenceComplete: false,
        qualityGrade: null,
      },
    ]);
    const second = computeFigures(targets, [
      {
        targetId: 1,
        state: 'accepted',
        weight: 2,
        score: null,
        notApplicableAccepted: true,
        submitted: true,
        onTime: true,
        evidenceComplete: false,
        qualityGrade: null,
      },
    ]);
    const q4 = outputSums({ weightSoFar: 3, dueInQuarter: 1 }, 2, {
      // Institution 1: accepted weight 1 instead of 2 → −1; institution 2: not applicable → −2.
      weightAdjustment: -3,
      weightedScore: 80,
      submitted: 1,
      onTime: 0,
      complete: 0,
      verified: 0,
      notApplicable: 0,
      administratif: 0,
      terlaksana: 0,
      berdampak: 0,
    });
    const [a, b] = [first[3], second[3]];
    expect(q4.weightDue).toBe((a?.weightDue ?? 0) + (b?.weightDue ?? 0));
    expect(q4.weightedScore).toBe((a?.weightedScore ?? 0) + (b?.weightedScore ?? 0));
    expect(q4.expected).toBe((a?.expected ?? 0) + (b?.expected ?? 0));
    expect(q4.submitted).toBe((a?.submitted ?? 0) + (b?.submitted ?? 0));
  });

  it('counts every assigned institution as owing the due targets when no report exists', () => {
    expect(outputSums({ weightSoFar: 2, dueInQuarter: 1 }, 5, undefined)).toEqual(sums({ weightDue: 10, expected: 5 }));
  });
});

describe('period and quarter by default', () => {
  const periods = [
    { code: '2023-2024', startYear: 2023 },
    { code: '2025-2026', startYear: 2025 },
  ];

  it('picks the period containing today, else the newest', () => {
    expect(defaultPeriod(periods, '2024-03-01')?.code).toBe('2023-2024');
    expect(defaultPeriod(periods, '2030-01-01')?.code).toBe('2025-2026');
    expect(defaultPeriod([], '2030-01-01')).toBeUndefined();
  });

  it('picks the latest quarter whose verification has ended, else the one containing today', () => {
    const quarters = periodQuarters(2025);
    // 2026-01-20: Triwulan V in progress, IV still being verified (until 2026-02-09): III.
    expect(defaultQuarter(2025, '2026-01-20', quarters)).toBe(3);
    expect(defaultQuarter(2025, '2026-02-09', quarters)).toBe(3);
    expect(defaultQuarter(2025, '2026-02-10', quarters)).toBe(4);
    expect(defaultQuarter(2025, '2025-03-01', quarters)).toBe(1);
    expect(defaultQuarter(2025, '2024-12-31', quarters)).toBe(1);
    expect(defaultQuarter(2025, '2027-03-01', quarters)).toBe(8);
    expect(defaultQuarter(2025, '2027-02-01', [])).toBe(8);
  });
});

describe('early warning', () => {
  it('lists institutions late in at least two quarters, most quarters then most missing first', () => {
    const rows = [
      { institutionId: 1, quarter: 2, expected: 10, onTime: 4 },
      { institutionId: 1, quarter: 4, expected: 10, onTime: 10 },
      { institutionId: 2, quarter: 2, expected: 10, onTime: 9 },
      { institutionId: 2, quarter: 4, expected: 10, onTime: 9 },
      { institutionId: 3, quarter: 4, expected: 5, onTime: 0 },
      { institutionId: 3, quarter: 2, expected: 5, onTime: 0 },
      { institutionId: 4, quarter: 3, expected: 0, onTime: 0 },
    ];
    expect(repeatedlyLate(rows, 2)).toEqual([
      { institutionId: 3, lateQuarters: [2, 4], missing: 10 },
      { institutionId: 2, lateQuarters: [2, 4], missing: 2 },
    ]);
  });

  it('looks at the last quarters whose deadline has passed', () => {
    const quarters = [
      { number: 1, deadline: '2025-04-10' },
      { number: 2, deadline: '2025-07-10' },
      { number: 3, deadline: '2025-10-10' },
      { number: 4, deadline: '2026-01-10' },
      { number: 5, deadline: '2026-04-10' },
    ];
    expect(closedQuarters(quarters, 5, '2026-01-20', 4)).toEqual([2, 3, 4]);
    expect(closedQuarters(quarters, 2, '2026-01-20', 4)).toEqual([1, 2]);
    expect(closedQuarters(quarters, 4, '2026-01-10', 4)).toEqual([1, 2, 3]);
  });

  it('rounds a change like the figures it compares', () => {
    expect(changeOf(20, 11.3)).toBe(-8.7);
    expect(changeOf(15.1, 23.3)).toBe(8.2);
  });
});
