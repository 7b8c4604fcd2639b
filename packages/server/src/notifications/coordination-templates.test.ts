import { describe, expect, it } from 'vitest';
import { excerptOf, formatLocalTime } from './coordination-templates.js';

describe('coordination notification text', () => {
  it('keeps a short body whole on one line', () => {
    expect(excerptOf('Mohon  laporan\ndikirim.')).toBe('Mohon laporan dikirim.');
  });

  it('cuts a long body at a word boundary with an ellipsis', () => {
    expect(excerptOf('satu dua tiga empat lima', 14)).toBe('satu dua tiga…');
    expect(excerptOf('x'.repeat(20), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('writes a meeting time in its own zone, in each language', () => {
    expect(formatLocalTime('2026-12-03T09:00', 'WITA', 'id')).toBe('3 Desember 2026 pukul 09.00 WITA');
    expect(formatLocalTime('2026-12-03T13:30', 'WIT', 'en')).toBe('3 December 2026, 13:30 WIT');
  });
});
