import { describe, expect, it } from 'vitest';
import { formatChange, formatPercent } from './figure-format';

describe('formatPercent', () => {
  it('writes one decimal in the language’s style', () => {
    expect(formatPercent(59.1, 'id')).toBe('59,1 %');
    expect(formatPercent(59.1, 'en')).toBe('59.1%');
    expect(formatPercent(100, 'id')).toBe('100,0 %');
  });

  it('writes a dash when there is no figure', () => {
    expect(formatPercent(null, 'id')).toBe('–');
    expect(formatPercent(undefined, 'en')).toBe('–');
  });
});

describe('formatChange', () => {
  it('signs the change in points', () => {
    expect(formatChange(3.24, 'id')).toBe('+3,2');
    expect(formatChange(-1.5, 'en')).toBe('−1.5');
    expect(formatChange(0, 'en')).toBe('0');
  });
});
