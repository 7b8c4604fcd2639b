/** Query shapes of the generated documents: quarterly and semester reports, institution report cards. */

import { periodCodeSchema } from './period-code.js';
import { z } from './zod.js';

const period = periodCodeSchema;

export const DOCUMENT_FORMATS = ['pdf', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const quarterlyDocumentQuerySchema = z.object({
  period,
  quarter: z.coerce.number().int().min(1).max(8).describe('Triwulan 1–8 of the period'),
  format: z.enum(DOCUMENT_FORMATS).default('pdf'),
});

export const semesterDocumentQuerySchema = z.object({
  period,
  semester: z.coerce.number().int().min(1).max(4).describe('Semester 1–4: quarters 2s−1 and 2s'),
  format: z.enum(DOCUMENT_FORMATS).default('pdf'),
});

export const reportCardQuerySchema = z.object({
  institution: z.string().min(1).max(20).describe('Institution code'),
  period,
  quarter: z.coerce.number().int().min(1).max(8),
});
