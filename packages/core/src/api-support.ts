/**
 * Request and response schemas of the support log (pendampingan), the leader's brief and the
 * province view. Follow-ups of support entries use the follow-up model of coordination meetings
 * (follow-ups.ts): owner, due date, status open → in_progress → done.
 */

import { attachmentSchema } from './api-coordination.js';
import { quarterFiguresSchema } from './api-reports.js';
import { followUpStatusSchema } from './follow-ups.js';
import { institutionTypeSchema } from './institutions.js';
import { z } from './zod.js';

/** Kinds of support the Inspektorat gives. */
export const SUPPORT_KINDS = ['visit', 'meeting', 'review', 'training'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const supportKindSchema = z.enum(SUPPORT_KINDS);

const civilDate = z.iso.date('Tanggal dengan format YYYY-MM-DD');

export const supportFollowUpInputSchema = z.object({
  title: z.string().trim().min(3, 'Tindak lanjut minimal 3 karakter').max(300),
  ownerUnitId: z
    .number()
    .int()
    .positive()
    .nullable()
    .optional()
    .describe('The unit that owns it; none: the institution'),
  dueOn: civilDate.describe('Due by the end of this day'),
});

export const supportEntryCreateSchema = z.object({
  heldOn: civilDate.describe('When the support was given'),
  unitId: z.number().int().positive().nullable().optional().describe('The unit supported; none: the whole institution'),
  kind: supportKindSchema,
  notes: z.string().trim().min(5, 'Catatan minimal 5 karakter').max(5000),
  attachmentIds: z
    .array(z.number().int().positive())
    .max(10)
    .default([])
    .describe('Files uploaded with POST /api/attachments'),
  followUps: z.array(supportFollowUpInputSchema).max(20).default([]),
});
export type SupportEntryCreateRequest = z.infer<typeof supportEntryCreateSchema>;

export const supportFollowUpSchema = z.object({
  id: z.number().int(),
  entryId: z.number().int(),
  title: z.string(),
  owner: z.object({ unitId: z.number().int().nullable(), name: z.string() }),
  dueOn: z.string(),
  status: followUpStatusSchema,
  overdue: z.boolean(),
});
export type SupportFollowUpDto = z.infer<typeof supportFollowUpSchema>;

export const supportEntrySchema = z.object({
  id: z.number().int(),
  institution: z.object({ code: z.string(), name: z.string() }),
  heldOn: z.string(),
  unit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  kind: supportKindSchema,
  notes: z.string(),
  attachments: z.array(attachmentSchema),
  followUps: z.array(supportFollowUpSchema),
  recordedBy: z.string(),
  createdAt: z.string(),
});
export type SupportEntryDto = z.infer<typeof supportEntrySchema>;

export const supportListQuerySchema = z.object({
  unit: z.coerce.number().int().positive().optional().describe('Only entries about this unit'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const supportListSchema = z.object({ items: z.array(supportEntrySchema) });

export const supportFollowUpStatusRequestSchema = z.object({ status: followUpStatusSchema });

/** Support activity per province: entries recorded by the institutions of each province in a quarter. */
export const supportActivitySchema = z.object({
  period: z.string(),
  quarter: z.number().int(),
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  provinces: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      entries: z.number().int(),
      institutions: z.number().int().describe('Institutions of the province that recorded support'),
      openFollowUps: z.number().int(),
    }),
  ),
});
export type SupportActivityDto = z.infer<typeof supportActivitySchema>;

const briefTarget = z.object({
  code: z.string(),
  outputName: z.string(),
  quarter: z.number().int(),
  state: z.string().nullable().describe('The report state; null: no report yet'),
  deadline: z.string().optional(),
  reportId: z.number().int().nullable(),
});

/** The leader's one-page brief of an institution. */
export const briefSchema = z.object({
  institution: z.object({ code: z.string(), name: z.string(), type: institutionTypeSchema }),
  period: z.string(),
  quarter: z.number().int(),
  today: z.string(),
  current: quarterFiguresSchema.nullable().describe('This quarter, from the figures pipeline'),
  previous: quarterFiguresSchema.nullable().describe('The quarter before'),
  units: z
    .array(
      z.object({
        unit: z.object({ id: z.number().int(), name: z.string() }).nullable().describe('null: no unit assigned'),
        late: z.array(briefTarget).describe('Due, deadline passed, not submitted'),
        stuck: z.array(briefTarget).describe('Submitted and waiting for a verifier past the verification window'),
      }),
    )
    .describe('Only units with late or stuck targets'),
  formality: z
    .array(
      z.object({ code: z.string(), outputName: z.string(), quarter: z.number().int(), reportId: z.number().int() }),
    )
    .describe('Accepted reports graded administratif (documents only)'),
  followUps: z.array(
    z.object({
      id: z.number().int().describe('The follow-up id within its source'),
      source: z.enum(['support', 'meeting']),
      title: z.string(),
      owner: z.string(),
      dueOn: z.string(),
      status: followUpStatusSchema,
      overdue: z.boolean(),
    }),
  ),
  published: z.array(
    z.object({ title: z.string(), kind: z.string(), publishedOn: z.string(), url: z.string().nullable() }),
  ),
  support: z.object({
    entries: z.number().int().describe('Support entries this quarter'),
    latest: z.array(supportEntrySchema),
  }),
});
export type BriefDto = z.infer<typeof briefSchema>;

export const briefQuerySchema = z.object({
  period: z.string().trim().min(4).max(20).optional(),
  quarter: z.coerce.number().int().min(1).max(8).optional(),
});

/** A province's kabupaten/kota with their figures, for a province account with the province view. */
export const provinceProgressSchema = z.object({
  province: z.object({ code: z.string(), name: z.string() }),
  period: z.string(),
  quarter: z.number().int(),
  items: z.array(
    z.object({
      institution: z.object({ code: z.string(), name: z.string(), type: institutionTypeSchema }),
      current: quarterFiguresSchema.nullable(),
    }),
  ),
});
export type ProvinceProgressDto = z.infer<typeof provinceProgressSchema>;

export const provinceViewGrantSchema = z.object({ enabled: z.boolean() });
export const provinceViewStateSchema = z.object({ userId: z.number().int(), provinceView: z.boolean() });
