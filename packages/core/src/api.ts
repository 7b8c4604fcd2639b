/**
 * Request and response shapes of the API, shared by the server (validation, OpenAPI) and the
 * web app (types). Responses list their fields explicitly, so no column leaks by accident.
 */

import { assignmentRuleSchema } from './assignment-rules.js';
import { impactIndicatorSchema } from './catalogue.js';
import { institutionTypeSchema } from './institutions.js';
import { z } from './zod.js';

/** The body of every error response. */
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. `not_found`'),
      message: z.string().describe("Human message in the caller's language"),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
      requestId: z.string().describe('Quote this id when reporting a problem'),
    }),
  })
  .describe('Error');

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  time: z.string(),
  version: z.string(),
});

export const quarterSchema = z.object({
  number: z.number().int().describe('1–8 across the period'),
  label: z.string().describe('e.g. "Triwulan V"'),
  startsOn: z.string(),
  endsOn: z.string(),
  deadline: z.string().describe('Reporting deadline (date, WIB)'),
  verificationEndsOn: z.string(),
  status: z.enum(['planned', 'open', 'closed']),
});

export const periodSchema = z.object({
  code: z.string().describe('e.g. "2025-2026"'),
  name: z.string(),
  startYear: z.number().int(),
  status: z.enum(['draft', 'active', 'closed']).describe('draft: created, no quarter opened yet'),
  deadlineDays: z.number().int(),
  verificationDays: z.number().int(),
  currentQuarter: z.number().int().nullable().describe('Quarter containing today, if within the period'),
  quarters: z.array(quarterSchema),
});
export type PeriodDto = z.infer<typeof periodSchema>;

export const targetSchema = z.object({
  code: z.string(),
  quarter: z.number().int(),
  version: z.number().int(),
  successMeasure: z.string(),
  evidenceChecklist: z.array(z.string()),
  weight: z.number().int(),
  impact: impactIndicatorSchema.nullable(),
});

export const outputSchema = z.object({
  code: z.string(),
  name: z.string(),
  institutionCount: z.number().int().describe('Institutions assigned to this output'),
  rules: z.array(assignmentRuleSchema),
  targets: z.array(targetSchema),
});

export const aksiSchema = z.object({ code: z.string(), name: z.string(), outputs: z.array(outputSchema) });
export const fokusSchema = z.object({ code: z.string(), name: z.string(), aksi: z.array(aksiSchema) });
export const catalogueSchema = z.object({ period: z.string(), fokus: z.array(fokusSchema) });
export type CatalogueDto = z.infer<typeof catalogueSchema>;

export const institutionSchema = z.object({
  code: z.string().describe('Kemendagri region code for Pemda, short code for K/L'),
  name: z.string(),
  type: institutionTypeSchema,
  provinceCode: z.string().nullable(),
});
export type InstitutionDto = z.infer<typeof institutionSchema>;

export const institutionListQuerySchema = z.object({
  type: institutionTypeSchema.optional(),
  province: z
    .string()
    .regex(/^\d{2}$/, 'Kode provinsi 2 digit')
    .optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Search by name (every word, in any order: "kab bandung") or by code'),
  codes: z
    .string()
    .max(5000)
    .transform((text) => [...new Set(text.split(',').map((code) => code.trim().toUpperCase()))].filter(Boolean))
    .pipe(z.array(z.string().max(20)).max(500))
    .optional()
    .describe('Only these institutions: codes separated by commas (to show chosen codes by name)'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const institutionPageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(institutionSchema),
});
export type InstitutionPageDto = z.infer<typeof institutionPageSchema>;

export const institutionDetailSchema = institutionSchema.extend({
  parent: institutionSchema.nullable(),
  childCount: z.number().int(),
  assignments: z.array(
    z.object({ period: z.string(), outputCode: z.string(), outputName: z.string(), aksiCode: z.string() }),
  ),
});
export type InstitutionDetailDto = z.infer<typeof institutionDetailSchema>;
