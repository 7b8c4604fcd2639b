import { describe, expect, it } from 'vitest';
import { isLate, missingEvidence, sortForBoard, summarizeBoard, type TargetRow } from './report-board';

function row(code: string, report: Partial<NonNullable<TargetRow['report']>> | null, evidenceRequired = 3): TargetRow {
  return {
    targetCode: code,
    aksi: { code: '1', name: 'Aksi' },
    output: { code: code.split('-')[0] ?? '1.1', name: 'Output' },
    successMeasure: 'Ukuran',
    evidenceRequired,
    unit: null,
    report:
      report === null
        ? null
        : {
            id: 1,
            state: 'draft',
            progress: null,
            evidenceCovered: 0,
            submittedAt: null,
            onTime: null,
            updatedAt: '2026-11-01T00:00:00.000Z',
            ...report,
          },
  };
}

describe('report board', () => {
  it('counts missing evidence, never below zero', () => {
    expect(missingEvidence(row('1.1-TW8', null))).toBe(3);
    expect(missingEvidence(row('1.1-TW8', { evidenceCovered: 2 }))).toBe(1);
    expect(missingEvidence(row('1.1-TW8', { evidenceCovered: 5 }))).toBe(0);
  });

  it('marks late what is still open after the deadline, and what was sent late', () => {
    expect(isLate(row('1.1-TW8', null), 3)).toBe(false);
    expect(isLate(row('1.1-TW8', null), -1)).toBe(true);
    expect(isLate(row('1.1-TW8', { state: 'ready' }), -1)).toBe(true);
    expect(isLate(row('1.1-TW8', { state: 'submitted', onTime: true }), -1)).toBe(false);
    expect(isLate(row('1.1-TW8', { state: 'accepted', onTime: false }), 10)).toBe(true);
  });

  it('summarises by status, late and incomplete', () => {
    const summary = summarizeBoard({
      daysLeft: -2,
      targets: [
        row('1.1-TW8', null),
        row('1.2-TW8', { state: 'ready', evidenceCovered: 3 }),
        row('2.1-TW8', { state: 'submitted', onTime: true, evidenceCovered: 1 }),
      ],
    });
    expect(summary.total).toBe(3);
    expect(summary.byStatus.not_started).toBe(1);
    expect(summary.byStatus.ready).toBe(1);
    expect(summary.byStatus.submitted).toBe(1);
    expect(summary.late).toBe(2);
    expect(summary.incomplete).toBe(1);
  });

  it('sorts open work first, then by natural target code', () => {
    const sorted = sortForBoard([
      row('10.1-TW8', { state: 'accepted' }),
      row('2.1-TW8', { state: 'draft' }),
      row('1.10-TW8', null),
      row('1.2-TW8', null),
    ]);
    expect(sorted.map((r) => r.targetCode)).toEqual(['1.2-TW8', '1.10-TW8', '2.1-TW8', '10.1-TW8']);
  });
});
