/**
 * Shaping of the monitoring dashboards (issue #6): every figure on a dashboard is a ratio of
 * additive sums, so groups (a province, a type, an aksi) add their members' sums and only then
 * divide. Achievement = Σ weighted score ÷ Σ weight due, never a mean of means; each compliance
 * count is a subset of `expected`, so no rate exceeds 100 %.
 */

import { EMPTY_SUMS, type FigureSums, percent, roundOne } from './figures.js';
import { type GradeDistribution, gradeDistribution } from './quality-grades.js';
import { latestVerifiedQuarter, QUARTERS_PER_PERIOD, quarterNumberOn } from './quarters.js';
import { type Band, type BandThresholds, bandOf, DEFAULT_BAND_THRESHOLDS } from './reports.js';

/** Figures as the API shows them: the sums, the achievement, its band and the compliance rates. */
export interface Figures extends FigureSums {
  achievement: number | null;
  band: Band | null;
  rates: { submitted: number | null; onTime: number | null; complete: number | null; verified: number | null };
  /** The verified reports of quarter q by quality grade. */
  grades: GradeDistribution;
}

const SUM_KEYS = Object.keys(EMPTY_SUMS) as (keyof FigureSums)[];

/** The sums of two groups together. */
export function addSums(a: FigureSums, b: FigureSums): FigureSums {
  const total = { ...EMPTY_SUMS };
  for (const key of SUM_KEYS) total[key] = a[key] + b[key];
  return total;
}

/** Achievement (0–100, one decimal) of a group, or null when nothing is due. */
export function achievementOf(sums: Pick<FigureSums, 'weightDue' | 'weightedScore'>): number | null {
  return sums.weightDue === 0 ? null : roundOne(sums.weightedScore / sums.weightDue);
}

/** The figures of a group from its sums. */
export function figuresOf(sums: FigureSums, thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS): Figures {
  const achievement = achievementOf(sums);
  return {
    ...sums,
    achievement,
    band: achievement === null ? null : bandOf(achievement, thresholds),
    rates: {
      submitted: percent(sums.submitted, sums.expected),
      onTime: percent(sums.onTime, sums.expected),
      complete: percent(sums.complete, sums.expected),
      verified: percent(sums.verified, sums.expected),
    },
    grades: gradeDistribution(sums),
  };
}

/** Adds up rows that share a key (e.g. outputs into their aksi), keeping the first-seen order of keys. */
export function rollUp<T extends FigureSums>(rows: readonly T[], keyOf: (row: T) => string): Map<string, FigureSums> {
  const groups = new Map<string, FigureSums>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, addSums(groups.get(key) ?? EMPTY_SUMS, row));
  }
  return groups;
}

/** What the targets of one output weigh, as of quarter q. */
export interface OutputTargetSums {
  /** Σ current weight of the output's targets due in quarters 1..q. */
  weightSoFar: number;
  /** Targets of the output due in quarter q. */
  dueInQuarter: number;
}

/** What the reports of one output (within one group of institutions) add to its figures. */
export interface OutputReportSums {
  /**
   * Σ over accepted reports in quarters 1..q of (the weight of the version judged, or 0 for a
   * not-applicable claim) − (the current weight already counted for the target).
   */
  weightAdjustment: number;
  weightedScore: number;
  submitted: number;
  onTime: number;
  complete: number;
  verified: number;
  notApplicable: number;
  administratif: number;
  terlaksana: number;
  berdampak: number;
}

/**
 * The sums of one output for a group of `assigned` institutions: every assigned institution owes
 * every due target at its current weight, then accepted reports replace that weight with the
 * version they were judged on (or drop it for a not-applicable claim) and add their score. This
 * is `computeFigures` summed over institutions, in a form SQL can group.
 */
export function outputSums(
  targets: OutputTargetSums,
  assigned: number,
  reports: OutputReportSums | undefined,
): FigureSums {
  const r = reports;
  return {
    weightDue: targets.weightSoFar * assigned + (r?.weightAdjustment ?? 0),
    weightedScore: r?.weightedScore ?? 0,
    expected: targets.dueInQuarter * assigned,
    submitted: r?.submitted ?? 0,
    onTime: r?.onTime ?? 0,
    complete: r?.complete ?? 0,
    verified: r?.verified ?? 0,
    notApplicable: r?.notApplicable ?? 0,
    administratif: r?.administratif ?? 0,
    terlaksana: r?.terlaksana ?? 0,
    berdampak: r?.berdampak ?? 0,
  };
}

/** A period as the dashboards choose among them. */
export interface DashboardPeriod {
  code: string;
  startYear: number;
}

/** The period a dashboard shows by default: the one containing `today`, else the newest. */
export function defaultPeriod<T extends DashboardPeriod>(periods: readonly T[], today: string): T | undefined {
  const current = periods.find((p) => quarterNumberOn(p.startYear, today) !== null);
  return current ?? [...periods].sort((a, b) => b.startYear - a.startYear)[0];
}

/**
 * The quarter a dashboard shows by default: the latest whose verification has ended, so the first
 * screen shows final figures rather than a quarter still being reported (where every institution
 * is "Kurang"). Before any has ended, the quarter containing `today`, clamped to the period.
 */
export function defaultQuarter(
  startYear: number,
  today: string,
  quarters: readonly { number: number; verificationEndsOn: string }[],
): number {
  const verified = latestVerifiedQuarter(quarters, today);
  if (verified !== null) return verified;
  const current = quarterNumberOn(startYear, today);
  if (current !== null) return current;
  return today < `${startYear}-01-01` ? 1 : QUARTERS_PER_PERIOD;
}

/** An institution's compliance in one quarter, for the "late again and again" warning. */
export interface QuarterCompliance {
  institutionId: number;
  quarter: number;
  expected: number;
  onTime: number;
}

/** An institution late in several quarters: which, and how many reports were late or missing. */
export interface RepeatedLateness {
  institutionId: number;
  lateQuarters: number[];
  /** Σ (expected − on time) over those quarters: reports late or still missing. */
  missing: number;
}

/**
 * Institutions late in at least `minimum` of the given quarters, most quarters first, then most
 * reports missing. Late in a quarter = at least one target due in it was not submitted on time.
 */
export function repeatedlyLate(rows: readonly QuarterCompliance[], minimum: number): RepeatedLateness[] {
  const byInstitution = new Map<number, RepeatedLateness>();
  for (const row of rows) {
    if (row.expected === 0 || row.onTime >= row.expected) continue;
    const entry = byInstitution.get(row.institutionId) ?? {
      institutionId: row.institutionId,
      lateQuarters: [],
      missing: 0,
    };
    entry.lateQuarters.push(row.quarter);
    entry.missing += row.expected - row.onTime;
    byInstitution.set(row.institutionId, entry);
  }
  return [...byInstitution.values()]
    .filter((entry) => entry.lateQuarters.length >= minimum)
    .map((entry) => ({ ...entry, lateQuarters: [...entry.lateQuarters].sort((a, b) => a - b) }))
    .sort((a, b) => b.lateQuarters.length - a.lateQuarters.length || b.missing - a.missing);
}

/** The last `count` quarters up to `quarter` whose reporting deadline has passed by `today`. */
export function closedQuarters(
  quarters: readonly { number: number; deadline: string }[],
  quarter: number,
  today: string,
  count: number,
): number[] {
  return quarters
    .filter((q) => q.number <= quarter && q.number > quarter - count && q.deadline < today)
    .map((q) => q.number)
    .sort((a, b) => a - b);
}

/** The change between two shown figures, rounded like them. */
export function changeOf(previous: number, current: number): number {
  return roundOne(current - previous);
}

/** Names of institution types as dashboards show them (Bahasa Indonesia). */
export const INSTITUTION_TYPE_NAMES = {
  kl: 'Kementerian/Lembaga',
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
} as const;

/** Orders codes like people read them: 2 before 10, 1.2 before 1.10. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
