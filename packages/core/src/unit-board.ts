/**
 * The focal point's unit board: for each work unit, how its targets due in a quarter stand. A
 * target counts under the same inputs as the institution's figures (`FigureReport`, figures.ts),
 * so the board's totals are the institution's counts: due = expected, submitted = submitted,
 * accepted = verified, submitted and not late = on time, submitted with no evidence missing =
 * complete.
 */
import type { FigureReport } from './figures.js';

/** What the board counts per unit, in its column order. */
export const UNIT_BOARD_MEASURES = [
  'due',
  'started',
  'ready',
  'submitted',
  'accepted',
  'late',
  'missingEvidence',
] as const;
export type UnitBoardMeasure = (typeof UNIT_BOARD_MEASURES)[number];

/** A count for each measure. */
export type UnitBoardCounts = Record<UnitBoardMeasure, number>;

/** Counts of nothing. */
export function emptyBoardCounts(): UnitBoardCounts {
  return Object.fromEntries(UNIT_BOARD_MEASURES.map((m) => [m, 0])) as UnitBoardCounts;
}

/**
 * The late rule: a report first submitted after the deadline (or the institution's extension), or
 * a target not submitted at all once the deadline has passed.
 */
export function isLateTarget(report: Pick<FigureReport, 'submitted' | 'onTime'> | undefined, deadlinePassed: boolean) {
  return report?.submitted ? !report.onTime : deadlinePassed;
}

/**
 * The measures a target due in the quarter counts under. Started: a report exists; ready: waiting
 * for the focal point; submitted: sent nationally at least once; accepted: verified; missing
 * evidence: some item of the evidence checklist has no evidence (no report: all of it).
 */
export function targetMeasures(report: FigureReport | undefined, deadlinePassed: boolean): UnitBoardMeasure[] {
  const measures: UnitBoardMeasure[] = ['due'];
  if (report) measures.push('started');
  if (report?.state === 'ready') measures.push('ready');
  if (report?.submitted) measures.push('submitted');
  if (report?.state === 'accepted') measures.push('accepted');
  if (isLateTarget(report, deadlinePassed)) measures.push('late');
  if (!report?.evidenceComplete) measures.push('missingEvidence');
  return measures;
}

/** Adds up the measures of targets. */
export function countMeasures(targets: readonly { measures: readonly UnitBoardMeasure[] }[]): UnitBoardCounts {
  const counts = emptyBoardCounts();
  for (const target of targets) for (const measure of target.measures) counts[measure]++;
  return counts;
}

/** How long a unit's contributors are left alone after a reminder: one a day at most. */
export const UNIT_REMINDER_INTERVAL_MS = 24 * 60 * 60_000;

/** Milliseconds until the unit may be reminded again (0: now), given when it last was. */
export function unitReminderWait(lastRemindedAt: string | null, now: Date): number {
  if (lastRemindedAt === null) return 0;
  return Math.max(0, new Date(lastRemindedAt).getTime() + UNIT_REMINDER_INTERVAL_MS - now.getTime());
}
