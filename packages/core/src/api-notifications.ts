/** API shapes of notifications, notification preferences, the mail outbox and scheduled jobs. */

import { notificationChannelSchema, notificationKindSchema } from './notifications.js';
import { z } from './zod.js';

const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

export const notificationSchema = z.object({
  id: z.number().int(),
  kind: notificationKindSchema,
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe('Absolute link to what the notification is about'),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationDto = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.object({
  unread: z.enum(['true', 'false']).optional().describe('`true`: only unread notifications'),
  kind: notificationKindSchema.optional().describe('Only notifications of this kind'),
  ...pageQuery,
});

export const notificationPageSchema = z.object({
  total: z.number().int().describe('Notifications matching the filters'),
  unread: z.number().int().describe('Unread notifications in all, whatever the filters'),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(notificationSchema),
});
export type NotificationPageDto = z.infer<typeof notificationPageSchema>;

export const notificationPreferenceSchema = z.object({
  kind: notificationKindSchema,
  channel: notificationChannelSchema.describe('`email`, `in_app`, `both` or `none`'),
  digest: z.boolean().describe("Collect this kind's e-mails into one daily digest"),
});

export const notificationPreferencesSchema = z.object({
  items: z.array(notificationPreferenceSchema),
});
export type NotificationPreferencesDto = z.infer<typeof notificationPreferencesSchema>;

export const notificationPreferencesUpdateSchema = z.object({
  items: z.array(notificationPreferenceSchema).min(1).max(20),
});

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export const outboxStatusSchema = z.enum(OUTBOX_STATUSES);

export const outboxListQuerySchema = z.object({ status: outboxStatusSchema.optional(), ...pageQuery });

export const outboxItemSchema = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  kind: z.string().describe('Notification kind, or `digest`'),
  userId: z.number().int().nullable(),
  status: outboxStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable().describe('When the next delivery attempt is due (pending mail)'),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const outboxPageSchema = z.object({
  delivery: z.object({
    configured: z.boolean().describe('False without PANTAU_SMTP_URL: mail waits in the outbox as pending'),
    from: z.string(),
    note: z.string().describe('What happens to the mail, in the caller’s language'),
  }),
  counts: z.record(outboxStatusSchema, z.number().int()),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(outboxItemSchema),
});
export type OutboxPageDto = z.infer<typeof outboxPageSchema>;

export const JOB_STATUSES = ['pending', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const jobListQuerySchema = z.object({ status: z.enum(JOB_STATUSES).optional(), ...pageQuery });

export const jobSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  key: z.string().describe('What the run is for, e.g. `2025-2026/2/H-3`; unique per kind'),
  name: z.string(),
  scheduledFor: z.string(),
  status: z.enum(JOB_STATUSES),
  attempts: z.number().int(),
  lockedBy: z.string().nullable(),
  lastError: z.string().nullable(),
  result: z.string().nullable().describe('What the run did, e.g. "12 notifications"'),
  runAfter: z.string().nullable().describe('When a pending run is next due (after a failure: its retry)'),
  finishedAt: z.string().nullable(),
});
export type JobDto = z.infer<typeof jobSchema>;

export const jobPageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(jobSchema),
});
export type JobPageDto = z.infer<typeof jobPageSchema>;
