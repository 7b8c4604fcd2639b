import type { PeriodDto } from '@pantau/core';
import { describe, expect, it } from 'vitest';
import { nearDeadlines } from './urgent';

const quarter = (number: number, deadline: string, status: 'planned' | 'open' | 'closed') =>
  ({ number, deadline, status }) as PeriodDto['quarters'][number];

describe('reporting deadlines near enough to come first', () => {
  const period = {
    code: '2025-2026',
    quarters: [quarter(3, '2025-10-10', 'closed'), quarter(4, '2026-01-10', 'open'), quarter(5, '2026-04-10', 'open')],
  } as PeriodDto;

  it('lists open quarters due today or within seven days', () => {
    expect(nearDeadlines([period], '2026-01-03')).toEqual([
      { period: '2025-2026', quarter: 4, deadline: '2026-01-10', days: 7 },
    ]);
    expect(nearDeadlines([period], '2026-01-10')).toMatchObject([{ quarter: 4, days: 0 }]);
  });

  it('leaves out deadlines further off, passed, or of closed quarters', () => {
    expect(nearDeadlines([period], '2026-01-02')).toEqual([]);
    expect(nearDeadlines([period], '2026-01-11')).toEqual([]);
    expect(nearDeadlines([period], '2025-10-05')).toEqual([]);
  });
});
