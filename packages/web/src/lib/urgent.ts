/** What belongs at the top of a home because it cannot wait: near deadlines and urgent notifications. */
import type { NotificationKind, PeriodDto } from '@pantau/core';
import { daysBetween } from './dates';

/** Days ahead a reporting deadline counts as near. */
export const NEAR_DEADLINE_DAYS = 7;

/** Notification kinds that ask the reader to act soon. */
export const URGENT_KINDS: ReadonlySet<NotificationKind> = new Set<NotificationKind>([
  'meeting_invitation',
  'revision_requested',
  'report_sent_back',
  'deadline_reminder',
  'overdue_escalation',
  'announcement',
  'announcement_reminder',
]);

export interface NearDeadline {
  period: string;
  quarter: number;
  deadline: string;
  days: number;
}

/** Open quarters whose reporting deadline is today or within the next `NEAR_DEADLINE_DAYS` days. */
export function nearDeadlines(periods: readonly PeriodDto[], today: string): NearDeadline[] {
  return periods.flatMap((period) =>
    period.quarters
      .filter((quarter) => quarter.status === 'open')
      .map((quarter) => ({
        period: period.code,
        quarter: quarter.number,
        deadline: quarter.deadline,
        days: daysBetween(today, quarter.deadline),
      }))
      .filter((near) => near.days >= 0 && near.days <= NEAR_DEADLINE_DAYS),
  );
}
