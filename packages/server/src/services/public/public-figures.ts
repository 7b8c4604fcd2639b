/**
 * Public figures: achievement and counts per institution and quarter computed from accepted reports
 * only, with the same rules as the internal figures (`computePerformance`). Submissions not yet
 * verified are a claim, not a fact: they count as not verified and their number is not published,
 * so `submitted` and `complete` of the internal figures have no public counterpart.
 */
import { bandOf, computePerformance, type PublicQuarterFigures, percent, triwulanLabel } from '@pantau/core';
import type { Executor } from '../../db/database.js';
import { listAssignedTargets } from '../../db/repositories/performance.repository.js';
import { listVerifiedReports } from '../../db/repositories/public-data.repository.js';

/** An institution's public figures for a period. */
export interface VerifiedFigures {
  quarters: PublicQuarterFigures[];
  lastVerifiedAt: string | null;
}

type VerifiedReport = Awaited<ReturnType<typeof listVerifiedReports>>[number];
type AssignedTarget = Awaited<ReturnType<typeof listAssignedTargets>>[number];

const latest = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);

/** The figures from one institution's targets and accepted reports (pure). */
export function verifiedFiguresOf(
  targets: readonly AssignedTarget[],
  reports: readonly VerifiedReport[],
): VerifiedFigures {
  const figures = computePerformance(
    targets.map((t) => ({ targetId: t.target_id, quarter: t.quarter_number, weight: t.weight })),
    reports.map((r) => ({
      targetId: r.target_id,
      state: 'accepted',
      weight: r.weight,
      score: r.field_score ?? r.score,
      notApplicableAccepted: r.na_accepted === 1,
      submitted: true,
      onTime: r.on_time === 1,
      evidenceComplete: false,
    })),
  );
  const lastByQuarter = new Map<number, string | null>();
  let lastVerifiedAt: string | null = null;
  for (const report of reports) {
    lastByQuarter.set(
      report.quarter_number,
      latest(lastByQuarter.get(report.quarter_number) ?? null, report.verified_at),
    );
    lastVerifiedAt = latest(lastVerifiedAt, report.verified_at);
  }
  return {
    lastVerifiedAt,
    quarters: figures.map((f) => ({
      quarter: f.quarter,
      label: triwulanLabel(f.quarter),
      achievement: f.achievement,
      band: f.achievement === null ? null : bandOf(f.achievement),
      expected: f.expected,
      verified: f.verified,
      verifiedOnTime: f.onTime,
      notApplicable: f.notApplicable,
      verifiedRate: percent(f.verified, f.expected),
      lastVerifiedAt: lastByQuarter.get(f.quarter) ?? null,
    })),
  };
}

function groupBy<T extends { institution_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.institution_id);
    if (list) list.push(row);
    else map.set(row.institution_id, [row]);
  }
  return map;
}

/** Public figures of several institutions in a period. */
export async function verifiedFigures(
  db: Executor,
  periodId: number,
  institutionIds: readonly number[],
): Promise<Map<number, VerifiedFigures>> {
  if (institutionIds.length === 0) return new Map();
  const [targets, reports] = await Promise.all([
    listAssignedTargets(db, institutionIds, periodId),
    listVerifiedReports(db, institutionIds, periodId),
  ]);
  const targetsOf = groupBy(targets);
  const reportsOf = groupBy(reports);
  return new Map(institutionIds.map((id) => [id, verifiedFiguresOf(targetsOf.get(id) ?? [], reportsOf.get(id) ?? [])]));
}
