/** Request and response shapes of coordination: attachments, announcements, meetings and their follow-ups. */

import { audienceRoleSchema, audienceSchema } from './audience.js';
import { isIsoDate } from './dates.js';
import { followUpStatusSchema } from './follow-ups.js';
import { institutionTypeSchema } from './institutions.js';
import { z } from './zod.js';
import { indonesianTimeZoneSchema, localDateTimeSchema } from './zoned-time.js';

const isoDate = z.string().refine(isIsoDate, 'Tanggal berformat YYYY-MM-DD');
const webUrl = z
  .url('Tautan harus URL lengkap')
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), 'Hanya tautan http atau https');
const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
const flag = z.enum(['true', 'false']).optional();

/** An institution as coordination lists show it. */
export const institutionRefSchema = z.object({
  code: z.string(),
  name: z.string(),
  type: institutionTypeSchema,
  provinceCode: z.string().nullable(),
});
export type InstitutionRefDto = z.infer<typeof institutionRefSchema>;

/** An uploaded file, stored by its SHA-256, to attach to an announcement, material, publication or follow-up. */
export const attachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string().describe('SHA-256 of the content; the file is stored under it'),
});
export type AttachmentDto = z.infer<typeof attachmentSchema>;

const attachmentIds = z
  .array(z.number().int().positive())
  .max(10)
  .default([])
  .describe('Ids from `POST /api/attachments`, uploaded by the sender');

// Announcements

export const announcementRequestSchema = z.object({
  title: z.string().trim().min(3, 'Judul minimal 3 karakter').max(200),
  body: z.string().trim().min(1, 'Isi pengumuman tidak boleh kosong').max(20_000),
  audience: audienceSchema,
  attachmentIds,
});

/** Who an audience being composed would reach, asked while the sender picks (nothing is sent). */
export const audiencePreviewRequestSchema = z.object({ audience: audienceSchema });

export const audiencePreviewSchema = z.object({
  institutions: z.number().int().describe('Institutions the audience reaches today'),
  people: z
    .number()
    .int()
    .describe('Active accounts holding an addressed role in those institutions (the sender left out)'),
  withoutPeople: z.number().int().describe('Reached institutions where nobody holds an addressed role yet'),
  byType: z
    .array(z.object({ type: institutionTypeSchema, count: z.number().int() }))
    .describe('Reached institutions per type, K/L first'),
  sample: z.array(institutionRefSchema).describe('The first reached institutions by code, to show by name'),
  unknownCodes: z.array(z.string()).describe('Listed institution codes that match no institution'),
});
export type AudiencePreviewDto = z.infer<typeof audiencePreviewSchema>;

export const announcementSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  audience: audienceSchema,
  sender: z.object({ name: z.string(), institution: institutionRefSchema.nullable() }),
  sentAt: z.string(),
  recipientCount: z.number().int().describe('Institutions the announcement reached when it was sent'),
  attachments: z.array(attachmentSchema),
  readAt: z.string().nullable().describe('When I read it (null: unread, or I am not a recipient)'),
  remindedAt: z.string().nullable().describe('Last reminder to my institution'),
});
export type AnnouncementDto = z.infer<typeof announcementSchema>;

export const announcementListQuerySchema = z.object({ unread: flag.describe('Only unread ones'), ...page });

export const announcementPageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(announcementSchema),
});

export const announcementReceiptsSchema = z.object({
  announcementId: z.number().int(),
  recipients: z.number().int(),
  read: z.number().int().describe('Institutions where at least one addressed person read it'),
  unread: z.number().int(),
  institutions: z
    .array(
      institutionRefSchema.extend({
        readers: z.number().int(),
        firstReadAt: z.string().nullable(),
        remindedAt: z.string().nullable(),
        reminders: z.number().int(),
      }),
    )
    .describe('Unread institutions first'),
});

export const reminderResultSchema = z.object({
  reminded: z.number().int().describe('Institutions reminded: those that have not read it'),
  remindedAt: z.string(),
});

// Meetings

export const meetingRequestSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    startsAt: localDateTimeSchema,
    timeZone: indonesianTimeZoneSchema,
    durationMinutes: z.number().int().min(15).max(720).default(120),
    onlineUrl: webUrl.optional().describe('Video-conference link'),
    place: z.string().trim().min(2).max(300).optional().describe('Where to meet in person'),
    agenda: z.string().trim().min(1, 'Agenda tidak boleh kosong').max(10_000),
    invitees: audienceSchema.describe('Invited institutions and, within each, the invited roles'),
  })
  .refine((m) => m.onlineUrl || m.place, { message: 'Isi tautan daring atau tempat rapat', path: ['place'] });

const response = z.object({ attending: z.boolean(), note: z.string().nullable(), respondedAt: z.string() });

export const meetingInviteeSchema = z.object({
  institution: institutionRefSchema,
  role: audienceRoleSchema,
  response: response.nullable(),
  present: z.boolean().nullable().describe('Attendance recorded by the organiser'),
});

export const meetingSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  startsAt: z.string().describe('UTC instant'),
  endsAt: z.string(),
  timeZone: indonesianTimeZoneSchema,
  localStartsAt: z.string().describe('Wall-clock start in the meeting’s zone, e.g. 2026-12-03T09:00'),
  onlineUrl: z.string().nullable(),
  place: z.string().nullable(),
  organiser: z.string(),
  counts: z.object({
    invited: z.number().int(),
    attending: z.number().int(),
    declined: z.number().int(),
    pending: z.number().int(),
    present: z.number().int(),
  }),
  minutesRecorded: z.boolean(),
});
export type MeetingSummaryDto = z.infer<typeof meetingSummarySchema>;

export const meetingListQuerySchema = z.object({
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
  ...page,
});

export const meetingPageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(meetingSummarySchema),
});

export const meetingResponseRequestSchema = z.object({
  attending: z.boolean(),
  note: z.string().trim().max(500).optional(),
  role: audienceRoleSchema
    .optional()
    .describe('Which invitation to answer, when my institution has several I may answer'),
});

export const attendanceRequestSchema = z.object({
  attendance: z
    .array(z.object({ institution: z.string().min(1).max(20), role: audienceRoleSchema, present: z.boolean() }))
    .min(1)
    .max(5000),
});

export const minutesRequestSchema = z.object({
  minutes: z.string().trim().min(10, 'Notulen minimal 10 karakter').max(50_000),
});

// Follow-ups

export const followUpRequestSchema = z.object({
  title: z.string().trim().min(3).max(300),
  description: z.string().trim().max(5000).optional(),
  ownerInstitution: z.string().min(1).max(20).describe('Code of the institution that owns it'),
  dueOn: isoDate,
});

export const followUpUpdateSchema = z.object({
  id: z.number().int(),
  status: followUpStatusSchema,
  note: z.string().nullable(),
  url: z.string().nullable(),
  attachment: attachmentSchema.nullable(),
  by: z.string(),
  at: z.string(),
});

export const followUpSchema = z.object({
  id: z.number().int(),
  meeting: z.object({ id: z.number().int(), title: z.string() }),
  title: z.string(),
  description: z.string().nullable(),
  owner: institutionRefSchema,
  dueOn: z.string(),
  status: followUpStatusSchema,
  overdue: z.boolean(),
  daysOverdue: z.number().int().describe('0 unless overdue'),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  updates: z.array(followUpUpdateSchema),
});
export type FollowUpDto = z.infer<typeof followUpSchema>;

export const meetingSchema = meetingSummarySchema.extend({
  agenda: z.string(),
  invitees: meetingInviteeSchema
    .array()
    .describe('Every invitee for admin and observers; one’s own institution’s otherwise'),
  minutes: z.object({ text: z.string(), recordedAt: z.string(), recordedBy: z.string() }).nullable(),
  followUps: z.array(followUpSchema),
});
export type MeetingDto = z.infer<typeof meetingSchema>;

/** An overdue follow-up, as the early-warning view and an institution's home list it. */
export const overdueFollowUpSchema = z.object({
  id: z.number().int(),
  meeting: z.object({ id: z.number().int(), title: z.string() }),
  title: z.string(),
  owner: institutionRefSchema,
  dueOn: z.string(),
  status: followUpStatusSchema,
  daysOverdue: z.number().int(),
});
export type OverdueFollowUpDto = z.infer<typeof overdueFollowUpSchema>;

export const followUpListQuerySchema = z.object({
  overdue: flag.describe('Only overdue ones (not done, past the due date)'),
  status: followUpStatusSchema.optional(),
  institution: z.string().max(20).optional().describe('Owner institution code (admin and observer)'),
  meeting: z.coerce.number().int().positive().optional(),
  ...page,
});

export const followUpPageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(followUpSchema),
});

export const followUpChangeRequestSchema = z
  .object({
    status: followUpStatusSchema,
    note: z.string().trim().max(5000).optional(),
    url: webUrl.optional().describe('A link as evidence'),
    attachmentId: z.number().int().positive().optional().describe('A file as evidence, from `POST /api/attachments`'),
  })
  .refine((u) => u.note || u.url || u.attachmentId, {
    message: 'Sertakan catatan atau bukti (tautan atau berkas)',
    path: ['note'],
  });

// Calendar

export const calendarFeedQuerySchema = z.object({
  token: z.string().min(20).max(200).describe('An API token of the user (`pantau_…`); keep the address private'),
});
