/**
 * The grade-weight rule (issue #18; docs/configuration.md, PANTAU_ADMINISTRATIF_WEIGHT): how the
 * verifier's quality grade weighs in achievement.
 */
import { formatNumber, type Lang } from './format.js';
import type { QualityGrade } from './reports.js';
import { z } from './zod.js';

/**
 * How the quality grade weighs in achievement (issue #18), one setting for the whole instance: an
 * accepted report graded administratif counts its score × `administratif` (0–1) in every
 * achievement figure; terlaksana and berdampak count in full. 1 is off (the default): the score
 * counts as the verifier gave it. When on, every surface showing achievement says so
 * (`gradeWeightLabel`).
 */
export interface GradeWeightRule {
  administratif: number;
}

/** The rule off: every grade counts in full. */
export const NO_GRADE_WEIGHT: Readonly<GradeWeightRule> = Object.freeze({ administratif: 1 });

/** Whether the rule changes any figure. */
export function gradeWeightOn(rule: GradeWeightRule): boolean {
  return rule.administratif !== 1;
}

/** What an accepted report's score is multiplied by in achievement, given its grade. */
export function gradeFactor(grade: QualityGrade | null, rule: GradeWeightRule): number {
  return grade === 'administratif' ? rule.administratif : 1;
}

/** The rule as every achievement figure is labelled while it is on ("dengan bobot mutu: administratif × 0,5"); null when off. */
export function gradeWeightLabel(rule: GradeWeightRule | null | undefined, lang: Lang = 'id'): string | null {
  if (!rule || !gradeWeightOn(rule)) return null;
  const factor = formatNumber(rule.administratif, lang, { maximumFractionDigits: 2 });
  return lang === 'id'
    ? `dengan bobot mutu: administratif × ${factor}`
    : `quality-weighted: administrative × ${factor}`;
}

/** The rule from its configured value ("1" or "off": off; a number 0–1: the administratif factor), or null when invalid. */
export function parseGradeWeight(value: string): GradeWeightRule | null {
  const text = value.trim().toLowerCase();
  if (text === '' || text === 'off') return { ...NO_GRADE_WEIGHT };
  if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(text)) return null;
  return { administratif: Number(text) };
}

/** The rule's schema in API answers: null while off. */
export const gradeWeightSchema = z
  .object({ administratif: z.number().describe('An administratif-graded score counts × this in achievement') })
  .nullable()
  .describe('The grade-weight rule in force (docs/configuration.md): null when off');
