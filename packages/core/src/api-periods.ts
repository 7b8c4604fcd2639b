/** Request and response shapes of the period lifecycle: creating a period, moving dates, unlocking a report. */

import { periodSchema } from './api.js';
import { periodCodeSchema } from './period-code.js';
import { z } from './zod.js';

export const createPeriodRequestSchema = z.object({
  code: periodCodeSchema.describe('The new period, e.g. 2027-2028 (any dash)'),
  name: z.string().trim().min(3).max(200).optional().describe('Default: "Aksi Pencegahan Korupsi 2027–2028"'),
  copyCatalogueFrom: periodCodeSchema
    .optional()
    .describe('Copy fokus, aksi, outputs, targets and assignment rules of this earlier period as a draft'),
  deadlineDays: z.number().int().min(1).max(90).optional().describe('Days after a quarter ends to report; default 10'),
  verificationDays: z
    .number()
    .int()
    .min(1)
    .max(180)
    .optional()
    .describe('Days after the deadline to verify; default 30'),
});
export type CreatePeriodRequest = z.infer<typeof createPeriodRequestSchema>;

export const createdPeriodSchema = z.object({
  period: periodSchema,
  copied: z
    .object({
      from: z.string(),
      fokus: z.number().int(),
      aksi: z.number().int(),
      outputs: z.number().int(),
      targets: z.number().int(),
      assignmentRules: z.number().int(),
      assignments: z.number().int(),
    })
    .nullable(),
});
export type CreatedPeriodDto = z.infer<typeof createdPeriodSchema>;

export const quarterUpdateRequestSchema = z
  .object({
    deadline: z.iso.date().optional(),
    verificationEndsOn: z.iso.date().optional(),
    reason: z.string().trim().min(5).max(1000).describe('Why the dates change; kept in the audit log'),
  })
  .refine((v) => v.deadline !== undefined || v.verificationEndsOn !== undefined, {
    message: 'Tidak ada perubahan',
    path: ['deadline'],
  });

export const quarterImpactSchema = z.object({
  period: z.string(),
  quarter: z.number().int(),
  institutions: z.number().int().describe('Institutions carrying at least one target of the quarter'),
  extensions: z.number().int().describe('Of them, institutions with their own later deadline'),
});

export const reportUnlockRequestSchema = z.object({
  reason: z.string().trim().min(5).max(1000),
  joinsSample: z
    .boolean()
    .describe('Whether the report joins the population of a later field-verification draw of the quarter'),
});

export const reportLockSchema = z.object({
  quarterClosed: z.boolean().describe('The quarter is closed: no writes unless admin unlocked the report'),
  locked: z.boolean().describe('Writes to the report are refused because its quarter is closed'),
  unlock: z
    .object({ reason: z.string(), joinsSample: z.boolean(), at: z.string(), by: z.string().nullable() })
    .nullable(),
});
export type ReportLockDto = z.infer<typeof reportLockSchema>;

export const evidencePublicRequestSchema = z.object({
  public: z.boolean().describe('Shown on the portal once the report is verified'),
});
