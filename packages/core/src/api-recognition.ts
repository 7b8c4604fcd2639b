/** Request and response shapes of recognition (apresiasi): the public list and a certificate's verification. */
import { institutionTypeSchema } from './institutions.js';
import { periodCodeSchema } from './period-code.js';
import { z } from './zod.js';

export const recognitionQuerySchema = z.object({
  period: periodCodeSchema.optional().describe('Default: the latest active period'),
  quarter: z.coerce
    .number()
    .int()
    .min(1)
    .max(8)
    .optional()
    .describe('A quarter whose verification window has ended; without it: the period as it stands'),
});

export const recognitionEntrySchema = z.object({
  category: z.enum(['best', 'improved']).describe('best: highest capaian × mutu; improved: largest rise'),
  type: institutionTypeSchema,
  place: z.number().int().describe('1–3; institutions with equal merit share a place'),
  institution: z.object({ code: z.string(), name: z.string() }),
  achievement: z.number().describe('Capaian (headline achievement) at that point, 0–100'),
  quality: z.number().describe('Mean grade weight of accepted reports: administratif 0.5, terlaksana 0.8, berdampak 1'),
  merit: z.number().describe('Capaian × mutu, 0–100'),
  previousMerit: z.number().nullable().describe('Merit at the previous quarter or period'),
  improvement: z.number().nullable().describe('merit − previousMerit'),
  code: z.string().describe('Verification code printed on the certificate'),
  certificateUrl: z.string().describe('The certificate (PDF)'),
  verifyUrl: z.string().describe('The portal page confirming the certificate'),
});
export type RecognitionEntryDto = z.infer<typeof recognitionEntrySchema>;

export const recognitionSchema = z.object({
  period: z.string(),
  quarter: z.number().int().nullable().describe('The quarter judged; null: no quarter has finished verification yet'),
  scope: z.enum(['quarter', 'period']),
  comparedWith: z
    .object({ period: z.string(), quarter: z.number().int() })
    .nullable()
    .describe('The point "most improved" compares with'),
  /** Quarters whose verification window has ended, to choose from. */
  gradedQuarters: z.array(z.number().int()),
  entries: z.array(recognitionEntrySchema),
});
export type RecognitionDto = z.infer<typeof recognitionSchema>;
