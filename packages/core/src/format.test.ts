import { describe, expect, it } from 'vitest';
import {
  formatCivilDate,
  formatCivilDateRange,
  formatFixed,
  formatInstant,
  formatNumber,
  formatTimeOfDay,
} from './format.js';

describe('one formatter for dates and numbers', () => {
  it('writes calendar days in each language, whatever the time zone', () => {
    expect(formatCivilDate('2025-07-10', 'id')).toBe('10 Juli 2025');
    expect(formatCivilDate('2025-07-10', 'en')).toBe('10 July 2025');
    expect(formatCivilDate('2026-08-17', 'id')).toBe('17 Agustus 2026');
    expect(formatCivilDate('2026-04-10', 'id', 'short')).toBe('10 Apr 2026');
    expect(formatCivilDate('2026-12-31T23:30:00.000Z', 'en', 'short')).toBe('31 Dec 2026');
    expect(formatCivilDateRange('2026-01-01', '2026-03-31', 'id')).toBe('1 Jan – 31 Mar 2026');
    expect(formatCivilDateRange('2025-12-01', '2026-01-31', 'en')).toBe('1 Dec 2025 – 31 Jan 2026');
  });

  it('writes an instant in WIB, WITA or WIT, naming the zone', () => {
    const at = '2026-12-04T03:00:00.000Z';
    expect(formatInstant(at, 'id')).toBe('4 Desember 2026 pukul 10.00 WIB');
    expect(formatInstant(at, 'en')).toBe('4 December 2026, 10:00 WIB');
    expect(formatInstant(at, 'id', { zone: 'WITA' })).toBe('4 Desember 2026 pukul 11.00 WITA');
    expect(formatInstant(at, 'id', { zone: 'WIT' })).toBe('4 Desember 2026 pukul 12.00 WIT');
    // Late in the evening UTC is the next morning in Jakarta.
    expect(formatInstant('2026-12-31T18:05:00.000Z', 'en')).toBe('1 January 2027, 01:05 WIB');
    expect(formatTimeOfDay('2026-12-04T17:00:00.000Z', 'id')).toBe('00.00');
  });

  it('groups numbers and writes decimals as each language does', () => {
    expect(formatNumber(1234567, 'id')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatFixed(59.43, 'id')).toBe('59,4');
    expect(formatFixed(59.43, 'en')).toBe('59.4');
    expect(formatFixed(80, 'id')).toBe('80,0');
  });
});
