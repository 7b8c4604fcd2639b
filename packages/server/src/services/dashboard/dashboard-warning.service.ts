/**
 * Early warning: targets due this quarter with nothing started as the deadline nears;
 * institutions late in two or more of the last quarters; reports waiting for a verifier longer
 * than the verification window; institutions whose accepted reports are mostly `administratif`.
 */
import {
  addDays,
  closedQuarters,
  type DashboardQuery,
  dateInZone,
  daysBetween,
  type EarlyWarningDto,
  endOfDay,
  formalityReason,
  type InstitutionType,
  percent,
  repeatedlyLate,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import {
  countFormality,
  countStuck,
  countUnstarted,
  listAdministratifTargets,
  listFormality,
  listStuck,
  listUnstarted,
} from '../../db/repositories/dashboard-warning.repository.js';
import { lateQuarterRows } from '../../db/repositories/figure-sums.repository.js';
import { overdueFollowUpWarning } from '../coordination/follow-up.service.js';
import { type DashboardFrame, frameDto, resolveFrame } from './dashboard-frame.service.js';

/** Quarters looked back over for repeated lateness, and how many late ones warn. */
export const LATE_WINDOW = 4;
export const LATE_MINIMUM = 2;
/** Graded reports an institution needs before its grades can look like a formality. */
export const FORMALITY_MINIMUM_GRADED = 3;

interface InstitutionColumns {
  institution_code: string;
  institution_name: string;
  institution_type: string;
  province_code: string | null;
}

export const institutionOf = (row: InstitutionColumns) => ({
  code: row.institution_code,
  name: row.institution_name,
  type: row.institution_type as InstitutionType,
  provinceCode: row.province_code,
});

/** The last deadline that falls in the warning window of `days` from today. */
export const warningHorizon = (frame: DashboardFrame, days: number) => addDays(frame.today, days);

/** Latest submission instant that makes a report older than the verification window. */
export function stuckSince(frame: DashboardFrame): string {
  // Waiting more than V days: submitted on a civil day (WIB) before today − V.
  return endOfDay(addDays(frame.today, -(frame.period.verification_days + 1)), 'WIB');
}

/** An unstarted target as the API shows it. */
export function unstartedItem(frame: DashboardFrame, row: Awaited<ReturnType<typeof listUnstarted>>[number]) {
  return {
    institution: institutionOf(row),
    target: { code: row.target_code, aksi: row.aksi_code, output: row.output_code, outputName: row.output_name },
    deadline: row.deadline,
    daysLeft: daysBetween(frame.today, row.deadline),
  };
}

/** A stuck report as the API shows it. */
export function stuckItem(frame: DashboardFrame, row: Awaited<ReturnType<typeof listStuck>>[number]) {
  const submittedAt = row.submitted_at as string;
  return {
    reportId: row.id,
    institution: institutionOf(row),
    target: { code: row.target_code, aksi: row.aksi_code, output: row.output_code, outputName: row.output_name },
    state: row.state as 'submitted' | 'in_review',
    submittedAt,
    ageDays: daysBetween(dateInZone(new Date(submittedAt)), frame.today),
  };
}

/** Administratif targets listed per institution on the formality warning. */
export const FORMALITY_TARGETS_SHOWN = 20;

type FormalityTarget = Awaited<ReturnType<typeof listAdministratifTargets>>[number];

/** An institution reporting as a formality, as the API shows it: its grades, its administratif targets, and why. */
export function formalityItem(
  row: Awaited<ReturnType<typeof listFormality>>[number],
  targets: readonly FormalityTarget[] = [],
) {
  const counts = {
    graded: Number(row.graded),
    administratif: Number(row.administratif),
    terlaksana: Number(row.terlaksana),
    berdampak: Number(row.berdampak),
  };
  const reason = formalityReason(counts, FORMALITY_MINIMUM_GRADED);
  return {
    institution: institutionOf(row),
    ...counts,
    share: percent(counts.administratif, counts.graded) ?? 0,
    targets: targets
      .filter((t) => t.institution_code === row.institution_code)
      .map((t) => ({
        reportId: t.id,
        code: t.target_code,
        aksi: t.aksi_code,
        output: t.output_code,
        outputName: t.output_name,
        quarter: t.quarter_number,
        grade: 'administratif' as const,
      })),
    reason: reason.id,
    reasonEn: reason.en,
  };
}

/** The formality list of a quarter, each entry with its administratif targets. */
export async function formalityItems(
  context: AppContext,
  frame: DashboardFrame,
  page: { limit: number; offset: number },
) {
  const { db } = context.database;
  const rows = await listFormality(db, frame.period.id, frame.quarter, FORMALITY_MINIMUM_GRADED, page);
  const targets = await listAdministratifTargets(
    db,
    frame.period.id,
    frame.quarter,
    rows.map((r) => r.institution_code),
    FORMALITY_TARGETS_SHOWN,
  );
  return rows.map((row) => formalityItem(row, targets));
}

/** Institutions late in at least two of the last quarters whose deadline has passed. */
export async function lateInstitutions(context: AppContext, frame: DashboardFrame) {
  const quarters = closedQuarters(
    frame.quarters.map((q) => ({ number: q.number, deadline: q.deadline })),
    frame.quarter,
    frame.today,
    LATE_WINDOW,
  );
  const rows = await lateQuarterRows(context.database.db, frame.period.id, quarters);
  const byId = new Map(rows.map((r) => [r.institution_id, r]));
  const late = repeatedlyLate(
    rows.map((r) => ({
      institutionId: r.institution_id,
      quarter: r.quarter_number,
      expected: r.expected,
      onTime: r.on_time,
    })),
    LATE_MINIMUM,
  );
  const items = late.map((entry) => {
    const row = byId.get(entry.institutionId) as (typeof rows)[number];
    return {
      institution: {
        code: row.code,
        name: row.name,
        type: row.type as InstitutionType,
        provinceCode: row.province_code,
      },
      lateQuarters: entry.lateQuarters,
      missing: entry.missing,
    };
  });
  // Same count of late quarters and missing reports: by code, so the order is stable.
  items.sort(
    (a, b) =>
      b.lateQuarters.length - a.lateQuarters.length ||
      b.missing - a.missing ||
      a.institution.code.localeCompare(b.institution.code),
  );
  return { quarters, items };
}

/** The four early-warning lists of a quarter. */
export async function earlyWarning(
  context: AppContext,
  query: DashboardQuery & { days: number; limit: number },
): Promise<EarlyWarningDto> {
  const { db } = context.database;
  const frame = await resolveFrame(context, query);
  const periodId = frame.period.id;
  const horizon = warningHorizon(frame, query.days);
  const since = stuckSince(frame);
  const page = { limit: query.limit, offset: 0 };
  const [unstartedTotal, unstarted, late, stuckTotal, stuck, formalityTotal, formality] = await Promise.all([
    countUnstarted(db, periodId, frame.quarter, horizon),
    listUnstarted(db, periodId, frame.quarter, horizon, page),
    lateInstitutions(context, frame),
    countStuck(db, periodId, frame.quarter, since),
    listStuck(db, periodId, frame.quarter, since, page),
    countFormality(db, periodId, frame.quarter, FORMALITY_MINIMUM_GRADED),
    formalityItems(context, frame, page),
  ]);
  const deadline = frame.quarters.find((q) => q.number === frame.quarter)?.deadline ?? frame.today;
  return {
    ...frameDto(frame),
    notStarted: {
      days: query.days,
      deadline,
      windowOpen: deadline <= horizon,
      total: unstartedTotal,
      items: unstarted.map((row) => unstartedItem(frame, row)),
    },
    lateRepeatedly: {
      quarters: late.quarters,
      minimum: LATE_MINIMUM,
      total: late.items.length,
      items: late.items.slice(0, query.limit),
    },
    stuckInReview: {
      verificationDays: frame.period.verification_days,
      total: stuckTotal,
      items: stuck.map((row) => stuckItem(frame, row)),
    },
    formality: {
      minimumGraded: FORMALITY_MINIMUM_GRADED,
      total: formalityTotal,
      items: formality,
    },
    overdueFollowUps: await overdueFollowUpWarning(db, frame.today, query.limit),
  };
}
