/**
 * Recognition (apresiasi, docs/user-guide/recognition.md): the one rule that says which
 * institutions are recognised at a quarter or for a period. Pure: the server gathers verified
 * figures and grades, this decides.
 *
 * 1. Only institutions with a verified result (an accepted report of a target due so far) take part.
 * 2. Quality = the mean grade weight of their accepted, graded reports of targets due so far:
 *    administratif 0.5, terlaksana 0.8, berdampak 1.0 (accepted not-applicable claims carry no grade
 *    and are left out). No graded report: no quality, no place.
 * 3. Merit ("capaian × mutu") = Capaian (the headline achievement, core/headline.ts) × quality,
 *    rounded to one decimal, 0–100.
 * 4. Best: per institution type (K/L, provinsi, kabupaten, kota), ranked by merit; places 1–3,
 *    ties share a place (core/ranking.ts), so a place may hold more than one institution.
 * 5. Most improved: merit now minus merit at the previous quarter (for a period: at the end of
 *    the previous period), both computed by this rule; only a rise counts; places 1–3 per type.
 */
import type { InstitutionType } from './institutions.js';
import { rankWithTies } from './ranking.js';
import type { QualityGrade } from './reports.js';

/** How much each quality grade weighs in the quality factor. */
export const GRADE_WEIGHTS: Readonly<Record<QualityGrade, number>> = {
  administratif: 0.5,
  terlaksana: 0.8,
  berdampak: 1,
};

/** Places recognised per type and category. */
export const RECOGNISED_PLACES = 3;

/** Accepted, graded reports of an institution, counted per grade. */
export type GradeCounts = Readonly<Record<QualityGrade, number>>;

/** An institution's standing at one point (a quarter, or the end of a period). */
export interface RecognitionStanding {
  /** Capaian at that point (0–100), null when nothing is due. */
  achievement: number | null;
  /** Accepted reports of targets due so far. */
  verified: number;
  grades: GradeCounts;
}

/** An institution taking part, now and at the point it is compared with. */
export interface RecognitionCandidate {
  code: string;
  name: string;
  type: InstitutionType;
  now: RecognitionStanding;
  /** The previous quarter (or the end of the previous period); null: nothing to compare with. */
  previous: RecognitionStanding | null;
}

export type RecognitionCategory = 'best' | 'improved';

/** A recognised institution: its place, in which category and type, and the figures behind it. */
export interface RecognitionEntry {
  category: RecognitionCategory;
  type: InstitutionType;
  place: number;
  code: string;
  name: string;
  achievement: number;
  /** 0.5–1.0 */
  quality: number;
  merit: number;
  /** Merit at the previous point; null for `best` entries without one. */
  previousMerit: number | null;
  /** merit − previousMerit, for `improved` entries. */
  improvement: number | null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** The quality factor of some graded reports (0.5–1.0), null when none is graded. */
export function qualityOf(grades: GradeCounts): number | null {
  let count = 0;
  let sum = 0;
  for (const grade of Object.keys(GRADE_WEIGHTS) as QualityGrade[]) {
    count += grades[grade];
    sum += grades[grade] * GRADE_WEIGHTS[grade];
  }
  return count === 0 ? null : round3(sum / count);
}

/** Capaian × mutu of a standing, null when it does not take part (no verified result, grade or achievement). */
export function meritOf(standing: RecognitionStanding | null): number | null {
  if (!standing || standing.verified === 0 || standing.achievement === null) return null;
  const quality = qualityOf(standing.grades);
  return quality === null ? null : round1(standing.achievement * quality);
}

const TYPES: readonly InstitutionType[] = ['kl', 'provinsi', 'kabupaten', 'kota'];

/** The recognised institutions: best and most improved, per type, places 1–3 with shared places. */
export function recognise(candidates: readonly RecognitionCandidate[]): RecognitionEntry[] {
  const entries: RecognitionEntry[] = [];
  const byName = (a: RecognitionCandidate, b: RecognitionCandidate) => a.name.localeCompare(b.name, 'id');
  for (const type of TYPES) {
    const ofType = candidates.filter((c) => c.type === type);
    const entry = (c: RecognitionCandidate, category: RecognitionCategory, place: number): RecognitionEntry => {
      const merit = meritOf(c.now) as number;
      const previousMerit = meritOf(c.previous);
      return {
        category,
        type,
        place,
        code: c.code,
        name: c.name,
        achievement: c.now.achievement as number,
        quality: qualityOf(c.now.grades) as number,
        merit,
        previousMerit,
        improvement: previousMerit === null ? null : round1(merit - previousMerit),
      };
    };
    for (const ranked of rankWithTies(ofType, (c) => meritOf(c.now), { tieOrder: byName })) {
      if (ranked.rank <= RECOGNISED_PLACES) entries.push(entry(ranked.item, 'best', ranked.rank));
    }
    const rise = (c: RecognitionCandidate) => {
      const now = meritOf(c.now);
      const before = meritOf(c.previous);
      if (now === null || before === null) return null;
      const change = round1(now - before);
      return change > 0 ? change : null;
    };
    for (const ranked of rankWithTies(ofType, rise, { tieOrder: byName })) {
      if (ranked.rank <= RECOGNISED_PLACES) entries.push(entry(ranked.item, 'improved', ranked.rank));
    }
  }
  return entries;
}
