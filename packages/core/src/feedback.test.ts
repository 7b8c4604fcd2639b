import { describe, expect, it } from 'vitest';
import {
  feedbackViewStatus,
  isFeedbackOverdue,
  normalizeTicket,
  overdueFeedback,
  TICKET_RANDOM_BYTES,
  ticketFromBytes,
} from './feedback.js';

describe('ticket codes', () => {
  it('writes 60 random bits as three groups of four Crockford symbols', () => {
    expect(ticketFromBytes(new Uint8Array(TICKET_RANDOM_BYTES))).toBe('PNT-0000-0000-0000');
    expect(ticketFromBytes(new Uint8Array(TICKET_RANDOM_BYTES).fill(0xff))).toBe('PNT-ZZZZ-ZZZZ-ZZZZ');
    // 0x08 0x86 0x42 … → 00001 00010 00011 00100 00101 …
    expect(ticketFromBytes(Uint8Array.from([0x08, 0x86, 0x42, 0x98, 0xe8, 0x4a, 0x96, 0x0c]))).toBe(
      'PNT-1234-5678-9AB0',
    );
    expect(() => ticketFromBytes(new Uint8Array(4))).toThrow(RangeError);
  });

  it('reads back what a person typed, forgiving case, spacing and look-alike letters', () => {
    expect(normalizeTicket('pnt-7k3m-9qx2-h4wd')).toBe('PNT-7K3M-9QX2-H4WD');
    expect(normalizeTicket(' 7K3M 9QX2 H4WD ')).toBe('PNT-7K3M-9QX2-H4WD');
    expect(normalizeTicket('PNT-OOIL-9QX2-H4WD')).toBe('PNT-0011-9QX2-H4WD');
  });

  it('refuses codes of the wrong length or with letters outside the alphabet', () => {
    expect(normalizeTicket('PNT-7K3M-9QX2')).toBeNull();
    expect(normalizeTicket('PNT-7K3M-9QX2-H4WU')).toBeNull();
    expect(normalizeTicket('PNT-7K3M-9QX2-H4W!')).toBeNull();
  });
});

describe('overdue feedback', () => {
  const rows = [
    { id: 1, status: 'forwarded', dueOn: '2026-11-26' },
    { id: 2, status: 'forwarded', dueOn: '2026-11-27' },
    { id: 3, status: 'answered', dueOn: '2026-11-20' },
    { id: 4, status: 'submitted', dueOn: null },
  ];

  it('is forwarded and unanswered after the due date (the due date itself is still in time)', () => {
    expect(overdueFeedback(rows, '2026-11-27').map((r) => r.id)).toEqual([1]);
    expect(overdueFeedback(rows, '2026-11-28').map((r) => r.id)).toEqual([1, 2]);
    expect(isFeedbackOverdue({ status: 'answered', dueOn: '2026-01-01' }, '2026-11-27')).toBe(false);
  });

  it('shows overdue in place of forwarded', () => {
    expect(feedbackViewStatus({ status: 'forwarded', dueOn: '2026-11-26' }, '2026-11-27')).toBe('overdue');
    expect(feedbackViewStatus({ status: 'forwarded', dueOn: '2026-11-27' }, '2026-11-27')).toBe('forwarded');
    expect(feedbackViewStatus({ status: 'rejected', dueOn: null }, '2026-11-27')).toBe('rejected');
  });
});
