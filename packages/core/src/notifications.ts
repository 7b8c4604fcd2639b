/**
 * Notification kinds, delivery channels and the retry schedule of outgoing mail (issue #8 part 4).
 * Pure: the server stores preferences and notifications, and delivers mail from an outbox.
 */
import { z } from './zod.js';

/** Every kind of notification the system sends. */
export const NOTIFICATION_KINDS = [
  'deadline_reminder',
  'overdue_escalation',
  'revision_requested',
  'report_accepted',
  'review_waiting',
  'report_sent_back',
  'feedback_forwarded',
  'feedback_overdue',
  'announcement',
  'announcement_reminder',
  'meeting_invitation',
  'invitation',
  'password_reset',
  'leader_digest',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

/**
 * Kinds a user chooses channels for. Invitations and password resets always go by e-mail: they
 * carry the link that lets the person in, and an account being set up has no app to read them in.
 */
export const CONFIGURABLE_NOTIFICATION_KINDS = NOTIFICATION_KINDS.filter(
  (kind) => kind !== 'invitation' && kind !== 'password_reset',
);

/** Where a notification goes. */
export const NOTIFICATION_CHANNELS = ['email', 'in_app', 'both', 'none'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export const notificationChannelSchema = z.enum(NOTIFICATION_CHANNELS);

/** A user's choice for one kind. */
export interface NotificationPreference {
  kind: NotificationKind;
  channel: NotificationChannel;
  /** Collect this kind's e-mails into one daily digest instead of one mail each. */
  digest: boolean;
}

/** What applies to a kind the user has not chosen for. */
export const DEFAULT_PREFERENCE: Omit<NotificationPreference, 'kind'> = { channel: 'both', digest: false };

/** Whether the channel includes e-mail. */
export function deliversEmail(channel: NotificationChannel): boolean {
  return channel === 'email' || channel === 'both';
}

/** Whether the channel includes the in-app list. */
export function deliversInApp(channel: NotificationChannel): boolean {
  return channel === 'in_app' || channel === 'both';
}

/** Minutes to wait after the 1st, 2nd, 3rd… failed attempt; the last value repeats (the cap). */
export const MAIL_RETRY_MINUTES = [1, 5, 15, 60, 180, 360] as const;

/** How long to wait before the next attempt after `failedAttempts` failures (1 = the first failure). */
export function retryDelayMs(failedAttempts: number): number {
  const index = Math.min(Math.max(failedAttempts, 1), MAIL_RETRY_MINUTES.length) - 1;
  return (MAIL_RETRY_MINUTES[index] as number) * 60_000;
}

/**
 * Parses the days before a deadline that reminders go out, e.g. "7,3,1" → [7, 3, 1] (largest
 * first, duplicates dropped). Returns null for anything but a list of whole numbers 1–60.
 */
export function parseReminderDays(value: string): number[] | null {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => !/^\d{1,2}$/.test(part))) return null;
  const days = [...new Set(parts.map(Number))];
  if (days.some((day) => day < 1 || day > 60)) return null;
  return days.sort((a, b) => b - a);
}
