import type { ImportResultDto } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { canCommit, sortedProblems } from './import-check';

const counts = { create: 1, update: 0, unchanged: 0 };
const result = (changes: Partial<ImportResultDto>): ImportResultDto => ({
  kind: 'users',
  dryRun: true,
  committed: false,
  file: { name: 'pengguna.csv', sha256: 'ab', rows: 1 },
  problems: [],
  problemCount: 0,
  summary: counts,
  details: { user: counts },
  invitations: [],
  ...changes,
});

describe('canCommit', () => {
  it('allows a commit only after a clean check', () => {
    expect(canCommit(null)).toBe(false);
    expect(canCommit(result({}))).toBe(true);
    expect(
      canCommit(result({ problemCount: 1, problems: [{ sheet: 'pengguna', row: 2, column: 'email', message: 'x' }] })),
    ).toBe(false);
    expect(canCommit(result({ dryRun: false, committed: true }))).toBe(false);
  });
});

describe('sortedProblems', () => {
  it('keeps sheets in the order met, then rows, whole-file problems first', () => {
    const problems = [
      { sheet: 'katalog', row: 5, column: 'kode', message: 'a' },
      { sheet: 'instansi', row: 3, column: 'nama', message: 'b' },
      { sheet: 'katalog', row: 2, column: 'nama', message: 'c' },
      { sheet: 'katalog', row: null, column: null, message: 'd' },
      { sheet: 'katalog', row: 2, column: 'kode', message: 'e' },
    ];
    expect(sortedProblems(problems).map((p) => p.message)).toEqual(['d', 'c', 'e', 'a', 'b']);
  });
});
