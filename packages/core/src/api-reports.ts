/** Request and response shapes of the quarterly cycle: reports, evidence, review, figures, samples. */
import { reportLockSchema } from './api-periods.js';
import { impactIndicatorSchema, targetContentSchema } from './catalogue.js';
import { institutionTypeSchema } from './institutions.js';
import { periodCodeSchema } from './period-code.js';
import { REPORT_ACTIONS } from './report-workflow.js';
import { qualityGradeSchema, reportStateSchema } from './reports.js';
import { z } from './zod.js';

const periodCode = periodCodeSchema;

export const evidenceSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['file', 'link']),
  checklistIndex: z.number().int(),
  title: z.string(),
  fileName: z.string().nullable(),
  fileSize: z.number().int().nullable(),
  mimeType: z.string().nullable(),
  sha256: z.string().nullable().describe('SHA-256 of the file content; the file is stored under it'),
  url: z.string().nullable(),
  public: z.boolean(),
  createdAt: z.string(),
  removedAt: z.string().nullable(),
  removedReason: z.string().nullable(),
});
export type EvidenceDto = z.infer<typeof evidenceSchema>;

export const reportSchema = z.object({
  id: z.number().int(),
  version: z.number().int().describe('Send back with every change; a stale version gets 409'),
  state: reportStateSchema,
  round: z.number().int().describe('Revision rounds so far'),
  period: z.string(),
  quarter: z.number().int(),
  deadline: z.string().describe('Reporting deadline for this institution (extension included)'),
  submittedAt: z.string().nullable(),
  firstSubmittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  institution: z.object({ code: z.string(), name: z.string(), type: institutionTypeSchema }),
  unit: z
    .object({ code: z.string(), name: z.string() })
    .nullable()
    .describe('The work unit responsible for the target when the report was opened (null: none)'),
  aksi: z.object({ code: z.string(), name: z.string() }),
  output: z.object({ code: z.string(), name: z.string() }),
  target: z.object({
    code: z.string(),
    version: z.number().int().describe('The target version this report answers'),
    currentVersion: z.number().int(),
    successMeasure: z.string(),
    evidenceChecklist: z.array(z.string()),
    weight: z.number().int(),
    impact: impactIndicatorSchema.nullable(),
  }),
  narrative: z.string(),
  progress: z.number().int().nullable(),
  impactValue: z.number().nullable(),
  notApplicable: z.boolean(),
  notApplicableReason: z.string().nullable(),
  notApplicableAccepted: z.boolean(),
  score: z.number().int().nullable(),
  fieldScore: z.number().int().nullable(),
  qualityGrade: qualityGradeSchema.nullable(),
  verifierComment: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  evidence: z.array(evidenceSchema),
  checklist: z.array(z.object({ index: z.number().int(), item: z.string(), covered: z.boolean() })),
  events: z.array(
    z.object({
      action: z.string(),
      from: z.string().nullable(),
      to: z.string(),
      reason: z.string().nullable(),
      at: z.string(),
      actor: z.string().nullable(),
    }),
  ),
  allowedActions: z.array(z.enum(REPORT_ACTIONS)),
  editable: z.boolean(),
  canAddEvidence: z
    .boolean()
    .describe('The caller may add evidence (also the focal point while the report is submitted, not yet in review)'),
  lock: reportLockSchema,
});
export type ReportDto = z.infer<typeof reportSchema>;

export const createReportRequestSchema = z.object({
  period: periodCode,
  targetCode: z.string().regex(/^\d{1,2}\.\d{1,2}-TW[1-8]$/, 'Kode target berformat 1.2-TW4'),
});

export const updateReportRequestSchema = z.object({
  version: z.number().int().positive(),
  narrative: z.string().max(20_000, 'Uraian maksimal 20.000 karakter').optional(),
  progress: z.number().int().min(0).max(100).nullable().optional(),
  impactValue: z.number().finite().nullable().optional(),
  notApplicable: z.boolean().optional(),
  notApplicableReason: z.string().trim().max(2000).nullable().optional(),
});

export const transitionRequestSchema = z.object({
  action: z.enum(REPORT_ACTIONS),
  version: z.number().int().positive(),
  reason: z
    .string()
    .trim()
    .max(4000)
    .optional()
    .describe('Comment or reason; required to send back, request revision, reopen'),
  score: z.number().int().min(0).max(100).optional().describe('Accept only: 0–100'),
  qualityGrade: qualityGradeSchema.optional().describe('Accept only'),
});

export const evidenceUploadQuerySchema = z.object({
  checklistIndex: z.coerce.number().int().min(0).max(19),
  title: z.string().trim().min(1).max(200).optional(),
  public: z.enum(['true', 'false']).default('false').describe('Mark the evidence public for the portal'),
});

export const evidenceLinkRequestSchema = z.object({
  url: z
    .url('Tautan harus URL lengkap')
    .max(2000)
    .refine((u) => /^https?:\/\//i.test(u), 'Hanya tautan http atau https'),
  checklistIndex: z.number().int().min(0).max(19),
  title: z.string().trim().min(1).max(200),
  public: z.boolean().default(false),
});

export const reasonBodySchema = z.object({ reason: z.string().trim().min(5, 'Alasan minimal 5 karakter').max(2000) });

export const institutionTargetsQuerySchema = z.object({
  period: periodCode,
  quarter: z.coerce.number().int().min(1).max(8),
});

export const institutionTargetRowSchema = z.object({
  targetCode: z.string(),
  aksi: z.object({ code: z.string(), name: z.string() }),
  output: z.object({ code: z.string(), name: z.string() }),
  successMeasure: z.string(),
  evidenceRequired: z.number().int(),
  unit: z
    .object({ id: z.number().int(), code: z.string(), name: z.string() })
    .nullable()
    .describe('The work unit responsible for the target (null: not assigned to a unit)'),
  report: z
    .object({
      id: z.number().int(),
      state: reportStateSchema,
      progress: z.number().int().nullable(),
      evidenceCovered: z.number().int(),
      submittedAt: z.string().nullable(),
      onTime: z.boolean().nullable(),
      updatedAt: z.string(),
    })
    .nullable(),
});

export const institutionTargetsSchema = z.object({
  institution: z.object({ code: z.string(), name: z.string() }),
  period: z.string(),
  quarter: z.number().int(),
  quarterStatus: z.enum(['planned', 'open', 'closed']),
  deadline: z.string(),
  daysLeft: z.number().int().describe('Negative once the deadline has passed'),
  targets: z.array(institutionTargetRowSchema),
});
export type InstitutionTargetsDto = z.infer<typeof institutionTargetsSchema>;

export const reviewQueueQuerySchema = z.object({
  period: periodCode.optional(),
  aksi: z
    .string()
    .regex(/^\d{1,2}$/)
    .optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  type: institutionTypeSchema.optional(),
  state: z.enum(['submitted', 'in_review']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const reviewQueueSchema = z.object({
  total: z.number().int(),
  counts: z.object({ submitted: z.number().int(), inReview: z.number().int() }),
  items: z.array(
    z.object({
      reportId: z.number().int(),
      state: reportStateSchema,
      round: z.number().int(),
      period: z.string(),
      quarter: z.number().int(),
      targetCode: z.string(),
      aksiCode: z.string(),
      outputName: z.string(),
      institution: z.object({
        code: z.string(),
        name: z.string(),
        type: institutionTypeSchema,
        provinceCode: z.string().nullable(),
      }),
      unit: z
        .object({ code: z.string(), name: z.string() })
        .nullable()
        .describe('The work unit responsible for the report (null: none)'),
      submittedAt: z.string(),
      ageDays: z.number().int(),
      onTime: z.boolean().nullable(),
    }),
  ),
});
export type ReviewQueueDto = z.infer<typeof reviewQueueSchema>;

export const reportChangesSchema = z.object({
  round: z.number().int(),
  previousSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  narrative: z.array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })),
  fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  evidenceAdded: z.array(evidenceSchema),
  evidenceRemoved: z.array(evidenceSchema),
});
export type ReportChangesDto = z.infer<typeof reportChangesSchema>;

export const quarterFiguresSchema = z.object({
  quarter: z.number().int(),
  achievement: z.number().nullable().describe('Weighted mean of accepted scores over targets due so far (0–100)'),
  band: z.enum(['baik', 'cukup', 'kurang']).nullable(),
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  complete: z.number().int(),
  verified: z.number().int(),
  notApplicable: z.number().int(),
  rates: z.object({
    submitted: z.number().nullable(),
    onTime: z.number().nullable(),
    complete: z.number().nullable(),
    verified: z.number().nullable(),
  }),
});

/** One quarter of an institution's figures as the API shows them. */
export type QuarterFiguresDto = z.infer<typeof quarterFiguresSchema>;

export const institutionFiguresSchema = z.object({
  institution: z.object({ code: z.string(), name: z.string() }),
  period: z.string(),
  quarters: z.array(quarterFiguresSchema),
});

export const extensionRequestSchema = z.object({
  deadline: z.iso.date(),
  reason: z.string().trim().min(5).max(1000),
});

export const closeQuarterRequestSchema = z.object({
  sampleSize: z.number().int().min(0).max(10_000).optional().describe('Default: 10 % of accepted reports, at least 5'),
});

export const fieldSampleSchema = z.object({
  period: z.string(),
  quarter: z.number().int(),
  seed: z.string().describe('Published seed: the audit chain head hash at quarter close'),
  size: z.number().int(),
  population: z.array(z.string()).describe('Keys (institution/target) of every accepted report, sorted'),
  drawnAt: z.string(),
  items: z.array(
    z.object({
      position: z.number().int(),
      key: z.string(),
      reportId: z.number().int(),
      status: z.enum(['pending', 'done']),
      result: z.enum(['confirmed', 'adjusted', 'not_found']).nullable(),
      originalScore: z.number().int().nullable(),
      adjustedScore: z.number().int().nullable(),
    }),
  ),
});

export const fieldCheckRequestSchema = z
  .object({
    result: z.enum(['confirmed', 'adjusted', 'not_found']),
    adjustedScore: z.number().int().min(0).max(100).optional(),
    notes: z.string().trim().max(4000).optional(),
  })
  .refine((v) => v.result !== 'adjusted' || v.adjustedScore !== undefined, {
    message: 'Skor hasil verifikasi lapangan wajib diisi',
    path: ['adjustedScore'],
  })
  .refine((v) => v.result === 'confirmed' || (v.notes?.length ?? 0) >= 5, {
    message: 'Alasan (catatan) wajib diisi bila skor berubah',
    path: ['notes'],
  });

export const targetRevisionRequestSchema = targetContentSchema.extend({
  reason: z.string().trim().min(5).max(2000).describe('Why the target changes (reorganisasi target)'),
});

export const targetVersionSchema = targetContentSchema.extend({
  version: z.number().int(),
  reason: z.string().nullable(),
  createdAt: z.string(),
  current: z.boolean(),
});
