/**
 * iCalendar (RFC 5545) text for calendar subscriptions: meetings and deadlines that Google
 * Calendar, Outlook or a phone can show. Written by hand because the subset needed is small:
 * CRLF line ends, long lines folded at 75 octets, TEXT values escaped, times in UTC.
 */

/** One event of a calendar. */
export interface CalendarEvent {
  /** Globally unique and stable across exports, so clients update an event instead of duplicating it. */
  uid: string;
  /** ISO instants. */
  start: string;
  end: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' | undefined;
  categories?: readonly string[] | undefined;
  /** When the event's information last changed (ISO; DTSTAMP of a calendar without METHOD); the calendar's stamp when absent. */
  stamp?: string | undefined;
  /** Minutes before the start at which to remind, if any. */
  alarmMinutesBefore?: number | undefined;
}

/** A calendar to export. */
export interface Calendar {
  /** Identifies the product that wrote the calendar, e.g. `-//Pantau//Koordinasi//ID`. */
  prodId: string;
  /** The name clients show for a subscribed calendar. */
  name: string;
  /** When the calendar was generated (ISO). */
  stamp: string;
  events: readonly CalendarEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** An ISO instant as an iCalendar UTC date-time: `2026-12-03T02:00:00.000Z` → `20261203T020000Z`. */
export function icsDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${iso}`);
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 §3.1): each continuation starts
 * with one space. Never splits a multi-byte UTF-8 character.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The leading space of a continuation line counts toward its 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Octets of one code point in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function eventLines(event: CalendarEvent, calendarStamp: string): string[] {
  const text = (name: string, value: string | undefined) =>
    value === undefined || value === '' ? [] : [`${name}:${escapeIcsText(value)}`];
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.uid)}`,
    `DTSTAMP:${icsDateTime(event.stamp ?? calendarStamp)}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    ...text('SUMMARY', event.summary),
    ...text('DESCRIPTION', event.description),
    ...text('LOCATION', event.location),
    // URI values are not TEXT: no escaping, but no line breaks either.
    ...(event.url ? [`URL:${event.url.replace(/[\r\n]/g, '')}`] : []),
    ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeIcsText).join(',')}`] : []),
    ...(event.status ? [`STATUS:${event.status}`] : []),
  ];
  if (event.alarmMinutesBefore !== undefined) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcsText(event.summary)}`,
      `TRIGGER:-PT${Math.max(0, Math.round(event.alarmMinutesBefore))}M`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The calendar as iCalendar text (`text/calendar`), CRLF-terminated and folded. */
export function formatICalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeIcsText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/** Undoes folding and splits into content lines: for tests and for anyone checking an export. */
export function unfoldIcs(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split(CRLF)
    .filter((line) => line !== '');
}
