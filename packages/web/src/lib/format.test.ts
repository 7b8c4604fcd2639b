import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatNumber, formatPeriodCode, toRoman } from './format';

describe('formatDate', () => {
  it('writes Indonesian short dates', () => {
    expect(formatDate('2026-04-10', 'id')).toBe('10 Apr 2026');
    expect(formatDate('2026-08-09', 'id')).toBe('9 Agu 2026');
  });

  it('writes English short dates in the same order', () => {
    expect(formatDate('2026-04-10', 'en')).toBe('10 Apr 2026');
  });

  it('does not shift the day whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'id')).toBe('1 Jan 2026');
  });
});

describe('formatDateRange', () => {
  it('keeps the year once within a year', () => {
    expect(formatDateRange('2026-01-01', '2026-03-31', 'id')).toBe('1 Jan – 31 Mar 2026');
  });

  it('keeps both years across a year end', () => {
    expect(formatDateRange('2026-12-01', '2027-01-10', 'id')).toBe('1 Des 2026 – 10 Jan 2027');
  });
});

describe('formatNumber', () => {
  it('groups thousands by language', () => {
    expect(formatNumber(1234, 'id')).toBe('1.234');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });
});

describe('formatPeriodCode', () => {
  it('uses an en dash', () => {
    expect(formatPeriodCode('2025-2026')).toBe('2025–2026');
  });
});

describe('toRoman', () => {
  it('numbers the eight quarters of a period', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
  });
});
