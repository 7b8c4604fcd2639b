/**
 * Shapes of the open-data API under /api/public/ (docs/design.md#what-the-public-sees). Everything here is verified data:
 * figures computed from accepted reports only, the content of accepted reports, evidence the
 * institution marked public on an accepted report, and answered feedback published by the
 * institution. Codes (Kemendagri region codes, aksi/output/target codes) are the stable keys.
 */

import { impactFiguresSchema, publicImpactSchema } from './api-impact.js';
import { impactIndicatorSchema } from './catalogue.js';
import { gradeWeightSchema } from './grade-weight.js';
import { institutionTypeSchema } from './institutions.js';
import { periodCodeSchema } from './period-code.js';
import { gradeDistributionSchema } from './quality-grades.js';
import { BANDS, qualityGradeSchema } from './reports.js';
import { z } from './zod.js';

const periodCode = periodCodeSchema;

/** `?format=`: JSON (default) or a download of the same table. */
export const dataFormatSchema = z
  .enum(['json', 'csv', 'xlsx'])
  .default('json')
  .describe('json (default), or a download of the table: csv (UTF-8 with BOM) or xlsx');
export type DataFormat = z.infer<typeof dataFormatSchema>;

export const publicInstitutionSchema = z.object({
  code: z.string().describe('Kemendagri region code for Pemda (e.g. 33.74), short code for K/L'),
  name: z.string(),
  type: institutionTypeSchema,
  provinceCode: z.string().nullable(),
});

export const publicQuarterFiguresSchema = z.object({
  quarter: z.number().int(),
  label: z.string(),
  achievement: z
    .number()
    .nullable()
    .describe('Weighted mean of verified scores over every target due so far (not yet verified counts 0)'),
  band: z.enum(BANDS).nullable(),
  weightDue: z
    .number()
    .describe('Σ weight of the targets due so far (not-applicable claims left out): the achievement’s divisor'),
  weightedScore: z
    .number()
    .describe('Σ weight × verified score: groups add these, then divide (never a mean of percentages)'),
  expected: z.number().int().describe('Targets due in this quarter'),
  onTime: z.number().int().describe('Of those, reports first submitted by the deadline'),
  onTimeRate: z.number().nullable().describe('Kepatuhan tepat waktu: onTime / expected, in percent'),
  verified: z.number().int().describe('Of those, reports accepted by the verifier'),
  verifiedOnTime: z.number().int().describe('Of the accepted reports, first submitted by the deadline'),
  notApplicable: z.number().int().describe('Accepted "not applicable" claims (left out of the achievement)'),
  verifiedRate: z.number().nullable().describe('Terverifikasi: verified / expected, in percent'),
  grades: gradeDistributionSchema,
  lastVerifiedAt: z.string().nullable().describe('When the latest of these reports was accepted'),
});
export type PublicQuarterFigures = z.infer<typeof publicQuarterFiguresSchema>;

/** The headline figures of a group (nation, province, type) in one quarter: `headlineOf` in core. */
export const publicHeadlineFiguresSchema = z.object({
  quarter: z.number().int(),
  label: z.string(),
  achievement: z.number().nullable().describe('Capaian: Σ weight × verified score ÷ Σ weight due (targets due so far)'),
  band: z.enum(BANDS).nullable(),
  institutions: z.number().int().describe('Instansi dihitung: institutions with a target due in the quarter'),
  expected: z.number().int(),
  onTime: z.number().int(),
  onTimeRate: z.number().nullable().describe('Kepatuhan tepat waktu: onTime / expected, in percent'),
  verified: z.number().int(),
  verifiedRate: z.number().nullable().describe('Terverifikasi: verified / expected, in percent'),
  notApplicable: z.number().int().describe('Tidak berlaku: accepted not-applicable claims'),
  impact: impactFiguresSchema.describe('Dampak tercapai: judged impact of the verified reports of the quarter'),
  grades: gradeDistributionSchema,
});
export type PublicHeadlineFigures = z.infer<typeof publicHeadlineFiguresSchema>;

export const publicHeadlineQuerySchema = z.object({
  period: periodCode.optional().describe('Default: the latest active period'),
  type: institutionTypeSchema.optional(),
  province: z
    .string()
    .regex(/^\d{2}$/, 'Kode provinsi 2 digit')
    .optional()
    .describe('A province: its government with its kabupaten/kota'),
});

export const publicHeadlineSchema = z.object({
  period: z.string(),
  gradeWeight: gradeWeightSchema,
  graded: z
    .number()
    .int()
    .nullable()
    .describe('The latest quarter with targets due whose verification window has ended: the one to judge'),
  inProgress: z
    .number()
    .int()
    .nullable()
    .describe('The quarter still being reported or verified: progress, not a grade'),
  lastVerifiedAt: z.string().nullable(),
  countedAt: z
    .string()
    .describe('When these figures were counted: the progress of a quarter in progress is refreshed every few minutes'),
  quarters: z.array(publicHeadlineFiguresSchema).describe('Every quarter with targets due'),
});
export type PublicHeadlineDto = z.infer<typeof publicHeadlineSchema>;

export const publicInstitutionListQuerySchema = z.object({
  period: periodCode.optional().describe('Default: the latest active period'),
  type: institutionTypeSchema.optional(),
  province: z
    .string()
    .regex(/^\d{2}$/, 'Kode provinsi 2 digit')
    .optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Name or code'),
  quarter: z.coerce.number().int().min(1).max(8).optional().describe('Only this quarter’s figures'),
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('JSON only; downloads hold every row'),
  offset: z.coerce.number().int().min(0).default(0),
  format: dataFormatSchema,
});

export const publicInstitutionListSchema = z.object({
  period: z.string(),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(
    publicInstitutionSchema.extend({
      lastVerifiedAt: z.string().nullable(),
      quarters: z.array(publicQuarterFiguresSchema),
    }),
  ),
});
export type PublicInstitutionListDto = z.infer<typeof publicInstitutionListSchema>;

export const publicEvidenceSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['file', 'link']),
  title: z.string(),
  checklistItem: z.string().nullable().describe('The required document (data dukung) it answers'),
  fileName: z.string().nullable(),
  fileSize: z.number().int().nullable(),
  mimeType: z.string().nullable(),
  sha256: z.string().nullable().describe('SHA-256 of the file; the download carries it in X-Content-SHA256'),
  url: z.string().nullable().describe('The link, for link evidence'),
  downloadUrl: z.string().nullable().describe('Public download address, for file evidence'),
});

export const publicVerifiedResultSchema = z.object({
  score: z
    .number()
    .int()
    .nullable()
    .describe(
      'Verifier’s score 0–100 (after field verification where done); null ("tidak berlaku") when not applicable',
    ),
  qualityGrade: qualityGradeSchema.nullable(),
  verifiedAt: z.string().describe('Last verified'),
  narrative: z.string(),
  notApplicable: z.boolean().describe('The verifier accepted that the target does not apply'),
  notApplicableReason: z.string().nullable(),
  impact: publicImpactSchema.nullable(),
  evidence: z.array(publicEvidenceSchema),
});

export const publicInstitutionTargetSchema = z.object({
  aksi: z.object({ code: z.string(), name: z.string() }),
  output: z.object({ code: z.string(), name: z.string() }),
  target: z.object({
    code: z.string(),
    quarter: z.number().int(),
    version: z.number().int().describe('The version judged on (or the current one when not verified)'),
    successMeasure: z.string(),
    weight: z.number().int(),
    impact: impactIndicatorSchema.nullable().describe('The impact indicator of that version; null when none'),
  }),
  verified: publicVerifiedResultSchema.nullable().describe('Null until a verifier accepts the report'),
});

export const publicInstitutionDetailSchema = z.object({
  period: z.string(),
  gradeWeight: gradeWeightSchema,
  institution: publicInstitutionSchema.extend({ parent: publicInstitutionSchema.nullable() }),
  lastVerifiedAt: z.string().nullable(),
  quarters: z.array(publicQuarterFiguresSchema),
  targets: z.array(publicInstitutionTargetSchema),
  feedbackAnswered: z.number().int().describe('Published answers to citizen feedback (GET /api/public/feedback)'),
});
export type PublicInstitutionDetailDto = z.infer<typeof publicInstitutionDetailSchema>;

export const publicPeriodQuerySchema = z.object({
  period: periodCode.optional().describe('Default: the latest active period'),
  format: dataFormatSchema,
});

export const publicAksiQuerySchema = publicPeriodQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(5000).default(500).describe('Results per page (JSON only)'),
  offset: z.coerce.number().int().min(0).default(0),
});

export const publicAksiSchema = z.object({
  period: z.string(),
  gradeWeight: gradeWeightSchema,
  fokus: z.object({ code: z.string(), name: z.string() }),
  aksi: z.object({ code: z.string(), name: z.string() }),
  outputs: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      institutionCount: z.number().int(),
      targets: z.array(
        z.object({
          code: z.string(),
          quarter: z.number().int(),
          successMeasure: z.string(),
          weight: z.number().int(),
          impact: impactIndicatorSchema.nullable().describe('The current version’s impact indicator; null when none'),
        }),
      ),
    }),
  ),
  quarters: z.array(
    z.object({
      quarter: z.number().int(),
      label: z.string(),
      expected: z.number().int().describe('Institution × target pairs due in the quarter'),
      verified: z.number().int(),
      meanScore: z
        .number()
        .nullable()
        .describe('Mean of the verified scores of the quarter (not-applicable claims left out); not the achievement'),
      achievement: z
        .number()
        .nullable()
        .describe(
          'Capaian: Σ weight × verified score ÷ Σ weight due over the aksi’s targets due so far, every institution',
        ),
      band: z.enum(BANDS).nullable(),
      institutions: z
        .number()
        .int()
        .describe('Instansi dihitung: institutions with a target of the aksi due in the quarter'),
      onTime: z.number().int(),
      onTimeRate: z.number().nullable().describe('Kepatuhan tepat waktu: onTime / expected, in percent'),
      verifiedRate: z.number().nullable().describe('Terverifikasi: verified / expected, in percent'),
      grades: gradeDistributionSchema,
    }),
  ),
  total: z.number().int().describe('Verified results in all'),
  limit: z.number().int(),
  offset: z.number().int(),
  results: z.array(
    z.object({
      institution: publicInstitutionSchema,
      outputCode: z.string(),
      targetCode: z.string(),
      quarter: z.number().int(),
      score: z.number().int().nullable().describe('Null ("tidak berlaku") for an accepted not-applicable claim'),
      qualityGrade: qualityGradeSchema.nullable(),
      notApplicable: z.boolean(),
      verifiedAt: z.string(),
      impact: publicImpactSchema.nullable().describe('Judged impact; null when the target has no indicator'),
    }),
  ),
});
export type PublicAksiDto = z.infer<typeof publicAksiSchema>;

export const publicSearchQuerySchema = z.object({
  q: z.string().trim().min(2, 'Ketik minimal 2 karakter').max(100),
});

export const publicSearchSchema = z.object({
  query: z.string(),
  institutions: z.array(publicInstitutionSchema),
  aksi: z.array(z.object({ period: z.string(), code: z.string(), name: z.string() })),
});

export const holidayKindSchema = z.enum(['national', 'collective_leave', 'other', 'config']);

export const holidaySchema = z.object({
  date: z.string(),
  name: z.string(),
  kind: holidayKindSchema.describe(
    '`national` (libur nasional), `collective_leave` (cuti bersama), `other`, or `config` (PANTAU_HOLIDAYS)',
  ),
});

export const publicHolidayQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  format: dataFormatSchema,
});

export const holidayListSchema = z.object({ items: z.array(holidaySchema) });

export const holidayParamsSchema = z.object({
  date: z.iso.date('Tanggal berformat YYYY-MM-DD'),
});

export const holidayRequestSchema = z.object({
  name: z.string().trim().min(3).max(200),
  kind: z.enum(['national', 'collective_leave', 'other']).default('national'),
});
