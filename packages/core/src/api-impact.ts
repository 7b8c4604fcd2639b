/** Shapes of judged impact in the API: one report's (public data) and a group's ("Dampak tercapai"). */

import { IMPACT_DIRECTIONS } from './impact.js';
import { z } from './zod.js';

/** A verified report's impact value with its indicator's raw numbers and the judged share. */
export const publicImpactSchema = z.object({
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  target: z.number().nullable().describe('The indicator’s target value; null when none is set'),
  direction: z.enum(IMPACT_DIRECTIONS).describe('`higher` or `lower` is better'),
  source: z.string().nullable().describe('Where the figure comes from'),
  value: z.number().nullable().describe('The value the institution reported'),
  share: z
    .number()
    .nullable()
    .describe('Share of the way from baseline to target, capped 0–100; null when it cannot be judged'),
  reached: z.boolean().nullable().describe('The value reached or went beyond the target'),
  text: z.string().describe('The judged impact in words (Bahasa Indonesia), e.g. "14 → 9 dari target 5 hari, …: 56 %"'),
});
export type PublicImpactDto = z.infer<typeof publicImpactSchema>;

/** "Dampak tercapai" and "Rata-rata capaian dampak" of a group at a quarter (headline.ts). */
export const impactFiguresSchema = z.object({
  judged: z.number().int().describe('Verified reports of targets due in the quarter whose impact could be judged'),
  reached: z.number().int().describe('Of those, the ones whose value reached the target'),
  reachedRate: z.number().nullable().describe('Dampak tercapai: reached ÷ judged, in percent'),
  meanShare: z.number().nullable().describe('Rata-rata capaian dampak: mean judged share, in percent'),
});
