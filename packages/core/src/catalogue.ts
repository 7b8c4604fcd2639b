/** The action catalogue: fokus → aksi → output (sub-aksi) → quarterly targets (DESIGN §2). */
import { z } from 'zod';
import { QUARTERS_PER_PERIOD } from './quarters.js';

/** A fokus or aksi code: a number, e.g. `2` or `12`. */
export const aksiCodeSchema = z.string().regex(/^\d{1,2}$/, 'Kode fokus/aksi berupa angka, contoh: 3');

/** An output code: aksi code, dot, number, e.g. `3.2`. */
export const outputCodeSchema = z.string().regex(/^\d{1,2}\.\d{1,2}$/, 'Kode output berformat aksi.nomor, contoh: 3.2');

/** A quarter number within a period, 1–8. */
export const quarterNumberSchema = z.number().int().min(1).max(QUARTERS_PER_PERIOD);

/** An impact indicator a target may declare: a number with unit and baseline. */
export const impactIndicatorSchema = z.object({
  name: z.string().min(3).max(200),
  unit: z.string().min(1).max(40),
  baseline: z.number().finite(),
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
