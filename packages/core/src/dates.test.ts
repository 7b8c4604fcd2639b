import { describe, expect, it } from 'vitest';
import { addDays, dateInZone, daysBetween, endOfDay, isIsoDate, lastDayOfMonth } from './dates.js';

describe('dates', () => {
  it('recognises only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-31', 10)).toBe('2026-01-10');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2025-12-31', '2026-01-10')).toBe(10);
  });

  it('knows the last day of each month', () => {
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2025, 6)).toBe('2025-06-30');
  });

  it('ends a civil day in the right time zone', () => {
    expect(endOfDay('2026-04-10', 'WIB')).toBe('2026-04-10T16:59:59.999Z');
    expect(endOfDay('2026-04-10', 'WIT')).toBe('2026-04-10T14:59:59.999Z');
    expect(dateInZone(new Date('2026-04-10T17:30:00Z'), 'WIB')).toBe('2026-04-11');
  });

  it('refuses a malformed date instead of guessing', () => {
    expect(() => addDays('10/04/2026', 1)).toThrow(RangeError);
  });
});
