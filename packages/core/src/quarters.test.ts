import { describe, expect, it } from 'vitest';
import {
  institutionDeadline,
  isOnTime,
  latestVerifiedQuarter,
  parsePeriodCode,
  periodQuarters,
  quarterNumberOn,
  quarterSpan,
  triwulanLabel,
} from './quarters.js';

describe('quarters of a period', () => {
  it('numbers quarters across the two years: Triwulan V of 2019–2020 is Q1 2020', () => {
    const fifth = quarterSpan(2019, 5);
    expect(fifth).toMatchObject({ year: 2020, quarterOfYear: 1, startsOn: '2020-01-01', endsOn: '2020-03-31' });
    expect(triwulanLabel(5)).toBe('Triwulan V');
  });

  it('sets the deadline 10 days after the quarter ends by default, and honours the period setting', () => {
    expect(quarterSpan(2025, 4).deadline).toBe('2026-01-10');
    expect(quarterSpan(2025, 1, { deadlineDays: 15 }).deadline).toBe('2025-04-15');
    expect(quarterSpan(2025, 1, { verificationDays: 20 }).verificationEndsOn).toBe('2025-04-30');
  });

  it('has eight contiguous quarters', () => {
    const quarters = periodQuarters(2025);
    expect(quarters).toHaveLength(8);
    expect(quarters.map((q) => q.endsOn)).toEqual([
      '2025-03-31',
      '2025-06-30',
      '2025-09-30',
      '2025-12-31',
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });

  it('finds the quarter containing a date', () => {
    expect(quarterNumberOn(2025, '2026-11-27')).toBe(8);
    expect(quarterNumberOn(2025, '2025-01-01')).toBe(1);
    expect(quarterNumberOn(2025, '2027-01-01')).toBeNull();
  });

  it('refuses quarter numbers outside I–VIII', () => {
    expect(() => quarterSpan(2025, 9)).toThrow(RangeError);
    expect(() => triwulanLabel(0)).toThrow(RangeError);
  });

  it('parses period codes strictly', () => {
    expect(parsePeriodCode('2025-2026')).toBe(2025);
    expect(parsePeriodCode('2025-2027')).toBeNull();
    expect(parsePeriodCode('2025')).toBeNull();
  });

  it('counts the whole deadline day in WIB as on time', () => {
    expect(isOnTime('2026-04-10T16:59:59.000Z', '2026-04-10')).toBe(true);
    expect(isOnTime('2026-04-10T17:00:00.000Z', '2026-04-10')).toBe(false);
  });

  it("gives an institution its extension's deadline only when that falls later than the quarter's", () => {
    expect(institutionDeadline('2026-04-10', undefined)).toBe('2026-04-10');
    expect(institutionDeadline('2026-04-10', null)).toBe('2026-04-10');
    expect(institutionDeadline('2026-04-10', '2026-04-24')).toBe('2026-04-24');
    // The quarter's deadline moved past an older extension: the later date applies.
    expect(institutionDeadline('2026-04-30', '2026-04-24')).toBe('2026-04-30');
  });
});

describe('the latest verified quarter', () => {
  it('is the last quarter whose verification period is over', () => {
    const quarters = periodQuarters(2025);
    expect(latestVerifiedQuarter(quarters, '2025-05-01')).toBeNull();
    expect(latestVerifiedQuarter(quarters, '2025-05-11')).toBe(1);
    expect(latestVerifiedQuarter(quarters, '2026-01-20')).toBe(3);
    expect(latestVerifiedQuarter([...quarters].reverse(), '2027-12-01')).toBe(8);
  });
});

it('locks a closed quarter unless the report was unlocked', async () => {
  const { isQuarterLocked, defaultPeriodName } = await import('./quarters.js');
  expect(isQuarterLocked('closed', false)).toBe(true);
  expect(isQuarterLocked('closed', true)).toBe(false);
  expect(isQuarterLocked('open', false)).toBe(false);
  expect(defaultPeriodName(2027)).toBe('Aksi Pencegahan Korupsi 2027–2028');
});
