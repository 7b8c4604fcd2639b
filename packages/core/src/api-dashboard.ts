/** Request and response shapes of the monitoring dashboards (`/api/dashboard/…`). */

import { overdueFollowUpSchema } from './api-coordination.js';
import { impactFiguresSchema } from './api-impact.js';
import { PUBLICATION_KINDS } from './api-media.js';
import { gradeWeightSchema } from './grade-weight.js';
import { INSTITUTION_TYPES, institutionTypeSchema } from './institutions.js';
import { periodCodeSchema } from './period-code.js';
import { gradeDistributionSchema } from './quality-grades.js';
import { BANDS, qualityGradeSchema, REPORT_STATES, reportStateSchema } from './reports.js';
import { z } from './zod.js';

const periodCode = periodCodeSchema;
const quarterNumber = z.coerce.number().int().min(1).max(8);
const flag = z.enum(['true', 'false']);
const code = z.string().trim().min(1).max(20);
const bandSchema = z.enum(BANDS);

/** Which period and quarter a dashboard shows. */
export const dashboardQuerySchema = z.object({
  period: periodCode.optional().describe('Period code; default: the period containing today, else the newest'),
  quarter: quarterNumber.optional().describe('Quarter 1–8 of the period; default: the quarter containing today'),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const figureRatesSchema = z.object({
  submitted: z.number().nullable(),
  onTime: z.number().nullable(),
  complete: z.number().nullable(),
  verified: z.number().nullable(),
});

/** The figures of a group at quarter q. */
export const figuresSchema = z.object({
  achievement: z
    .number()
    .nullable()
    .describe('Σ weightedScore ÷ Σ weightDue over the targets due in quarters 1..q (0–100, one decimal)'),
  band: bandSchema.nullable().describe('Band of the achievement: baik ≥ 80, cukup 60–79, kurang < 60'),
  weightDue: z
    .number()
    .describe('Σ weight of the targets due in quarters 1..q; accepted not-applicable claims excluded'),
  weightedScore: z.number().describe('Σ weight × score of the accepted reports among them (field score when recorded)'),
  expected: z.number().int().describe('Targets due in quarter q, one per institution carrying it'),
  submitted: z.number().int().describe('…of which submitted at least once'),
  onTime: z.number().int().describe('…of which first submitted by the deadline (or the institution’s extension)'),
  complete: z.number().int().describe('…of which submitted with every required evidence item'),
  verified: z.number().int().describe('…of which accepted'),
  notApplicable: z.number().int().describe('…of which accepted as not applicable'),
  rates: figureRatesSchema.describe('Each count ÷ expected, in % (one decimal); null when nothing is expected'),
  administratif: z.number().int().describe('…of the verified (not-applicable excluded), graded administratif'),
  terlaksana: z.number().int().describe('…graded terlaksana'),
  berdampak: z.number().int().describe('…graded berdampak'),
  grades: gradeDistributionSchema,
});

/** Filters that select the reports behind a row: pass them to `GET /api/dashboard/reports`. */
export const drillSchema = z
  .object({
    institution: z.string().optional(),
    province: z.string().optional(),
    type: institutionTypeSchema.optional(),
    fokus: z.string().optional(),
    aksi: z.string().optional(),
    output: z.string().optional(),
  })
  .describe('Drill-down filters of this row, for GET /api/dashboard/reports');

/** One row of a breakdown: a type, province, fokus, aksi, output or institution. */
export const figureRowSchema = figuresSchema.extend({
  code: z.string(),
  name: z.string(),
  parent: z.string().nullable().describe('Code of the enclosing group (the aksi of an output, the fokus of an aksi)'),
  institutions: z.number().int().describe('Institutions of the group carrying targets due in quarters 1..q'),
  drill: drillSchema,
});
export type FigureRowDto = z.infer<typeof figureRowSchema>;

/** One quarter of a trend. */
export const trendPointSchema = figuresSchema.extend({
  quarter: z.number().int(),
  label: z.string().describe('e.g. "Triwulan IV"'),
});

const dashboardFrame = {
  period: z.string(),
  quarter: z.number().int(),
  label: z.string(),
  gradeWeight: gradeWeightSchema
    .optional()
    .describe(
      'The grade-weight rule every achievement here was computed with (null: off; absent where no achievement shows); say so wherever achievement shows',
    ),
  today: z.string().describe('Civil date (WIB) the figures were read on; they are live'),
  figuresAt: z
    .string()
    .optional()
    .describe(
      'When the figures were read (ISO time): while reports stream in they may be a few seconds behind the latest write',
    ),
};

export const nationalViewSchema = z.object({
  ...dashboardFrame,
  headline: figureRowSchema.extend({
    bands: z
      .object({ baik: z.number().int(), cukup: z.number().int(), kurang: z.number().int() })
      .describe('Institutions per band of their own achievement at quarter q'),
    impact: impactFiguresSchema.describe('Dampak tercapai: judged impact of the verified reports of quarter q'),
  }),
  trend: z.array(trendPointSchema).describe('Quarters 1..q'),
  byType: z.array(figureRowSchema),
  byFokus: z.array(figureRowSchema).describe('From the reports; aksi and outputs: GET /api/dashboard/breakdown'),
});
export type NationalViewDto = z.infer<typeof nationalViewSchema>;

export const BREAKDOWNS = ['fokus', 'aksi', 'output', 'type', 'province'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const breakdownQuerySchema = dashboardQuerySchema.extend({ by: z.enum(BREAKDOWNS) });

export const breakdownSchema = z.object({
  ...dashboardFrame,
  by: z.enum(BREAKDOWNS),
  rows: z.array(figureRowSchema),
});
export type BreakdownDto = z.infer<typeof breakdownSchema>;

/** A province: its own government and the aggregate of it with its kabupaten/kota. */
export const provinceRowSchema = figureRowSchema.extend({
  own: figuresSchema.nullable().describe('The provincial government alone; null when it is not an institution here'),
});

export const provincesSchema = z.object({
  ...dashboardFrame,
  rows: z.array(provinceRowSchema).describe('Every province, by code; `band` colours the map'),
});
export type ProvincesDto = z.infer<typeof provincesSchema>;

export const provinceViewSchema = z.object({
  ...dashboardFrame,
  province: provinceRowSchema,
  trend: z.array(trendPointSchema),
  byType: z.array(figureRowSchema),
  institutions: z.array(figureRowSchema).describe('The provincial government and each kabupaten/kota'),
});
export type ProvinceViewDto = z.infer<typeof provinceViewSchema>;

export const RANKING_MEASURES = ['achievement', 'compliance'] as const;
export type RankingMeasure = (typeof RANKING_MEASURES)[number];

export const rankingsQuerySchema = dashboardQuerySchema.extend({
  by: z
    .enum(RANKING_MEASURES)
    .default('achievement')
    .describe('achievement, or compliance = reports submitted on time ÷ expected in the quarter'),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  type: institutionTypeSchema.optional().describe('Rank only institutions of this type'),
});

const rankedInstitution = z.object({
  code: z.string(),
  name: z.string(),
  type: institutionTypeSchema,
  provinceCode: z.string().nullable(),
});

export const rankRowSchema = z.object({
  rank: z.number().int().describe('Position among all ranked institutions (1 = best)'),
  institution: rankedInstitution,
  value: z.number().describe('The measure ranked on'),
  achievement: z.number().nullable(),
  band: bandSchema.nullable(),
  expected: z.number().int(),
  onTime: z.number().int(),
});

export const moverRowSchema = z.object({
  institution: rankedInstitution,
  previous: z.number(),
  current: z.number(),
  change: z.number().describe('current − previous, in points'),
  band: bandSchema.nullable(),
});

export const rankingsSchema = z.object({
  ...dashboardFrame,
  by: z.enum(RANKING_MEASURES),
  ranked: z.number().int().describe('Institutions with the measure defined at quarter q'),
  best: z.array(rankRowSchema),
  worst: z.array(rankRowSchema).describe('Worst first'),
  movers: z.object({
    previousQuarter: z.number().int().nullable(),
    up: z.array(moverRowSchema),
    down: z.array(moverRowSchema),
  }),
});
export type RankingsDto = z.infer<typeof rankingsSchema>;

export const earlyWarningQuerySchema = dashboardQuerySchema.extend({
  days: z.coerce
    .number()
    .int()
    .min(0)
    .max(92)
    .default(14)
    .describe('Warn about unstarted targets from this many days before the deadline'),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Items per list (totals count all)'),
});

const warnedInstitution = rankedInstitution;
const warnedTarget = z.object({ code: z.string(), aksi: z.string(), output: z.string(), outputName: z.string() });

export const earlyWarningSchema = z.object({
  ...dashboardFrame,
  notStarted: z.object({
    days: z.number().int(),
    deadline: z.string().describe('The quarter’s deadline (extensions apply per institution)'),
    windowOpen: z.boolean().describe('Whether today is within `days` of the deadline (or past it)'),
    total: z.number().int(),
    items: z.array(
      z.object({
        institution: warnedInstitution,
        target: warnedTarget,
        deadline: z.string(),
        daysLeft: z.number().int().describe('Negative once the deadline has passed'),
      }),
    ),
  }),
  lateRepeatedly: z.object({
    quarters: z.array(z.number().int()).describe('Quarters looked at: the last four up to q whose deadline has passed'),
    minimum: z.number().int(),
    total: z.number().int(),
    items: z.array(
      z.object({
        institution: warnedInstitution,
        lateQuarters: z.array(z.number().int()),
        missing: z.number().int().describe('Reports late or missing over those quarters'),
      }),
    ),
  }),
  stuckInReview: z.object({
    verificationDays: z.number().int(),
    total: z.number().int(),
    items: z.array(
      z.object({
        reportId: z.number().int(),
        institution: warnedInstitution,
        target: warnedTarget,
        state: z.enum(['submitted', 'in_review']),
        submittedAt: z.string(),
        ageDays: z.number().int(),
      }),
    ),
  }),
  formality: z.object({
    minimumGraded: z.number().int(),
    total: z.number().int(),
    items: z.array(
      z.object({
        institution: warnedInstitution,
        graded: z.number().int().describe('Verified reports with a grade in quarters 1..q'),
        administratif: z.number().int(),
        terlaksana: z.number().int(),
        berdampak: z.number().int(),
        share: z.number().describe('administratif ÷ graded, in %'),
        targets: z
          .array(
            z.object({
              reportId: z.number().int(),
              code: z.string(),
              aksi: z.string(),
              output: z.string(),
              outputName: z.string(),
              quarter: z.number().int(),
              grade: qualityGradeSchema,
            }),
          )
          .describe('The targets whose verified report was graded administratif (the first 20)'),
        reason: z.string().describe('Why the institution is listed, in Bahasa Indonesia'),
        reasonEn: z.string().describe('Why the institution is listed, in English'),
      }),
    ),
  }),
  overdueFollowUps: z
    .object({ total: z.number().int(), items: z.array(overdueFollowUpSchema) })
    .describe('Meeting follow-ups not done by their due date, most overdue first'),
});
export type EarlyWarningDto = z.infer<typeof earlyWarningSchema>;

export const institutionViewSchema = z.object({
  ...dashboardFrame,
  institution: rankedInstitution,
  quarters: z.array(trendPointSchema).describe('Every quarter of the period'),
  outputs: z.array(figureRowSchema).describe('Outputs the institution carries, at quarter q'),
});
export type InstitutionViewDto = z.infer<typeof institutionViewSchema>;

export const aksiViewSchema = z.object({
  ...dashboardFrame,
  aksi: figureRowSchema.extend({ fokusName: z.string() }),
  outputs: z.array(figureRowSchema),
  byType: z.array(figureRowSchema),
});
export type AksiViewDto = z.infer<typeof aksiViewSchema>;

const STATE_LIST = new RegExp(`^(${REPORT_STATES.join('|')})(,(${REPORT_STATES.join('|')}))*$`);

/** The reports behind a figure. */
export const dashboardReportsQuerySchema = dashboardQuerySchema.extend({
  through: quarterNumber.optional().describe('Reports of quarters 1..through (the reports behind an achievement)'),
  institution: code.optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .describe('Province code: its government and its kabupaten/kota'),
  type: institutionTypeSchema.optional(),
  fokus: code.optional(),
  aksi: code.optional(),
  output: code.optional(),
  state: z.string().regex(STATE_LIST, 'Status laporan, dipisah koma').optional().describe('States, comma-separated'),
  submitted: flag.optional().describe('true: submitted at least once; false: never submitted'),
  onTime: flag.optional().describe('true: first submission on time; false: submitted late'),
  complete: flag.optional().describe('true: submitted with all evidence; false: submitted without all evidence'),
  notApplicable: flag.optional().describe('true: accepted as not applicable'),
  grade: qualityGradeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DashboardReportsQuery = z.infer<typeof dashboardReportsQuerySchema>;

export const dashboardReportSchema = z.object({
  id: z.number().int(),
  quarter: z.number().int(),
  institution: rankedInstitution,
  target: z.object({ code: z.string(), aksi: z.string(), output: z.string() }),
  state: reportStateSchema,
  round: z.number().int(),
  submittedAt: z.string().nullable().describe('First submission (decides on time)'),
  onTime: z.boolean().nullable(),
  complete: z.boolean().describe('Every required evidence item present'),
  weight: z.number().int().describe('Weight counted: the version judged once accepted, else the current one'),
  score: z.number().int().nullable().describe('Field score when recorded, else the verifier’s'),
  qualityGrade: qualityGradeSchema.nullable(),
  notApplicable: z.boolean().describe('Accepted as not applicable'),
});

export const dashboardReportsSchema = z.object({
  period: z.string(),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(dashboardReportSchema),
});
export type DashboardReportsDto = z.infer<typeof dashboardReportsSchema>;

/** Tables that download as CSV or XLSX. */
export const EXPORT_TABLES = [
  'trend',
  'types',
  'breakdown',
  'provinces',
  'province-institutions',
  'province-trend',
  'province-types',
  'rankings',
  'not-started',
  'late-repeatedly',
  'stuck-in-review',
  'formality',
  'institution-quarters',
  'institution-outputs',
  'aksi-outputs',
  'aksi-types',
  'reports',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export const exportParamsSchema = z.object({
  file: z
    .string()
    .regex(new RegExp(`^(${EXPORT_TABLES.join('|')})\\.(csv|xlsx)$`), 'Nama berkas: <tabel>.csv atau <tabel>.xlsx')
    .describe(`<table>.csv or <table>.xlsx; tables: ${EXPORT_TABLES.join(', ')}`),
});

/** Filters of an export: those of the table's JSON endpoint. */
export const exportQuerySchema = dashboardReportsQuerySchema.omit({ limit: true, offset: true }).extend({
  by: z
    .enum([...BREAKDOWNS, ...RANKING_MEASURES])
    .optional()
    .describe('breakdown: fokus|aksi|output|type|province; rankings: achievement|compliance'),
  days: earlyWarningQuerySchema.shape.days,
  limit: z.coerce.number().int().min(1).max(100).default(10).describe('rankings: rows per list'),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Which period and quarter the publication counts cover. */
export const publicationCountsQuerySchema = dashboardQuerySchema;

const countsOf = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int()])) as Record<K, z.ZodNumber>);

/** Published publications whose publication date falls within the quarter. */
export const publicationCountsSchema = z.object({
  ...dashboardFrame,
  startsOn: z.string().describe('First day of the quarter'),
  endsOn: z.string().describe('Last day of the quarter'),
  total: z.number().int(),
  fromMaterials: z.number().int().describe('…of which republish a media-kit material'),
  byKind: countsOf(PUBLICATION_KINDS),
  byType: countsOf(INSTITUTION_TYPES).describe('By the publishing institution’s type'),
  byProvince: z
    .array(z.object({ code: z.string(), name: z.string(), count: z.number().int() }))
    .describe('Every province: its government with its kabupaten/kota'),
});
export type PublicationCountsDto = z.infer<typeof publicationCountsSchema>;
