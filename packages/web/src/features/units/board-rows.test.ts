import { emptyBoardCounts } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { type BoardRow, nextDirection, sortBoardRows } from './board-rows';

function row(name: string | null, late: number): BoardRow {
  return {
    unit: name === null ? null : { id: late + 1, code: name.toUpperCase(), name, shortName: null, active: true },
    contributorCount: 0,
    remindedAt: null,
    counts: { ...emptyBoardCounts(), late },
    targets: [],
  };
}

describe('sortBoardRows', () => {
  const rows = [row('Bappeda', 1), row(null, 9), row('BPKAD', 3), row('Dinas Kominfo', 2)];

  it('puts the most late units first when sorted descending, targets without a unit last', () => {
    expect(sortBoardRows(rows, 'late', 'descending').map((r) => r.unit?.name ?? null)).toEqual([
      'BPKAD',
      'Dinas Kominfo',
      'Bappeda',
      null,
    ]);
  });

  it('sorts by name, still keeping the row without a unit last', () => {
    expect(sortBoardRows(rows, 'unit', 'descending').map((r) => r.unit?.name ?? null)).toEqual([
      'Dinas Kominfo',
      'BPKAD',
      'Bappeda',
      null,
    ]);
  });

  it('flips the direction on the same column and starts counts with the largest', () => {
    expect(nextDirection({ key: 'late', direction: 'descending' }, 'late')).toBe('ascending');
    expect(nextDirection({ key: 'unit', direction: 'ascending' }, 'due')).toBe('descending');
  });
});
