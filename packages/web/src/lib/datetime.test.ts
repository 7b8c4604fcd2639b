import { describe, expect, it } from 'vitest';
import { formatBytes, formatClockTime, formatDateTime } from './datetime';

describe('formatDateTime', () => {
  it('shows the moment in WIB whatever the machine zone', () => {
    expect(formatDateTime('2026-11-27T03:00:00.000Z', 'id')).toBe('27 Nov 2026, 10.00 WIB');
    expect(formatDateTime('2026-11-27T20:30:00.000Z', 'en')).toBe('28 Nov 2026, 03:30 WIB');
  });
});

describe('formatClockTime', () => {
  it('shows the time of day to the second in WIB', () => {
    expect(formatClockTime('2026-12-06T03:02:31.000Z', 'id')).toBe('10.02.31 WIB');
    expect(formatClockTime('2026-12-06T17:00:05.000Z', 'en')).toBe('00:00:05 WIB');
  });
});

describe('formatBytes', () => {
  it('uses the language decimal mark', () => {
    expect(formatBytes(656, 'id')).toBe('656 B');
    expect(formatBytes(1_258_291, 'id')).toBe('1,2 MB');
    expect(formatBytes(1_258_291, 'en')).toBe('1.2 MB');
    expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25 MB');
  });
});
