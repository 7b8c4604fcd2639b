/**
 * Citizen feedback (aduan / usulan masyarakat, docs/design.md#the-domain): kinds, the life of an item, ticket
 * codes and the answer deadline. Submitted → moderated by admin (rejected with a reason, or
 * accepted and at once forwarded to the institution) → answered by its focal point within
 * 7 working days. "Overdue" is not stored: it is a forwarded item whose due date has passed.
 */
import { z } from './zod.js';

export const FEEDBACK_KINDS = ['usulan', 'pengaduan'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const feedbackKindSchema = z.enum(FEEDBACK_KINDS);

/** Stored states. */
export const FEEDBACK_STATUSES = ['submitted', 'rejected', 'forwarded', 'answered'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const feedbackStatusSchema = z.enum(FEEDBACK_STATUSES);

/** States as shown: a forwarded item past its due date is `overdue`. */
export const FEEDBACK_VIEW_STATUSES = [...FEEDBACK_STATUSES, 'overdue'] as const;
export type FeedbackViewStatus = (typeof FEEDBACK_VIEW_STATUSES)[number];
export const feedbackViewStatusSchema = z.enum(FEEDBACK_VIEW_STATUSES);

/** Working days an institution has to answer, counted from the day after forwarding. */
export const ANSWER_WORKING_DAYS = 7;

/** Whether an item is overdue on `today`: forwarded, unanswered, and its due date has passed. */
export function isFeedbackOverdue(item: { status: string; dueOn: string | null }, today: string): boolean {
  return item.status === 'forwarded' && item.dueOn !== null && item.dueOn < today;
}

/** The items that are overdue on `today` (for admin's list and escalation). */
export function overdueFeedback<T extends { status: string; dueOn: string | null }>(
  rows: readonly T[],
  today: string,
): T[] {
  return rows.filter((row) => isFeedbackOverdue(row, today));
}

/** The state to show on `today`. */
export function feedbackViewStatus(item: { status: string; dueOn: string | null }, today: string): FeedbackViewStatus {
  return isFeedbackOverdue(item, today) ? 'overdue' : (item.status as FeedbackStatus);
}

/** Crockford's base32: no I, L, O or U, so a code read aloud or handwritten is hard to get wrong. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Symbols in a ticket code: 12 × 5 = 60 random bits, in three groups of four. */
export const TICKET_SYMBOLS = 12;
const TICKET_PREFIX = 'PNT';

/** Bytes of randomness a ticket needs. */
export const TICKET_RANDOM_BYTES = Math.ceil((TICKET_SYMBOLS * 5) / 8);

/** A ticket code such as `PNT-7K3M-9QX2-H4WD` from at least `TICKET_RANDOM_BYTES` random bytes. */
export function ticketFromBytes(bytes: Uint8Array): string {
  if (bytes.length < TICKET_RANDOM_BYTES) throw new RangeError(`A ticket needs ${TICKET_RANDOM_BYTES} random bytes`);
  let symbols = '';
  let buffer = 0;
  let bits = 0;
  let index = 0;
  while (symbols.length < TICKET_SYMBOLS) {
    if (bits < 5) {
      buffer = ((buffer << 8) | (bytes[index++] as number)) & 0xffff;
      bits += 8;
    }
    symbols += CROCKFORD_ALPHABET[(buffer >> (bits - 5)) & 31];
    bits -= 5;
  }
  return formatTicket(symbols);
}

function formatTicket(symbols: string): string {
  const groups = symbols.match(/.{4}/g) ?? [];
  return [TICKET_PREFIX, ...groups].join('-');
}

/**
 * The canonical form of a ticket code as a person typed it: case, spaces and hyphens do not
 * matter, and O/I/L are read as 0/1/1 (Crockford's decoding rules). Null when it cannot be one.
 */
export function normalizeTicket(input: string): string | null {
  let symbols = input.toUpperCase().replace(/[\s-]/g, '');
  if (symbols.startsWith(TICKET_PREFIX)) symbols = symbols.slice(TICKET_PREFIX.length);
  symbols = symbols.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (symbols.length !== TICKET_SYMBOLS) return null;
  for (const symbol of symbols) if (!CROCKFORD_ALPHABET.includes(symbol)) return null;
  return formatTicket(symbols);
}
