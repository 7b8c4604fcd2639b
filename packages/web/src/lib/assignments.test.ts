import { describe, expect, it } from 'vitest';
import { groupAssignmentsByPeriod } from './assignments';

const assignment = (period: string, outputCode: string) => ({
  period,
  outputCode,
  outputName: `Output ${outputCode}`,
  aksiCode: outputCode.split('.')[0] ?? '',
});

describe('groupAssignmentsByPeriod', () => {
  it('puts the newest period first and orders outputs naturally', () => {
    const groups = groupAssignmentsByPeriod([
      assignment('2023-2024', '6.2'),
      assignment('2025-2026', '10.2'),
      assignment('2025-2026', '2.2'),
      assignment('2023-2024', '1.2'),
      assignment('2025-2026', '1.3'),
    ]);
    expect(groups.map((g) => [g.period, g.items.map((i) => i.outputCode)])).toEqual([
      ['2025-2026', ['1.3', '2.2', '10.2']],
      ['2023-2024', ['1.2', '6.2']],
    ]);
  });

  it('returns nothing for an institution without assignments', () => {
    expect(groupAssignmentsByPeriod([])).toEqual([]);
  });
});
