import { describe, expect, it } from 'vitest';
import { type DueItem, isOverdue, overdueFollowUps } from './follow-ups.js';

describe('follow-ups', () => {
  it('is overdue only after the whole due day has passed, and never once done', () => {
    expect(isOverdue({ dueOn: '2026-12-10', status: 'open' }, '2026-12-10')).toBe(false);
    expect(isOverdue({ dueOn: '2026-12-10', status: 'in_progress' }, '2026-12-11')).toBe(true);
    expect(isOverdue({ dueOn: '2026-12-10', status: 'done' }, '2027-01-01')).toBe(false);
  });

  it('lists the overdue ones, most overdue first, with days late', () => {
    const rows: (DueItem & { id: number })[] = [
      { id: 1, dueOn: '2026-12-20', status: 'open' },
      { id: 2, dueOn: '2026-12-01', status: 'in_progress' },
      { id: 3, dueOn: '2026-11-01', status: 'done' },
      { id: 4, dueOn: '2026-12-31', status: 'open' },
    ];
    expect(overdueFollowUps(rows, '2026-12-21')).toEqual([
      { id: 2, dueOn: '2026-12-01', status: 'in_progress', daysOverdue: 20 },
      { id: 1, dueOn: '2026-12-20', status: 'open', daysOverdue: 1 },
    ]);
  });
});
