/** Request and response shapes of citizen feedback: the public form and follow-up, moderation, answers. */

import { aksiCodeSchema, outputCodeSchema } from './catalogue.js';
import { feedbackKindSchema, feedbackStatusSchema, feedbackViewStatusSchema } from './feedback.js';
import { periodCodeSchema } from './period-code.js';
import { PROOF_OF_WORK_ALGORITHM } from './proof-of-work.js';
import { z } from './zod.js';

const periodCode = periodCodeSchema;
const institutionRef = z.object({ code: z.string(), name: z.string() });

export const feedbackChallengeSchema = z
  .object({
    challenge: z.string().describe('Send back unchanged with the form; valid once, for 15 minutes'),
    difficulty: z.number().int().describe('Leading zero bits SHA-256(challenge + nonce) must have'),
    algorithm: z.literal(PROOF_OF_WORK_ALGORITHM),
    expiresAt: z.string(),
  })
  .describe('A proof-of-work challenge for the feedback form');

export const feedbackSubmitRequestSchema = z.object({
  kind: feedbackKindSchema.describe('`usulan` (suggestion) or `pengaduan` (complaint)'),
  institution: z
    .string()
    .trim()
    .min(1, 'Pilih instansi')
    .max(200)
    .describe(
      'The institution the feedback is about: its code ("33.74"), its name ("Kota Semarang") or both ("Kota Semarang (33.74)")',
    ),
  period: periodCode.optional().describe('Period of the aksi/output codes; default: the latest active period'),
  aksi: aksiCodeSchema.optional(),
  output: outputCodeSchema.optional().describe('Output (sub-aksi) code; implies its aksi'),
  message: z
    .string()
    .trim()
    .min(20, 'Pesan minimal 20 karakter')
    .max(5000, 'Pesan maksimal 5.000 karakter')
    .describe('What happened or what you suggest. May be published, without your name or contact, once answered'),
  name: z.string().trim().max(120).optional().describe('Optional; never shown publicly nor to the institution'),
  email: z.email('Alamat e-mail tidak valid').max(200).optional().describe('Optional; never shown publicly'),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+()\-\s]{6,20}$/, 'Nomor telepon hanya angka, spasi, +, - dan tanda kurung (6–20 karakter)')
    .optional()
    .describe('Optional; never shown publicly'),
  website: z.string().max(500).optional().describe('Leave empty (a field people do not see)'),
  challenge: z.string().min(10).max(300).describe('From GET /api/public/feedback/challenge'),
  nonce: z.string().regex(/^[0-9a-zA-Z]{1,32}$/, 'Nonce: 1–32 huruf atau angka'),
});

export const feedbackReceiptSchema = z.object({
  ticket: z.string().describe('Keep this code to follow the feedback, e.g. PNT-7K3M-9QX2-H4WD'),
  status: z.literal('submitted'),
  submittedAt: z.string(),
  followUp: z.string().describe('Where to follow it'),
});

export const feedbackTicketParamsSchema = z.object({
  ticket: z.string().min(12).max(40).describe('Ticket code, e.g. PNT-7K3M-9QX2-H4WD (case and hyphens do not matter)'),
});

export const feedbackTicketSchema = z
  .object({
    ticket: z.string(),
    kind: feedbackKindSchema,
    institution: institutionRef,
    aksiCode: z.string().nullable(),
    outputCode: z.string().nullable(),
    status: feedbackViewStatusSchema,
    submittedAt: z.string(),
    moderatedAt: z.string().nullable(),
    rejectionReason: z.string().nullable(),
    forwardedAt: z.string().nullable(),
    dueOn: z.string().nullable().describe('The institution answers by this date (7 working days after forwarding)'),
    answeredAt: z.string().nullable(),
    answer: z.string().nullable(),
    published: z.boolean().describe('The answer is listed on the public portal'),
    message: z.string().nullable().describe('The published text of the feedback, once published'),
  })
  .describe('Follow-up of one feedback item by its ticket; never holds the sender’s name or contact');

export const publicFeedbackQuerySchema = z.object({
  institution: z.string().trim().min(1).max(20).optional().describe('Institution code'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  format: z.enum(['json', 'csv', 'xlsx']).default('json').describe('json, or a download: csv or xlsx'),
});

export const publicFeedbackItemSchema = z.object({
  id: z.number().int(),
  kind: feedbackKindSchema,
  institution: institutionRef,
  aksiCode: z.string().nullable(),
  outputCode: z.string().nullable(),
  message: z.string().describe('As published by the moderator (personal details removed)'),
  submittedOn: z.string(),
  forwardedOn: z.string(),
  dueOn: z.string(),
  answeredOn: z.string(),
  answeredOnTime: z.boolean(),
  answer: z.string(),
});

export const publicFeedbackPageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(publicFeedbackItemSchema),
});

export const feedbackListQuerySchema = z.object({
  status: feedbackStatusSchema
    .optional()
    .describe(
      'Only this state. `submitted` lists the oldest first (a moderation queue), `forwarded` the earliest due first',
    ),
  overdue: z.enum(['true', 'false']).optional().describe('true: forwarded items past their due date'),
  institution: z.string().trim().min(1).max(20).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
/** The staff list's filters, for its export (every matching row, no paging). */
export const feedbackExportQuerySchema = feedbackListQuerySchema.omit({ limit: true, offset: true });

export const feedbackSchema = z.object({
  id: z.number().int(),
  ticket: z.string(),
  kind: feedbackKindSchema,
  institution: institutionRef,
  period: z.string().nullable(),
  aksiCode: z.string().nullable(),
  outputCode: z.string().nullable(),
  status: feedbackStatusSchema,
  overdue: z.boolean(),
  message: z.string(),
  publicMessage: z.string().nullable().describe('Text published with the answer, when the moderator edited it'),
  submittedAt: z.string(),
  moderatedAt: z.string().nullable(),
  moderationReason: z.string().nullable(),
  forwardedAt: z.string().nullable(),
  dueOn: z.string().nullable(),
  workingDaysLeft: z
    .number()
    .int()
    .nullable()
    .describe('Forwarded, unanswered: working days left to answer (0 on the due date; negative: working days late)'),
  answeredAt: z.string().nullable(),
  answer: z.string().nullable(),
  published: z.boolean(),
  sender: z
    .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
    .nullable()
    .describe('Only for moderators (admin); never for the institution or observers'),
});
export type FeedbackDto = z.infer<typeof feedbackSchema>;

export const feedbackCountsSchema = z
  .object({
    submitted: z.number().int(),
    forwarded: z.number().int(),
    overdue: z.number().int().describe('Forwarded items past their due date (also counted in `forwarded`)'),
    answered: z.number().int(),
    rejected: z.number().int(),
  })
  .describe('How many items the caller can see in each state, whatever the filters');
export type FeedbackCountsDto = z.infer<typeof feedbackCountsSchema>;

export const feedbackPageSchema = z.object({
  counts: feedbackCountsSchema,
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(feedbackSchema),
});

export const feedbackDetailSchema = feedbackSchema.extend({
  events: z.array(
    z.object({
      action: z.string(),
      from: z.string().nullable(),
      to: z.string(),
      reason: z.string().nullable(),
      actor: z.string(),
      at: z.string(),
    }),
  ),
});
export type FeedbackDetailDto = z.infer<typeof feedbackDetailSchema>;

export const feedbackModerateRequestSchema = z
  .object({
    decision: z.enum(['accept', 'reject']),
    reason: z.string().trim().max(2000).optional().describe('Required to reject; shown to the sender on the ticket'),
    institution: z
      .string()
      .trim()
      .min(1)
      .max(20)
      .optional()
      .describe('Accepting: forward to this institution (code) instead of the one the sender named'),
    publicMessage: z
      .string()
      .trim()
      .min(20)
      .max(5000)
      .optional()
      .describe('The text to publish with the answer instead of the original (remove personal details)'),
  })
  .refine((body) => body.decision === 'accept' || (body.reason ?? '').length >= 5, {
    message: 'Alasan penolakan wajib diisi (minimal 5 karakter)',
    path: ['reason'],
  });

export const feedbackAnswerRequestSchema = z.object({
  answer: z.string().trim().min(10, 'Jawaban minimal 10 karakter').max(10_000),
  publish: z.boolean().describe('List the answer (with the feedback text, never the sender) on the public portal'),
});

export const feedbackPublicationRequestSchema = z.object({
  publish: z
    .boolean()
    .describe(
      'true: list the answer (with the feedback text, never the sender) on the public portal; false: withdraw it',
    ),
  reason: z.string().trim().max(2000).optional().describe('Required to withdraw a published answer'),
});
