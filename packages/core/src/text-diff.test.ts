import { describe, expect, it } from 'vitest';
import { diffText } from './text-diff.js';

describe('narrative diff', () => {
  it('marks added and removed words', () => {
    const parts = diffText(
      'Rapat koordinasi telah dilaksanakan.',
      'Rapat koordinasi kedua telah dilaksanakan dengan BPKP.',
    );
    const added = parts
      .filter((p) => p.op === 'added')
      .map((p) => p.text)
      .join(' ');
    expect(added).toContain('kedua');
    expect(added).toContain('BPKP');
    expect(
      parts
        .filter((p) => p.op === 'removed')
        .map((p) => p.text)
        .join(''),
    ).not.toContain('Rapat');
    expect(
      parts
        .filter((p) => p.op !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('Rapat koordinasi telah dilaksanakan.');
    expect(
      parts
        .filter((p) => p.op !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('Rapat koordinasi kedua telah dilaksanakan dengan BPKP.');
  });

  it('finds nothing changed in the same text', () => {
    expect(diffText('Sama.', 'Sama.')).toEqual([{ op: 'same', text: 'Sama.' }]);
  });
});
