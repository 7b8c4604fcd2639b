import { describe, expect, it } from 'vitest';
import type { FigureReport } from './figures.js';
import { computeFigures } from './figures.js';
import {
  countMeasures,
  isLateTarget,
  targetMeasures,
  UNIT_REMINDER_INTERVAL_MS,
  unitReminderWait,
} from './unit-board.js';

function report(change: Partial<FigureReport>): FigureReport {
  return {
    targetId: 1,
    state: 'draft',
    weight: 1,
    score: null,
    notApplicableAccepted: false,
    submitted: false,
    onTime: false,
    evidenceComplete: false,
    qualityGrade: null,
    ...change,
  };
}

describe('targetMeasures', () => {
  it('counts a target without a report as due, missing evidence, and late only once the deadline passed', () => {
    expect(targetMeasures(undefined, false)).toEqual(['due', 'missingEvidence']);
    expect(targetMeasures(undefined, true)).toEqual(['due', 'late', 'missingEvidence']);
  });

  it('counts a report waiting for the focal point as started and ready', () => {
    expect(targetMeasures(report({ state: 'ready', evidenceComplete: true }), false)).toEqual([
      'due',
      'started',
      'ready',
    ]);
  });

  it('judges lateness by the first submission, whatever the deadline now', () => {
    const onTime = report({ state: 'accepted', submitted: true, onTime: true, evidenceComplete: true });
    expect(targetMeasures(onTime, true)).toEqual(['due', 'started', 'submitted', 'accepted']);
    expect(isLateTarget(report({ state: 'submitted', submitted: true, onTime: false }), false)).toBe(true);
  });
});

describe('countMeasures', () => {
  it("adds up to the institution's compliance counts", () => {
    const reports = [
      report({ targetId: 1, state: 'accepted', submitted: true, onTime: true, evidenceComplete: true, score: 90 }),
      report({ targetId: 2, state: 'submitted', submitted: true, onTime: false, evidenceComplete: false }),
      report({ targetId: 3, state: 'ready' }),
    ];
    const targets = [1, 2, 3, 4].map((targetId) => ({ targetId, quarter: 1, weight: 1 }));
    const byId = new Map(reports.map((r) => [r.targetId, r]));
    const measured = targets.map((t) => ({ measures: targetMeasures(byId.get(t.targetId), false) }));
    const counts = countMeasures(measured);
    const figures = computeFigures(targets, reports)[0];
    expect(counts.due).toBe(figures?.expected);
    expect(counts.submitted).toBe(figures?.submitted);
    expect(counts.accepted).toBe(figures?.verified);
    expect(counts.submitted - counts.late).toBe(figures?.onTime);
    expect(counts).toEqual({ due: 4, started: 3, ready: 1, submitted: 2, accepted: 1, late: 1, missingEvidence: 3 });
  });
});

describe('unitReminderWait', () => {
  it('lets a unit be reminded once a day', () => {
    const at = '2026-12-01T03:00:00.000Z';
    expect(unitReminderWait(null, new Date(at))).toBe(0);
    expect(unitReminderWait(at, new Date('2026-12-01T04:00:00.000Z'))).toBe(UNIT_REMINDER_INTERVAL_MS - 3_600_000);
    expect(unitReminderWait(at, new Date('2026-12-02T03:00:00.000Z'))).toBe(0);
  });
});
