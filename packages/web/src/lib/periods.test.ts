import type { PeriodDto } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { currentQuarter, pickDefaultPeriod, selectedPeriodCode } from './periods';

const quarter = (number: number) => ({
  number,
  label: `Triwulan ${number}`,
  startsOn: '2026-01-01',
  endsOn: '2026-03-31',
  deadline: '2026-04-10',
  verificationEndsOn: '2026-05-10',
  status: 'closed' as const,
});

const period = (code: string, status: 'active' | 'closed', current: number | null = null): PeriodDto => ({
  code,
  name: `Aksi ${code}`,
  startYear: Number(code.slice(0, 4)),
  status,
  deadlineDays: 10,
  verificationDays: 30,
  currentQuarter: current,
  quarters: [1, 2, 3, 4, 5, 6, 7, 8].map(quarter),
});

describe('pickDefaultPeriod', () => {
  it('prefers the active period', () => {
    expect(pickDefaultPeriod([period('2027-2028', 'closed'), period('2025-2026', 'active')])?.code).toBe('2025-2026');
  });

  it('falls back to the newest, or null', () => {
    expect(pickDefaultPeriod([period('2023-2024', 'closed'), period('2021-2022', 'closed')])?.code).toBe('2023-2024');
    expect(pickDefaultPeriod([])).toBeNull();
  });
});

describe('selectedPeriodCode', () => {
  it('honours the requested period, else the default', () => {
    const periods = [period('2025-2026', 'active'), period('2023-2024', 'closed')];
    expect(selectedPeriodCode(periods, '2023-2024')).toBe('2023-2024');
    expect(selectedPeriodCode(periods, null)).toBe('2025-2026');
  });
});

describe('currentQuarter', () => {
  it('finds the quarter containing today', () => {
    expect(currentQuarter(period('2025-2026', 'active', 8))?.number).toBe(8);
    expect(currentQuarter(period('2023-2024', 'closed'))).toBeNull();
  });
});
