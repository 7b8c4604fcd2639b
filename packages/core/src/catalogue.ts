/** The action catalogue: fokus → aksi → output (sub-aksi) → quarterly targets (docs/design.md#the-domain). */

import { IMPACT_DIRECTIONS, targetAgreesWithDirection } from './impact.js';
import { QUARTERS_PER_PERIOD } from './quarters.js';
import { z } from './zod.js';

/** A fokus or aksi code: a number, e.g. `2` or `12`. */
export const aksiCodeSchema = z.string().regex(/^\d{1,2}$/, 'Kode fokus/aksi berupa angka, contoh: 3');

/** An output code: aksi code, dot, number, e.g. `3.2`. */
export const outputCodeSchema = z.string().regex(/^\d{1,2}\.\d{1,2}$/, 'Kode output berformat aksi.nomor, contoh: 3.2');

/** A quarter number within a period, 1–8. */
export const quarterNumberSchema = z.number().int().min(1).max(QUARTERS_PER_PERIOD);

/**
 * An impact indicator a target may declare: a number with its unit, the baseline before the
 * period, the target value, which way is better and where the figure comes from. A report's value
 * is judged against it (impact.ts).
 */
export const impactIndicatorSchema = z
  .object({
    name: z.string().min(3).max(200),
    unit: z.string().min(1).max(40),
    baseline: z.number().finite(),
    target: z.number().finite().nullable().describe('The value to reach; null when none is set (cannot be judged)'),
    direction: z.enum(IMPACT_DIRECTIONS).describe('`higher` or `lower` is better'),
    source: z.string().max(300).nullable().describe('Where the figure comes from, e.g. a survey or a system'),
  })
  .refine((i) => i.target === null || targetAgreesWithDirection(i.baseline, i.target, i.direction), {
    path: ['target'],
    message: 'Nilai target harus berbeda dari nilai awal, ke arah yang lebih baik (lebih tinggi/lebih rendah)',
  });
export type ImpactIndicator = z.infer<typeof impactIndicatorSchema>;

/** The content of one version of a quarterly target. */
export const targetContentSchema = z.object({
  successMeasure: z.string().min(5).max(2000),
  evidenceChecklist: z.array(z.string().min(3).max(300)).min(1).max(20),
  weight: z.number().int().min(1).max(100),
  impact: impactIndicatorSchema.nullable(),
});
export type TargetContent = z.infer<typeof targetContentSchema>;

/** The code of the target of output `outputCode` due in quarter `quarterNumber`, e.g. `3.2-TW4`. */
export function targetCode(outputCode: string, quarterNumber: number): string {
  return `${outputCode}-TW${quarterNumber}`;
}

/** Orders dotted numeric codes naturally: 2 < 10, 1.2 < 1.10. */
export function byNumericCode(a: { code: string }, b: { code: string }): number {
  return a.code.localeCompare(b.code, 'en', { numeric: true });
}
