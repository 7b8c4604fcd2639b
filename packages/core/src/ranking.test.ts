import { describe, expect, it } from 'vitest';
import { rankWithTies } from './ranking.js';

describe('rankWithTies', () => {
  const rows = [
    { name: 'Banda', value: 70 as number | null },
    { name: 'Ambon', value: 85 },
    { name: 'Cirebon', value: 85 },
    { name: 'Depok', value: null },
    { name: 'Garut', value: 60 },
  ];
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

  it('gives equal values one rank and skips the places they take', () => {
    const ranked = rankWithTies(rows, (r) => r.value, { tieOrder: byName });
    expect(ranked.map((r) => [r.rank, r.item.name])).toEqual([
      [1, 'Ambon'],
      [1, 'Cirebon'],
      [3, 'Banda'],
      [4, 'Garut'],
    ]);
  });

  it('leaves out entries without a value, and ranks lowest first when asked', () => {
    const ranked = rankWithTies(rows, (r) => r.value, { order: 'asc', tieOrder: byName });
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 3]);
    expect(ranked.some((r) => r.item.name === 'Depok')).toBe(false);
  });

  it('ranks nothing when nothing has a value', () => {
    expect(rankWithTies([{ v: null }], (r) => r.v)).toEqual([]);
  });
});
