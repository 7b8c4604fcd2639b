/**
 * Follow-up actions (tindak lanjut) of coordination meetings: each has an owner institution, a
 * due date and a status the owner keeps up to date. One that is not done by the end of its due
 * date is overdue, and shows in the early-warning view and on the owner's home.
 */

import { daysBetween } from './dates.js';
import { z } from './zod.js';

/** Where a follow-up stands. */
export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const followUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);

/** The fields of a follow-up that lateness looks at. */
export interface DueItem {
  /** Civil date `YYYY-MM-DD`; the item is due by the end of that day. */
  dueOn: string;
  status: FollowUpStatus;
}

/** Whether `item` is past its due date on civil date `today` and not done. */
export function isOverdue(item: DueItem, today: string): boolean {
  return item.status !== 'done' && item.dueOn < today;
}

/** The overdue items on `today`, most overdue first, with how many days late each is. */
export function overdueFollowUps<T extends DueItem>(
  rows: readonly T[],
  today: string,
): (T & { daysOverdue: number })[] {
  return rows
    .filter((row) => isOverdue(row, today))
    .map((row) => ({ ...row, daysOverdue: daysBetween(row.dueOn, today) }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
