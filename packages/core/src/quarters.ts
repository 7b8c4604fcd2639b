/**
 * Periods and quarters of a Stranas PK action plan. A period spans two calendar years and its
 * quarters are numbered across the period: Triwulan I is Q1 of the first year, Triwulan V is
 * Q1 of the second year.
 */
import { addDays, endOfDay, lastDayOfMonth } from './dates.js';

/** Number of quarters in every period. */
export const QUARTERS_PER_PERIOD = 8;

/** Days after a quarter ends until its reporting deadline, unless the period says otherwise. */
export const DEFAULT_DEADLINE_DAYS = 10;

/** Days after the reporting deadline that verifiers have to judge the quarter's reports. */
export const DEFAULT_VERIFICATION_DAYS = 30;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] as const;

/** One quarter of a period with its calendar span and default deadlines. */
export interface QuarterSpan {
  /** 1–8 across the period. */
  number: number;
  /** Calendar year and quarter of that year (1–4). */
  year: number;
  quarterOfYear: number;
  startsOn: string;
  endsOn: string;
  deadline: string;
  verificationEndsOn: string;
}

/** Deadline settings of a period; both default to the programme's usual values. */
export interface DeadlineRules {
  deadlineDays?: number;
  verificationDays?: number;
}

/** The code of the period starting in `startYear`, e.g. `2025-2026`. */
export function periodCode(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

/** Parses a period code like `2025-2026` into its start year, or returns null. */
export function parsePeriodCode(code: string): number | null {
  const match = /^(\d{4})-(\d{4})$/.exec(code);
  if (!match) return null;
  const start = Number(match[1]);
  return Number(match[2]) === start + 1 ? start : null;
}

/** "Triwulan V" for 5. */
export function triwulanLabel(quarterNumber: number): string {
  return `Triwulan ${romanQuarter(quarterNumber)}`;
}

/** Roman numeral of a quarter number 1–8. */
export function romanQuarter(quarterNumber: number): string {
  const roman = ROMAN[quarterNumber - 1];
  if (!roman) throw new RangeError(`Quarter number must be 1–${QUARTERS_PER_PERIOD}: ${quarterNumber}`);
  return roman;
}

/** The calendar span and default deadlines of quarter `quarterNumber` of the period starting in `startYear`. */
export function quarterSpan(startYear: number, quarterNumber: number, rules: DeadlineRules = {}): QuarterSpan {
  romanQuarter(quarterNumber);
  const year = startYear + Math.floor((quarterNumber - 1) / 4);
  const quarterOfYear = ((quarterNumber - 1) % 4) + 1;
  const firstMonth = (quarterOfYear - 1) * 3 + 1;
  const endsOn = lastDayOfMonth(year, firstMonth + 2);
  const deadline = addDays(endsOn, rules.deadlineDays ?? DEFAULT_DEADLINE_DAYS);
  return {
    number: quarterNumber,
    year,
    quarterOfYear,
    startsOn: `${year}-${String(firstMonth).padStart(2, '0')}-01`,
    endsOn,
    deadline,
    verificationEndsOn: addDays(deadline, rules.verificationDays ?? DEFAULT_VERIFICATION_DAYS),
  };
}

/** All eight quarters of the period starting in `startYear`. */
export function periodQuarters(startYear: number, rules: DeadlineRules = {}): QuarterSpan[] {
  return Array.from({ length: QUARTERS_PER_PERIOD }, (_, i) => quarterSpan(startYear, i + 1, rules));
}

/** The quarter of the period that contains `date`, or null when the date lies outside the period. */
export function quarterNumberOn(startYear: number, date: string): number | null {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const offset = year - startYear;
  if (offset < 0 || offset > 1) return null;
  return offset * 4 + Math.floor((month - 1) / 3) + 1;
}

/**
 * The deadline an institution reports a quarter by: its extension when it has one that falls after
 * the quarter's deadline, else the quarter's (an extension never shortens the time to report).
 */
export function institutionDeadline(quarterDeadline: string, extension: string | null | undefined): string {
  return extension && extension > quarterDeadline ? extension : quarterDeadline;
}

/**
 * Whether a submission at `submittedAt` (ISO instant) meets a deadline date. The deadline day
 * is counted whole, in Western Indonesian Time, where the national secretariat sits.
 */
export function isOnTime(submittedAt: string, deadline: string): boolean {
  return new Date(submittedAt).getTime() <= new Date(endOfDay(deadline, 'WIB')).getTime();
}

/**
 * The latest quarter whose verification has ended by `today` (the day after its
 * `verificationEndsOn`), or null when none has: the last quarter with final figures.
 */
export function latestVerifiedQuarter(
  quarters: readonly { number: number; verificationEndsOn: string }[],
  today: string,
): number | null {
  let latest: number | null = null;
  for (const quarter of quarters) {
    if (quarter.verificationEndsOn < today && (latest === null || quarter.number > latest)) latest = quarter.number;
  }
  return latest;
}

/** The name a new period gets unless admin gives one, e.g. "Aksi Pencegahan Korupsi 2027–2028". */
export function defaultPeriodName(startYear: number): string {
  return `Aksi Pencegahan Korupsi ${startYear}–${startYear + 1}`;
}

/**
 * Whether report writes in a quarter are refused: once a quarter is closed its sample is drawn,
 * so nothing may be submitted, accepted or changed unless admin unlocked that report.
 */
export function isQuarterLocked(quarterStatus: string, unlocked: boolean): boolean {
  return quarterStatus === 'closed' && !unlocked;
}
