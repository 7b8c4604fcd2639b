import { describe, expect, it } from 'vitest';
import { computeFigures, countsInFigures, type FigureReport, percent } from './figures.js';

const report = (targetId: number, overrides: Partial<FigureReport>): FigureReport => ({
  targetId,
  state: 'accepted',
  weight: 1,
  score: 80,
  notApplicableAccepted: false,
  submitted: true,
  onTime: true,
  evidenceComplete: true,
  qualityGrade: null,
  ...overrides,
});

describe('achievement and compliance', () => {
  const targets = [
    { targetId: 1, quarter: 2, weight: 2 },
    { targetId: 2, quarter: 2, weight: 1 },
    { targetId: 3, quarter: 2, weight: 1 },
    { targetId: 4, quarter: 4, weight: 1 },
    { targetId: 5, quarter: 4, weight: 3 },
  ];

  it('computes the weighted mean over targets due so far, counting unaccepted ones as 0', () => {
    const rows = computeFigures(targets, [
      report(1, { score: 90, weight: 2 }),
      report(2, { state: 'in_review', score: null }),
      report(3, { state: 'accepted', notApplicableAccepted: true, score: null }),
      report(4, { score: 60, onTime: false }),
    ]);
    const q2 = rows[1];
    // Due by TW II: targets 1 (w2) and 2 (w1); target 3 is an accepted N/A claim and drops out.
    expect(q2).toMatchObject({
      expected: 3,
      submitted: 3,
      onTime: 3,
      verified: 2,
      notApplicable: 1,
      weightDue: 3,
      weightedScore: 180,
    });
    expect(q2?.achievement).toBe(60);
    const q4 = rows[3];
    // Due by TW IV adds 4 (w1, 60) and 5 (w3, nothing): (180 + 60) / (3 + 1 + 3).
    expect(q4).toMatchObject({ expected: 2, submitted: 1, onTime: 0, verified: 1, weightDue: 7, weightedScore: 240 });
    expect(q4?.achievement).toBe(34.3);
    expect(rows[0]?.achievement).toBeNull();
  });

  it('keeps the weight an accepted report was judged on', () => {
    const rows = computeFigures([{ targetId: 1, quarter: 1, weight: 5 }], [report(1, { weight: 1, score: 100 })]);
    expect(rows[0]).toMatchObject({ weightDue: 1, achievement: 100 });
  });

  it('never counts more than expected', () => {
    const rows = computeFigures(
      targets,
      targets.map((t) => report(t.targetId, {})),
    );
    for (const row of rows) {
      for (const count of [row.submitted, row.onTime, row.complete, row.verified])
        expect(count).toBeLessThanOrEqual(row.expected);
    }
    expect(percent(3, 3)).toBe(100);
    expect(percent(0, 0)).toBeNull();
  });

  it('counts a late or incomplete submission as submitted but not on time or complete', () => {
    const [, q2] = computeFigures(targets.slice(0, 1), [
      report(1, { state: 'submitted', onTime: false, evidenceComplete: false }),
    ]);
    expect(q2).toMatchObject({ submitted: 1, onTime: 0, complete: 0, verified: 0, achievement: 0 });
  });

  it('counts a report never submitted exactly as no report, whatever its evidence', () => {
    const without = computeFigures(targets, []);
    for (const state of ['draft', 'revision_requested'] as const) {
      for (const evidenceComplete of [false, true]) {
        const draft = report(1, { state, submitted: false, onTime: false, evidenceComplete, score: null });
        expect(countsInFigures(draft)).toBe(false);
        expect(computeFigures(targets, [draft])).toEqual(without);
      }
    }
    const submitted = report(1, { state: 'submitted', evidenceComplete: true });
    expect(countsInFigures(submitted)).toBe(true);
    expect(computeFigures(targets, [submitted])).not.toEqual(without);
    expect(countsInFigures(report(1, { state: 'accepted' }))).toBe(true);
  });

  it('computes quarters q..8 alone from the cumulative sums of quarter q − 1, as the whole period gives them', () => {
    const reports = [
      report(1, { score: 90, weight: 2 }),
      report(2, { score: 70 }),
      report(4, { score: 60, onTime: false }),
      report(5, { state: 'in_review', score: null }),
    ];
    const whole = computeFigures(targets, reports);
    for (let quarter = 2; quarter <= 8; quarter++) {
      const before = whole[quarter - 2];
      const from = { quarter, weightDue: before?.weightDue ?? 0, weightedScore: before?.weightedScore ?? 0 };
      const later = targets.filter((t) => t.quarter >= quarter);
      const laterReports = reports.filter((r) => later.some((t) => t.targetId === r.targetId));
      expect(computeFigures(later, laterReports, undefined, from)).toEqual(whole.slice(quarter - 1));
    }
  });
});

describe('quality grades and the grade-weight rule', () => {
  const targets = [
    { targetId: 1, quarter: 1, weight: 2 },
    { targetId: 2, quarter: 1, weight: 1 },
    { targetId: 3, quarter: 1, weight: 1 },
    { targetId: 4, quarter: 2, weight: 1 },
  ];
  const reports = [
    report(1, { score: 80, weight: 2, qualityGrade: 'administratif' }),
    report(2, { score: 90, qualityGrade: 'berdampak' }),
    report(3, { state: 'accepted', notApplicableAccepted: true, score: null }),
    report(4, { state: 'in_review', score: null, qualityGrade: null }),
  ];

  it('counts the verified reports of the quarter by grade, not-applicable claims and unverified ones left out', () => {
    const [q1, q2] = computeFigures(targets, reports);
    expect(q1).toMatchObject({ verified: 3, notApplicable: 1, administratif: 1, terlaksana: 0, berdampak: 1 });
    expect(q2).toMatchObject({ verified: 0, administratif: 0, terlaksana: 0, berdampak: 0 });
  });

  it('weighs an administratif score by the rule’s factor, and leaves the others whole', () => {
    // Off: (2 × 80 + 90) / 3 = 83.3. At × 0.5: (2 × 80 × 0.5 + 90) / 3 = 56.7.
    expect(computeFigures(targets, reports)[0]?.achievement).toBe(83.3);
    expect(computeFigures(targets, reports, { administratif: 0.5 })[0]?.achievement).toBe(56.7);
    expect(computeFigures(targets, reports, { administratif: 0.5 })[0]).toMatchObject({
      weightDue: 3,
      weightedScore: 170,
    });
  });
});
