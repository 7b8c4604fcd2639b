import { describe, expect, it } from 'vitest';
import { moveSelection, queueKeyAction } from './shortcuts';

const key = (k: string, extra: Partial<Parameters<typeof queueKeyAction>[0]> = {}) =>
  queueKeyAction({ key: k, altKey: false, ctrlKey: false, metaKey: false, target: null, ...extra });

describe('queue shortcuts', () => {
  it('map j, k, Enter, ? and Escape', () => {
    expect(key('j')).toBe('next');
    expect(key('k')).toBe('previous');
    expect(key('Enter')).toBe('open');
    expect(key('?')).toBe('help');
    expect(key('Escape')).toBe('close');
    expect(key('x')).toBeNull();
  });

  it('leave browser and system shortcuts alone', () => {
    expect(key('j', { ctrlKey: true })).toBeNull();
    expect(key('k', { metaKey: true })).toBeNull();
    expect(key('j', { altKey: true })).toBeNull();
  });

  it('move within the list', () => {
    expect(moveSelection(-1, 'next', 3)).toBe(0);
    expect(moveSelection(-1, 'previous', 3)).toBe(2);
    expect(moveSelection(2, 'next', 3)).toBe(2);
    expect(moveSelection(0, 'previous', 3)).toBe(0);
    expect(moveSelection(1, 'next', 3)).toBe(2);
    expect(moveSelection(0, 'next', 0)).toBe(-1);
  });
});
