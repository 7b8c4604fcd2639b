import { describe, expect, it } from 'vitest';
import { isListKey, nextActive, optionId } from './combobox-keys';

describe('moving through a combobox list with the keyboard', () => {
  it('steps with the arrows and wraps around at both ends', () => {
    expect(nextActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(nextActive(2, 3, 'ArrowDown')).toBe(0);
    expect(nextActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(nextActive(0, 3, 'ArrowUp')).toBe(2);
  });

  it('jumps ten with the Page keys and stops at the ends', () => {
    expect(nextActive(-1, 25, 'PageDown')).toBe(10);
    expect(nextActive(20, 25, 'PageDown')).toBe(24);
    expect(nextActive(4, 25, 'PageUp')).toBe(0);
  });

  it('highlights nothing in an empty list', () => {
    expect(nextActive(0, 0, 'ArrowDown')).toBe(-1);
  });

  it('knows its keys and names its options', () => {
    expect(isListKey('ArrowDown')).toBe(true);
    expect(isListKey('Enter')).toBe(false);
    expect(optionId('audience-provinces-list', 3)).toBe('audience-provinces-list-option-3');
  });
});
