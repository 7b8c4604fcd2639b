import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, parseHolidayList, workingDaysLeft } from './working-days.js';

const none = new Set<string>();

describe('working days', () => {
  it('skips Saturdays and Sundays', () => {
    expect(isWorkingDay('2026-11-27', none)).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28', none)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29', none)).toBe(false); // Sunday
    // Monday 23 Nov + 7 working days: Tue … Fri (4), Mon … Wed (3).
    expect(addWorkingDays('2026-11-23', 7, none)).toBe('2026-12-02');
  });

  it('counts from the next working day when the start is a weekend', () => {
    expect(addWorkingDays('2026-11-28', 1, none)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-29', 7, none)).toBe('2026-12-08');
  });

  it('skips holidays, including a run of them around Idul Fitri 1447 H', () => {
    // Nyepi (Thu 19 Mar 2026) and Idul Fitri (Sat 21–Sun 22 Mar), with cuti bersama 20, 23, 24 Mar.
    const holidays = new Set(['2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']);
    // Forwarded Wed 18 Mar: the first working day after is Wed 25 Mar.
    expect(addWorkingDays('2026-03-18', 1, holidays)).toBe('2026-03-25');
    expect(addWorkingDays('2026-03-18', 7, holidays)).toBe('2026-04-02');
    // Without the holidays it would have been Fri 27 Mar.
    expect(addWorkingDays('2026-03-18', 7, none)).toBe('2026-03-27');
    expect(isWorkingDay('2026-03-19', holidays)).toBe(false);
  });

  it('returns the date itself for zero days, and refuses nonsense', () => {
    expect(addWorkingDays('2026-11-28', 0, none)).toBe('2026-11-28');
    expect(() => addWorkingDays('2026-02-30', 1, none)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-03', -1, none)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-03', 1.5, none)).toThrow(RangeError);
  });

  it('crosses a year end', () => {
    const holidays = new Set(['2026-12-25', '2027-01-01']);
    expect(addWorkingDays('2026-12-23', 7, holidays)).toBe('2027-01-05');
  });
});

describe('holiday list setting', () => {
  it('parses comma-separated ISO dates, sorted, without duplicates', () => {
    expect(parseHolidayList(' 2026-12-31, 2026-12-24 ,,2026-12-24')).toEqual(['2026-12-24', '2026-12-31']);
    expect(parseHolidayList('')).toEqual([]);
  });

  it('refuses anything that is not a real date', () => {
    expect(parseHolidayList('2026-12-24,24-12-2026')).toBeNull();
    expect(parseHolidayList('2026-02-30')).toBeNull();
  });

  it('counts the working days left until a due date, and the working days late after it', () => {
    // Forwarded Monday 23 Nov 2026, due Wednesday 2 Dec (7 working days).
    expect(workingDaysLeft('2026-11-23', '2026-12-02', none)).toBe(7);
    expect(workingDaysLeft('2026-11-27', '2026-12-02', none)).toBe(3); // Friday: Mon, Tue, Wed
    expect(workingDaysLeft('2026-11-28', '2026-12-02', none)).toBe(3); // the weekend costs nothing
    expect(workingDaysLeft('2026-12-02', '2026-12-02', none)).toBe(0);
    expect(workingDaysLeft('2026-12-03', '2026-12-02', none)).toBe(-1);
    expect(workingDaysLeft('2026-12-08', '2026-12-02', none)).toBe(-4); // Thu, Fri, Mon, Tue
    // Due on a Friday: the Saturday after is already late by one.
    expect(workingDaysLeft('2026-11-28', '2026-11-27', none)).toBe(-1);
    // A holiday in between is not a working day left.
    expect(workingDaysLeft('2026-11-27', '2026-12-02', new Set(['2026-12-01']))).toBe(2);
  });
});
