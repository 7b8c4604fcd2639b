/**
 * Synthetic reporting history for the demo: for every assignment and every target already open
 * on the demo date, a report in a state that fits how long ago the quarter closed. Pure: the
 * same inputs and seed give the same rows.
 */
import { addDays, endOfDay, type QualityGrade, type ReportState } from '@pantau/core';
import type { Random } from './random.js';

export interface HistoryTarget {
  id: number;
  outputId: number;
  quarterNumber: number;
  version: number;
  /** Number of items in the target's evidence checklist. */
  checklistSize: number;
}

export interface HistoryQuarter {
  number: number;
  startsOn: string;
  endsOn: string;
  deadline: string;
  verificationEndsOn: string;
}

export interface HistoryInput {
  periodId: number;
  targets: HistoryTarget[];
  quarters: HistoryQuarter[];
  /** Institution ids assigned to each output. */
  assignments: Map<number, number[]>;
  /** Per-institution diligence in [0, 1]: drives on-time rates and scores. */
  diligence: Map<number, number>;
  /** Per-institution quality culture in [0, 1] (`qualityCulture`): drives the grades above a low score. */
  quality?: Map<number, number>;
  narratives: readonly string[];
  revisionReasons: readonly string[];
  verifierComments: readonly string[];
  /** The demo's "today" (ISO date). */
  asOf: string;
  /** The seeding clock (ISO instant): nothing happens after it. */
  now: string;
}

export interface HistoryReport {
  targetId: number;
  institutionId: number;
  quarterNumber: number;
  targetVersion: number;
  state: ReportState;
  narrative: string;
  progress: number | null;
  notApplicable: boolean;
  notApplicableReason: string | null;
  round: number;
  submittedAt: string | null;
  onTime: boolean | null;
  score: number | null;
  qualityGrade: QualityGrade | null;
  verifierComment: string | null;
  verifiedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Latest submission (a resubmission after revision moves it). */
  lastSubmittedAt: string | null;
  /** Checklist items that have evidence. */
  evidence: number[];
  events: { action: string; from: ReportState | null; to: ReportState; reason: string | null; at: string }[];
}

const HOUR = 3_600_000;

function instant(date: string, hourOffset: number): string {
  return new Date(new Date(`${date}T02:00:00.000Z`).getTime() + hourOffset * HOUR).toISOString();
}

/**
 * How much a region's work tends to change things for the public, in [0, 1]: fixed per province
 * (K/L each on their own), so some provinces' verified reports are mostly berdampak and others'
 * mostly administratif. A hash of the code, not a draw: the demo's other figures stay as they are.
 */
export function qualityCulture(institutionCode: string): number {
  const region = /^\d{2}/.test(institutionCode) ? institutionCode.slice(0, 2) : institutionCode;
  let hash = 2166136261;
  for (const char of region) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return ((hash >>> 0) % 1000) / 999;
}

/** The verifier's grade of an accepted report: a low score is documents only; above it, the region's culture decides. */
export function gradeFor(score: number, culture: number, random: Random): QualityGrade {
  if (score < 65) return 'administratif';
  const draw = random.next();
  if (score >= 85) {
    const berdampak = 0.2 + 0.75 * culture;
    const administratif = 0.25 * (1 - culture);
    if (draw < berdampak) return 'berdampak';
    return draw < berdampak + administratif ? 'administratif' : 'terlaksana';
  }
  const administratif = 0.7 - 0.6 * culture;
  const berdampak = 0.05 + 0.35 * culture;
  if (draw < administratif) return 'administratif';
  return draw < administratif + berdampak ? 'berdampak' : 'terlaksana';
}

/** Generates the reports (with their event trails) of one period. */
export function generateHistory(input: HistoryInput, random: Random): HistoryReport[] {
  const reports: HistoryReport[] = [];
  const quarterByNumber = new Map(input.quarters.map((q) => [q.number, q]));
  // Nothing in the history happens later than the clock the demo is seeded by.
  const asOfEnd = input.now;
  const notAfterToday = (at: string) => (at > asOfEnd ? asOfEnd : at);

  for (const target of input.targets) {
    const quarter = quarterByNumber.get(target.quarterNumber);
    if (!quarter || quarter.startsOn > input.asOf) continue;
    const deadlinePassed = quarter.deadline < input.asOf;
    const verificationOver = quarter.verificationEndsOn < input.asOf;

    for (const institutionId of input.assignments.get(target.outputId) ?? []) {
      const diligence = input.diligence.get(institutionId) ?? 0.5;
      // Some institutions never report some targets: that is what compliance must show.
      const startChance = deadlinePassed ? 0.55 + 0.45 * diligence : 0.15 + 0.4 * diligence;
      if (!random.chance(startChance)) continue;

      // A quarter in progress: its reports were started and edited before now.
      const createdAt = notAfterToday(instant(addDays(quarter.endsOn, -random.int(5, 60)), random.int(0, 8)));
      const edited = notAfterToday(instant(addDays(quarter.endsOn, random.int(-5, 5)), random.int(0, 8)));
      const [, draftEdited] = [createdAt, edited].sort() as [string, string];
      const events: HistoryReport['events'] = [
        { action: 'create', from: null, to: 'draft', reason: null, at: createdAt },
      ];
      const report: HistoryReport = {
        targetId: target.id,
        institutionId,
        quarterNumber: target.quarterNumber,
        targetVersion: target.version,
        state: 'draft',
        narrative: random.pick(input.narratives),
        progress: random.int(10, 60),
        notApplicable: false,
        notApplicableReason: null,
        round: 0,
        submittedAt: null,
        onTime: null,
        score: null,
        qualityGrade: null,
        verifierComment: null,
        verifiedAt: null,
        createdAt,
        updatedAt: notAfterToday(draftEdited),
        lastSubmittedAt: null,
        evidence: random.sample(
          Array.from({ length: target.checklistSize }, (_, i) => i),
          random.int(0, Math.max(0, target.checklistSize - 1)),
        ),
        events,
      };
      reports.push(report);

      const move = (action: string, to: ReportState, at: string, reason: string | null = null) => {
        events.push({ action, from: report.state, to, reason, at });
        report.state = to;
        report.updatedAt = at;
      };

      const submitChance = deadlinePassed ? 0.6 + 0.4 * diligence : 0.1;
      if (!random.chance(submitChance)) {
        if (random.chance(0.3)) move('mark_ready', 'ready', notAfterToday(draftEdited));
        continue;
      }

      if (random.chance(0.03)) {
        report.notApplicable = true;
        report.notApplicableReason =
          'Kewenangan pelaksanaan berada pada pemerintah pusat sesuai peraturan perundang-undangan.';
        report.progress = null;
      } else {
        report.progress = random.int(60, 100);
      }
      const late = random.chance(0.45 - 0.4 * diligence);
      const deadlineEnd = new Date(endOfDay(quarter.deadline)).getTime();
      const submittedAt = late
        ? new Date(deadlineEnd + random.int(1, 20 * 24) * HOUR).toISOString()
        : new Date(deadlineEnd - random.int(2, 14 * 24) * HOUR).toISOString();
      if (submittedAt > asOfEnd) {
        move('mark_ready', 'ready', notAfterToday(draftEdited));
        continue;
      }
      move('mark_ready', 'ready', new Date(new Date(submittedAt).getTime() - random.int(2, 72) * HOUR).toISOString());
      move('submit', 'submitted', submittedAt);
      report.submittedAt = submittedAt;
      report.lastSubmittedAt = submittedAt;
      report.onTime = !late;
      // Most submissions carry every required document; the less diligent often miss one.
      const all = Array.from({ length: target.checklistSize }, (_, i) => i);
      report.evidence = random.chance(0.55 + 0.4 * diligence) ? all : random.sample(all, Math.max(0, all.length - 1));

      const reviewStart = new Date(new Date(submittedAt).getTime() + random.int(12, 24 * 12) * HOUR).toISOString();
      const reviewed = verificationOver ? random.chance(0.97) : random.chance(0.55);
      if (reviewStart > asOfEnd || !random.chance(verificationOver ? 0.99 : 0.8)) continue;
      move('start_review', 'in_review', reviewStart);
      if (!reviewed) continue;

      let judgedAt = new Date(new Date(reviewStart).getTime() + random.int(2, 96) * HOUR).toISOString();
      if (judgedAt > asOfEnd) continue;
      if (!report.notApplicable && random.chance(0.3 - 0.2 * diligence)) {
        move('request_revision', 'revision_requested', judgedAt, random.pick(input.revisionReasons));
        report.round = 1;
        const resubmitAt = new Date(new Date(judgedAt).getTime() + random.int(24, 24 * 10) * HOUR).toISOString();
        if (resubmitAt > asOfEnd || !random.chance(0.85)) continue;
        move('submit', 'submitted', resubmitAt);
        report.lastSubmittedAt = resubmitAt;
        judgedAt = new Date(new Date(resubmitAt).getTime() + random.int(24, 24 * 8) * HOUR).toISOString();
        if (judgedAt > asOfEnd) continue;
        move('start_review', 'in_review', new Date(new Date(judgedAt).getTime() - HOUR).toISOString());
      }
      const score = report.notApplicable
        ? null
        : Math.max(20, Math.min(100, Math.round(45 + 50 * diligence + random.int(-15, 12))));
      report.score = score;
      report.qualityGrade = score === null ? null : gradeFor(score, input.quality?.get(institutionId) ?? 0.5, random);
      report.verifierComment = random.pick(input.verifierComments);
      report.verifiedAt = judgedAt;
      move('accept', 'accepted', judgedAt);
    }
  }
  return reports;
}
