import type { PeriodDto } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { pickWorkQuarter, requestedQuarter } from './work-quarter';

function quarter(number: number, status: 'planned' | 'open' | 'closed') {
  return {
    number,
    label: `Triwulan ${number}`,
    startsOn: '2026-01-01',
    endsOn: '2026-03-31',
    deadline: '2026-04-10',
    verificationEndsOn: '2026-05-10',
    status,
  };
}

function period(currentQuarter: number | null, statuses: ('planned' | 'open' | 'closed')[]): PeriodDto {
  return {
    code: '2025-2026',
    name: 'Periode',
    startYear: 2025,
    status: 'active',
    deadlineDays: 10,
    verificationDays: 30,
    currentQuarter,
    quarters: statuses.map((status, i) => quarter(i + 1, status)),
  };
}

describe('pickWorkQuarter', () => {
  it('takes the quarter containing today', () => {
    expect(pickWorkQuarter([period(2, ['closed', 'open', 'planned'])])?.quarter.number).toBe(2);
  });

  it('falls back to the last open quarter outside the period, and to nothing', () => {
    expect(pickWorkQuarter([period(null, ['open', 'open', 'closed'])])?.quarter.number).toBe(2);
    expect(pickWorkQuarter([period(null, ['closed', 'closed'])])).toBeNull();
    expect(pickWorkQuarter([])).toBeNull();
  });

  it('reads a quarter asked for in the URL only when the period has it', () => {
    const p = period(2, ['closed', 'open']);
    expect(requestedQuarter(p, '1')?.number).toBe(1);
    expect(requestedQuarter(p, '9')).toBeNull();
    expect(requestedQuarter(p, null)).toBeNull();
  });
});
