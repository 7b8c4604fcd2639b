import { describe, expect, it } from 'vitest';
import { instantToZonedTime, isLocalDateTime, zonedTimeToInstant } from './zoned-time.js';

describe('zoned time', () => {
  it('turns a wall-clock time in WIB, WITA or WIT into the same UTC instant', () => {
    expect(zonedTimeToInstant('2026-12-03T09:00', 'WIB')).toBe('2026-12-03T02:00:00.000Z');
    expect(zonedTimeToInstant('2026-12-03T10:00', 'WITA')).toBe('2026-12-03T02:00:00.000Z');
    expect(zonedTimeToInstant('2026-12-03T11:00', 'WIT')).toBe('2026-12-03T02:00:00.000Z');
  });

  it('crosses the date line back to the previous UTC day', () => {
    expect(zonedTimeToInstant('2027-01-01T07:30', 'WIT')).toBe('2026-12-31T22:30:00.000Z');
    expect(instantToZonedTime('2026-12-31T22:30:00.000Z', 'WIT')).toBe('2027-01-01T07:30');
    expect(instantToZonedTime('2026-12-31T22:30:00.000Z', 'WIB')).toBe('2027-01-01T05:30');
  });

  it('accepts only real dates with hours and minutes', () => {
    expect(isLocalDateTime('2026-02-28T23:59')).toBe(true);
    expect(isLocalDateTime('2026-02-29T09:00')).toBe(false);
    expect(isLocalDateTime('2026-12-03T24:00')).toBe(false);
    expect(isLocalDateTime('2026-12-03 09:00')).toBe(false);
    expect(() => zonedTimeToInstant('besok pagi', 'WIB')).toThrow(RangeError);
  });
});
