/**
 * The headline figures, defined once (issue #18). Every surface — dashboard API, portal, public
 * API, quarterly PDF/XLSX, infographic card — shows these names for these quantities only:
 *
 * | Name                    | Quantity                                                            |
 * | ----------------------- | ------------------------------------------------------------------- |
 * | Capaian                 | Σ weight × verified score ÷ Σ weight due, targets due in 1..q       |
 * | Kepatuhan tepat waktu   | reports first submitted by the deadline ÷ reports expected in q     |
 * | Terverifikasi           | reports accepted by the verifier ÷ reports expected in q            |
 * | Instansi dihitung       | institutions with at least one target due in q                      |
 * | Laporan terverifikasi   | number of accepted reports of targets due in q                      |
 * | Dampak tercapai         | accepted reports of targets due in q whose impact value reached the |
 * |                         | target ÷ those whose impact could be judged (impact.ts)             |
 * | Rata-rata capaian dampak | mean judged share (0–100) over the same reports                   |
 * | Mutu laporan terverif.  | those accepted reports by grade: administratif/terlaksana/berdampak  |
 *
 * Groups (nation, province, type, aksi) add their members' sums and only then divide: never a mean
 * of institutions' percentages. An accepted not-applicable claim leaves its target out of the
 * achievement and has no score ("tidak berlaku", null) — never 0.
 */
import { addSums, type Figures, figuresOf } from './dashboard.js';
import { EMPTY_SUMS, type FigureSums } from './figures.js';
import {
  addJudgedImpact,
  EMPTY_IMPACT_SUMS,
  type ImpactFigures,
  impactFiguresOf,
  type JudgedImpact,
} from './impact.js';
import type { BandThresholds } from './reports.js';

/** The one name of each headline figure, in both languages. */
export const FIGURE_NAMES = {
  achievement: { id: 'Capaian', en: 'Achievement' },
  onTimeRate: { id: 'Kepatuhan tepat waktu', en: 'On-time compliance' },
  verifiedRate: { id: 'Terverifikasi', en: 'Verified' },
  institutions: { id: 'Instansi dihitung', en: 'Institutions counted' },
  verified: { id: 'Laporan terverifikasi', en: 'Verified reports' },
  expected: { id: 'Laporan diharapkan', en: 'Reports expected' },
  notApplicable: { id: 'Tidak berlaku', en: 'Not applicable' },
  impactReached: { id: 'Dampak tercapai', en: 'Impact reached' },
  impactShare: { id: 'Rata-rata capaian dampak', en: 'Mean impact progress' },
  impactJudged: { id: 'Laporan dengan dampak terukur', en: 'Reports with judged impact' },
  grades: { id: 'Mutu laporan terverifikasi', en: 'Quality of verified reports' },
} as const;

export type FigureName = keyof typeof FIGURE_NAMES;

/** Whether an institution counts in "Instansi dihitung" at a quarter: it has a target due in it. */
export function countsAsInstitution(sums: Pick<FigureSums, 'expected'>): boolean {
  return sums.expected > 0;
}

/** The headline figures of a group: its figures and how many institutions count. */
export interface Headline extends Figures {
  institutions: number;
}

/** The headline figures of a group from its members' sums (one entry per institution). */
export function headlineOf(members: Iterable<FigureSums>, thresholds?: BandThresholds): Headline {
  let total: FigureSums = { ...EMPTY_SUMS };
  let institutions = 0;
  for (const member of members) {
    total = addSums(total, member);
    if (countsAsInstitution(member)) institutions++;
  }
  return { ...figuresOf(total, thresholds), institutions };
}

/** The score a verified result shows: null ("tidak berlaku") for an accepted not-applicable claim. */
export function shownScore(result: { notApplicable: boolean; score: number | null }): number | null {
  return result.notApplicable ? null : result.score;
}

/** A quarter as the portal chooses its headline: its dates and whether anything is due in it. */
export interface HeadlineQuarterInput {
  number: number;
  startsOn: string;
  verificationEndsOn: string;
  /** Targets due in the quarter, over the institutions shown. */
  expected: number;
}

/** Which quarter the portal grades, and which it shows as work in progress. */
export interface HeadlineQuarters {
  /** The latest quarter with targets due whose verification window has ended (before `today`). */
  graded: number | null;
  /** The earliest quarter with targets due that has begun and is still being reported or verified. */
  inProgress: number | null;
}

/**
 * The portal's headline (issue #18): a grade only for a quarter whose verification window has
 * ended, so a citizen never reads a quarter still being reported as a failing mark; the quarter
 * still open is shown as progress. `today` is a civil date (YYYY-MM-DD).
 */
export function headlineQuarters(quarters: readonly HeadlineQuarterInput[], today: string): HeadlineQuarters {
  let graded: number | null = null;
  let inProgress: number | null = null;
  for (const q of quarters) {
    if (q.expected === 0) continue;
    if (q.verificationEndsOn < today) {
      if (graded === null || q.number > graded) graded = q.number;
    } else if (q.startsOn <= today && (inProgress === null || q.number < inProgress)) {
      inProgress = q.number;
    }
  }
  return { graded, inProgress };
}

/**
 * "Dampak tercapai" and "Rata-rata capaian dampak" of a group from the judged impact of its
 * verified reports (accepted, not a not-applicable claim, targets due in the quarter). Reports whose
 * impact cannot be judged are left out of both; the group adds before it divides.
 */
export function impactHeadlineOf(reports: Iterable<Pick<JudgedImpact, 'share' | 'reached'>>): ImpactFigures {
  let sums = EMPTY_IMPACT_SUMS;
  for (const report of reports) sums = addJudgedImpact(sums, report);
  return impactFiguresOf(sums);
}
