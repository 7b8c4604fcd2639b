import { describe, expect, it } from 'vitest';
import { diffColumns } from './diff-columns';

describe('diffColumns', () => {
  it('puts removed text on the left, added text on the right, and the rest on both', () => {
    const columns = diffColumns([
      { op: 'same', text: 'Rapat ' },
      { op: 'removed', text: 'direncanakan' },
      { op: 'added', text: 'telah digelar' },
    ]);
    expect(columns.before.map((op) => op.text).join('')).toBe('Rapat direncanakan');
    expect(columns.after.map((op) => op.text).join('')).toBe('Rapat telah digelar');
    expect([columns.added, columns.removed]).toEqual([1, 1]);
  });
});
