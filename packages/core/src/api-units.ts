/** Request and response schemas of work units (unit kerja). */

import { UNIT_CODE, unitKindSchema } from './units.js';
import { z } from './zod.js';

const unitCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(
    z
      .string()
      .regex(UNIT_CODE, 'Kode unit: huruf, angka, titik, tanda hubung atau garis bawah, maksimal 24 karakter')
      .describe('Code local to the institution, e.g. BAPPEDA'),
  );

export const unitSchema = z.object({
  id: z.number().int(),
  institution: z.object({ code: z.string(), name: z.string() }),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: unitKindSchema,
  active: z.boolean(),
  targetCount: z.number().int().describe('Targets assigned to the unit (all periods)'),
  contributorCount: z.number().int().describe('Contributors limited to the unit'),
  contributorIds: z.array(z.number().int()).describe('Ids of the contributors limited to the unit'),
});
export type UnitDto = z.infer<typeof unitSchema>;

export const unitListSchema = z.object({ items: z.array(unitSchema) });

export const unitCreateSchema = z.object({
  code: unitCode,
  name: z.string().trim().min(3, 'Nama unit minimal 3 karakter').max(200),
  shortName: z.string().trim().max(40).nullable().optional(),
  kind: unitKindSchema,
  active: z.boolean().optional(),
});
export type UnitCreateRequest = z.infer<typeof unitCreateSchema>;

export const unitUpdateSchema = z
  .object({
    code: unitCode.optional(),
    name: z.string().trim().min(3, 'Nama unit minimal 3 karakter').max(200).optional(),
    shortName: z.string().trim().max(40).nullable().optional(),
    kind: unitKindSchema.optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Ubah setidaknya satu isian');
export type UnitUpdateRequest = z.infer<typeof unitUpdateSchema>;

export const institutionCodeParams = z.object({ code: z.string().trim().min(1).max(20) });

export const unitListQuerySchema = z.object({
  active: z.enum(['true', 'false']).optional().describe('Only active (true) or inactive (false) units'),
});

export const unitTargetsRequestSchema = z
  .object({
    period: z.string().trim().min(4).max(20).describe('Period code, e.g. 2025-2026'),
    unitId: z.number().int().positive().nullable().describe('The responsible unit; null removes the assignment'),
    targets: z.array(z.string().trim().min(1).max(20)).max(500).default([]).describe('Target codes, e.g. 1.1-TW2'),
    outputs: z
      .array(z.string().regex(/^\d{1,2}\.\d{1,2}$/))
      .max(100)
      .default([])
      .describe('Output codes: every target of the output in the period'),
  })
  .refine((body) => body.targets.length + body.outputs.length > 0, {
    message: 'Pilih setidaknya satu target atau output',
    path: ['targets'],
  });

export const unitTargetsResultSchema = z.object({
  assigned: z.number().int().describe('Targets whose responsible unit changed'),
  unchanged: z.number().int(),
});

export const unitContributorsRequestSchema = z.object({
  userIds: z
    .array(z.number().int().positive())
    .max(200)
    .describe('Contributors of the institution limited to this unit'),
});
