/**
 * Public figures: the same stored figures the dashboards sum (`institution_figures`, computed by
 * `computeFigures` in core), so a number on the portal, in the open data and on a dashboard is
 * one number (issue #18). Only verified reports score in the achievement; of the compliance counts
 * the public sees what was expected, what was first submitted by the deadline (a time the system
 * records, not a claim of content) and what was verified. Submitted-but-unverified counts and
 * evidence completeness stay internal.
 */
import { bandOf, gradeDistribution, type PublicQuarterFigures, percent, triwulanLabel } from '@pantau/core';
import type { Executor } from '../../db/database.js';
import type { FiguresRow } from '../../db/repositories/figures.repository.js';
import { listVerifiedQuarters } from '../../db/repositories/public-data.repository.js';
import { groupByInstitution } from './figure-inputs.js';
import { storedFigureRows } from './figures.service.js';

/** An institution's public figures for a period. */
export interface VerifiedFigures {
  quarters: PublicQuarterFigures[];
  lastVerifiedAt: string | null;
}

type VerifiedQuarter = Awaited<ReturnType<typeof listVerifiedQuarters>>[number];

const latest = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);

/** The public shape of one institution's stored figures, with when its accepted reports were verified. */
function publicFigures(rows: readonly FiguresRow[], verified: readonly VerifiedQuarter[]): VerifiedFigures {
  const byQuarter = new Map(verified.map((quarter) => [quarter.quarter_number, quarter]));
  return {
    lastVerifiedAt: verified.reduce<string | null>((last, quarter) => latest(last, quarter.verified_at), null),
    quarters: [...rows]
      .sort((a, b) => a.quarter_number - b.quarter_number)
      .map((f) => ({
        quarter: f.quarter_number,
        label: triwulanLabel(f.quarter_number),
        achievement: f.achievement,
        band: f.achievement === null ? null : bandOf(f.achievement),
        weightDue: f.weight_due,
        weightedScore: f.weighted_score,
        expected: f.expected,
        onTime: f.on_time,
        onTimeRate: percent(f.on_time, f.expected),
        verified: f.verified,
        verifiedOnTime: byQuarter.get(f.quarter_number)?.on_time ?? 0,
        notApplicable: f.not_applicable,
        verifiedRate: percent(f.verified, f.expected),
        grades: gradeDistribution(f),
        lastVerifiedAt: byQuarter.get(f.quarter_number)?.verified_at ?? null,
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
  const [rows, verified] = await Promise.all([
    storedFigureRows(db, periodId, institutionIds),
    listVerifiedQuarters(db, institutionIds, periodId),
  ]);
  const rowsOf = groupByInstitution(rows);
  const verifiedOf = groupByInstitution(verified);
  return new Map(
    institutionIds.map((id) => [id, publicFigures(rowsOf.get(id) ?? [], verifiedOf.get(id) ?? [])] as const),
  );
}
