import { describe, expect, it } from 'vitest';
import { daysBetween, deadlineCountdown, isWithin, todayInJakarta } from './dates';

describe('todayInJakarta', () => {
  it('takes the date in WIB, which is ahead of UTC by seven hours', () => {
    expect(todayInJakarta(new Date('2026-04-09T16:59:00Z'))).toBe('2026-04-09');
    expect(todayInJakarta(new Date('2026-04-09T17:00:00Z'))).toBe('2026-04-10');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, across months and leap days', () => {
    expect(daysBetween('2026-03-31', '2026-04-10')).toBe(10);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-04-10', '2026-04-01')).toBe(-9);
  });

  it('refuses anything but an ISO date', () => {
    expect(() => daysBetween('10/04/2026', '2026-04-10')).toThrow(/ISO date/);
  });
});

describe('deadlineCountdown', () => {
  it('says how many days are left before the deadline', () => {
    expect(deadlineCountdown('2027-01-10', '2026-11-27')).toEqual({ kind: 'upcoming', days: 44 });
  });

  it('treats the deadline day itself as still open', () => {
    expect(deadlineCountdown('2026-04-10', '2026-04-10')).toEqual({ kind: 'today' });
  });

  it('says how long ago a deadline passed', () => {
    expect(deadlineCountdown('2026-04-10', '2026-04-13')).toEqual({ kind: 'passed', days: 3 });
  });
});

describe('isWithin', () => {
  it('includes both ends', () => {
    expect(isWithin('2026-01-01', '2026-01-01', '2026-03-31')).toBe(true);
    expect(isWithin('2026-03-31', '2026-01-01', '2026-03-31')).toBe(true);
    expect(isWithin('2026-04-01', '2026-01-01', '2026-03-31')).toBe(false);
  });
});
