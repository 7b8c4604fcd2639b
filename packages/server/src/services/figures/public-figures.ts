/**
 * Public figures: achievement and counts per institution and quarter computed from accepted reports
 * only, through the same steps as the internal figures (`figuresByInstitution`). Submissions not
 * yet verified are a claim, not a fact: they count as not verified and their number is not
 * published, so `submitted` and `complete` of the internal figures have no public counterpart.
 */
import {
  bandOf,
  type FigureReport,
  type PublicQuarterFigures,
  percent,
  type QuarterFigures,
  triwulanLabel,
} from '@pantau/core';
import type { Executor } from '../../db/database.js';
import { listAssignedTargets } from '../../db/repositories/figures.repository.js';
import { listVerifiedReports } from '../../db/repositories/public-data.repository.js';
import { figuresByInstitution, groupByInstitution } from './figure-inputs.js';

/** An institution's public figures for a period. */
export interface VerifiedFigures {
  quarters: PublicQuarterFigures[];
  lastVerifiedAt: string | null;
}

type VerifiedReport = Awaited<ReturnType<typeof listVerifiedReports>>[number];

const latest = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);

/** An accepted report as the figures count it: its evidence is not judged in public. */
function verifiedReport(r: VerifiedReport): FigureReport {
  return {
    targetId: r.target_id,
    state: 'accepted',
    weight: r.weight,
    score: r.field_score ?? r.score,
    notApplicableAccepted: r.na_accepted === 1,
    submitted: true,
    onTime: r.on_time === 1,
    evidenceComplete: false,
  };
}

/** The public shape of one institution's figures, with when its accepted reports were verified. */
function publicFigures(figures: readonly QuarterFigures[], reports: readonly VerifiedReport[]): VerifiedFigures {
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
  const reportsOf = groupByInstitution(reports);
  const figures = figuresByInstitution(institutionIds, targets, reports, verifiedReport);
  return new Map([...figures].map(([id, quarters]) => [id, publicFigures(quarters, reportsOf.get(id) ?? [])]));
}
