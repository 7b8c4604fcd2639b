/**
 * The institution's quarter at a glance: for each target, where its report stands and what is
 * missing, so the board can highlight late and incomplete work and the homes can count it.
 */
import type { InstitutionTargetsDto, ReportState } from '@pantau/core';

export type TargetRow = InstitutionTargetsDto['targets'][number];

/** A target's standing on the board: the report's state, or `not_started` when there is none. */
export type BoardStatus = ReportState | 'not_started';

/** The order in which states are listed: what still needs work first. */
export const BOARD_STATUSES: readonly BoardStatus[] = [
  'not_started',
  'revision_requested',
  'draft',
  'ready',
  'submitted',
  'in_review',
  'accepted',
];

/** States in which the institution can still change the report. */
const OPEN_STATES: readonly BoardStatus[] = ['not_started', 'draft', 'revision_requested', 'ready'];

export function boardStatus(row: TargetRow): BoardStatus {
  return row.report?.state ?? 'not_started';
}

/** Evidence checklist items not yet covered by any evidence. */
export function missingEvidence(row: TargetRow): number {
  return Math.max(0, row.evidenceRequired - (row.report?.evidenceCovered ?? 0));
}

/** Late: not yet sent nationally after the deadline, or sent after it. */
export function isLate(row: TargetRow, daysLeft: number): boolean {
  if (row.report?.onTime === false) return true;
  return daysLeft < 0 && OPEN_STATES.includes(boardStatus(row));
}

/** Whether the institution still has work to do on this target. */
export function isOpen(row: TargetRow): boolean {
  return OPEN_STATES.includes(boardStatus(row));
}

export interface BoardSummary {
  total: number;
  byStatus: Record<BoardStatus, number>;
  late: number;
  /** Targets still open whose evidence checklist is not fully covered. */
  incomplete: number;
}

/** Counts per status, late and incomplete targets. */
export function summarizeBoard(data: Pick<InstitutionTargetsDto, 'targets' | 'daysLeft'>): BoardSummary {
  const byStatus = Object.fromEntries(BOARD_STATUSES.map((status) => [status, 0])) as Record<BoardStatus, number>;
  let late = 0;
  let incomplete = 0;
  for (const row of data.targets) {
    byStatus[boardStatus(row)] += 1;
    if (isLate(row, data.daysLeft)) late += 1;
    if (isOpen(row) && missingEvidence(row) > 0) incomplete += 1;
  }
  return { total: data.targets.length, byStatus, late, incomplete };
}

/** Rows sorted for the board: open work first (in BOARD_STATUSES order), then by target code. */
export function sortForBoard(rows: readonly TargetRow[]): TargetRow[] {
  const rank = (row: TargetRow) => BOARD_STATUSES.indexOf(boardStatus(row));
  return [...rows].sort(
    (a, b) => rank(a) - rank(b) || a.targetCode.localeCompare(b.targetCode, 'en', { numeric: true }),
  );
}
