import { describe, expect, it } from 'vitest';
import { followUpTone, meetingWhen, nowInZone, readShare } from './coordination-format';
import { idParam } from './coordination-paths';

describe('coordination formats', () => {
  it('writes a meeting time in its own zone', () => {
    expect(meetingWhen('2026-12-03T09:00', 'WITA', 'id')).toBe('3 Des 2026, 09.00 WITA');
    expect(meetingWhen('2026-12-03T13:30', 'WIT', 'en')).toBe('3 Dec 2026, 13:30 WIT');
  });

  it('gives the wall-clock time of an instant in each zone', () => {
    const at = new Date('2026-12-02T23:30:00Z');
    expect(nowInZone(at, 'WIB')).toBe('2026-12-03T06:30');
    expect(nowInZone(at, 'WIT')).toBe('2026-12-03T08:30');
  });

  it('marks overdue follow-ups before their status', () => {
    expect(followUpTone({ status: 'in_progress', overdue: true })).toBe('accent');
    expect(followUpTone({ status: 'done', overdue: false })).toBe('neutral');
    expect(followUpTone({ status: 'open', overdue: false })).toBe('open');
  });

  it('rounds the share of readers and survives no recipients', () => {
    expect(readShare(1, 3)).toBe(33);
    expect(readShare(0, 0)).toBe(0);
  });

  it('accepts only positive whole ids from the address', () => {
    expect(idParam('12')).toBe(12);
    expect(idParam('x')).toBeNull();
    expect(idParam('0')).toBeNull();
    expect(idParam(undefined)).toBeNull();
  });
});
