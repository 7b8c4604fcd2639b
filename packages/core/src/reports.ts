/** Report states, quality grades and achievement bands (docs/design.md#the-domain, #quality-and-impact). */
import { z } from './zod.js';

/** States of a report, from first draft to the verifier's judgement. */
export const REPORT_STATES = ['draft', 'ready', 'submitted', 'in_review', 'accepted', 'revision_requested'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const reportStateSchema = z.enum(REPORT_STATES);

/** The verifier's quality rubric: documents only, implemented, impact shown. */
export const QUALITY_GRADES = ['administratif', 'terlaksana', 'berdampak'] as const;
export type QualityGrade = (typeof QUALITY_GRADES)[number];
export const qualityGradeSchema = z.enum(QUALITY_GRADES);

/** Achievement bands. */
export const BANDS = ['baik', 'cukup', 'kurang'] as const;
export type Band = (typeof BANDS)[number];

/** Lower bounds of the bands; configurable per deployment. */
export interface BandThresholds {
  baik: number;
  cukup: number;
}
export const DEFAULT_BAND_THRESHOLDS: BandThresholds = { baik: 80, cukup: 60 };

/** The band of an achievement score 0–100. */
export function bandOf(score: number, thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS): Band {
  if (score >= thresholds.baik) return 'baik';
  if (score >= thresholds.cukup) return 'cukup';
  return 'kurang';
}
