import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, formatICalendar, icsDateTime, unfoldIcs } from './icalendar.js';

const octets = (line: string) => new TextEncoder().encode(line).length;

const calendar = formatICalendar({
  prodId: '-//Pantau//Koordinasi//ID',
  name: 'Pantau — Kota Semarang',
  stamp: '2026-11-27T03:00:00.000Z',
  events: [
    {
      uid: 'meeting-7@pantau.example.go.id',
      start: '2026-12-03T02:00:00.000Z',
      end: '2026-12-03T04:00:00.000Z',
      summary: 'Rapat koordinasi: Aksi 1, 2; evaluasi TW IV',
      description: `Agenda:\n1. Paparan Setnas PK\n2. Tanya jawab \\ diskusi\n${'Tindak lanjut rencana aksi daerah. '.repeat(6)}`,
      location: 'Ruang Rapat Bappeda, Lt. 2',
      url: 'https://zoom.us/j/123456789',
      stamp: '2026-11-20T01:00:00.000Z',
      alarmMinutesBefore: 60,
    },
    {
      uid: 'deadline-2025-2026-8-33.74@pantau.example.go.id',
      start: '2027-01-10T16:00:00.000Z',
      end: '2027-01-10T17:00:00.000Z',
      summary: 'Tenggat laporan Triwulan VIII — Kota Semarang',
      categories: ['Tenggat', 'Stranas PK'],
    },
  ],
});

describe('iCalendar', () => {
  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(calendar.endsWith('\r\n')).toBe(true);
    const lines = calendar.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('writes times in UTC, a stamp per event and a reminder', () => {
    const lines = unfoldIcs(calendar);
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('DTSTART:20261203T020000Z');
    expect(lines).toContain('DTEND:20261203T040000Z');
    expect(lines).toContain('DTSTAMP:20261120T010000Z');
    expect(lines).toContain('DTSTAMP:20261127T030000Z');
    expect(lines).toContain('TRIGGER:-PT60M');
    expect(lines).toContain('CATEGORIES:Tenggat,Stranas PK');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual([
      'UID:meeting-7@pantau.example.go.id',
      'UID:deadline-2025-2026-8-33.74@pantau.example.go.id',
    ]);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeIcsText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    const lines = unfoldIcs(calendar);
    expect(lines).toContain('SUMMARY:Rapat koordinasi: Aksi 1\\, 2\\; evaluasi TW IV');
    expect(lines).toContain('LOCATION:Ruang Rapat Bappeda\\, Lt. 2');
    const description = lines.find((l) => l.startsWith('DESCRIPTION:Agenda')) as string;
    expect(description).toContain('Agenda:\\n1. Paparan Setnas PK\\n2. Tanya jawab \\\\ diskusi\\n');
  });

  it('folds without splitting a multi-byte character and unfolds to the original', () => {
    const line = `SUMMARY:${'Rapat koordinasi — Papua Pegunungan 🗓️ '.repeat(5)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((part) => octets(part) <= 75)).toBe(true);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(parts.some((part) => part.includes('\uFFFD'))).toBe(false);
    expect(unfoldIcs(`${folded}\r\n`)).toEqual([line]);
  });

  it('refuses an invalid instant', () => {
    expect(icsDateTime('2026-12-03T02:00:00.000Z')).toBe('20261203T020000Z');
    expect(() => icsDateTime('besok')).toThrow(RangeError);
  });
});
