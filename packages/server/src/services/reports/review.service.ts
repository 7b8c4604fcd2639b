/** What verifiers work from: their queue, and what changed in a report since the last round. */
import {
  dateInZone,
  daysBetween,
  diffText,
  type ReportChangesDto,
  type ReviewQueueDto,
  type Scope,
  scopesOf,
} from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import { listEvidence } from '../../db/repositories/evidence.repository.js';
import { listReportRounds } from '../../db/repositories/report.repository.js';
import { countQueue, listQueue, type QueueFilter } from '../../db/repositories/review.repository.js';
import { requirePeriod } from '../periods/period.service.js';
import { evidenceView, loadReadableReport } from './report-view.service.js';

/** The verification queue the actor may see: a verifier only its aksi; admin and observers everything. */
export async function reviewQueue(
  context: AppContext,
  actor: UserActor,
  query: {
    period?: string | undefined;
    aksi?: string | undefined;
    province?: string | undefined;
    type?: string | undefined;
    state?: 'submitted' | 'in_review' | undefined;
    limit: number;
    offset: number;
  },
): Promise<ReviewQueueDto> {
  const { db } = context.database;
  const scopes: Scope[] = scopesOf(actor.roles, 'review.queue');
  const filter: QueueFilter = {
    aksiIds: scopes.includes('all') ? undefined : actor.verifierAksiIds,
    periodId: query.period ? (await requirePeriod(db, query.period)).id : undefined,
    aksiCode: query.aksi,
    provinceCode: query.province,
    institutionType: query.type,
    states: query.state ? [query.state] : ['submitted', 'in_review'],
  };
  const [rows, counts] = await Promise.all([listQueue(db, filter, query), countQueue(db, filter)]);
  const count = (state: string) => Number(counts.find((c) => c.state === state)?.count ?? 0);
  const today = dateInZone(context.clock.now());
  return {
    total: count('submitted') + count('in_review'),
    counts: { submitted: count('submitted'), inReview: count('in_review') },
    items: rows.map((r) => ({
      reportId: r.id,
      state: r.state as 'submitted' | 'in_review',
      round: r.round,
      period: r.period_code,
      quarter: r.quarter_number,
      targetCode: r.target_code,
      aksiCode: r.aksi_code,
      outputName: r.output_name,
      institution: {
        code: r.institution_code,
        name: r.institution_name,
        type: r.institution_type as ReviewQueueDto['items'][number]['institution']['type'],
        provinceCode: r.province_code,
      },
      unit: r.unit_code === null ? null : { code: r.unit_code, name: r.unit_name as string },
      submittedAt: r.submitted_at as string,
      ageDays: Math.max(0, daysBetween(dateInZone(new Date(r.submitted_at as string)), today)),
      onTime: r.on_time === null ? null : r.on_time === 1,
    })),
  };
}

interface Snapshot {
  narrative: string;
  progress: number | null;
  impact_value: number | null;
  not_applicable: number;
  not_applicable_reason: string | null;
  evidence_ids: number[];
}

/** What changed between the last two submissions of a report (the whole first submission when there is one). */
export async function reportChanges(context: AppContext, actor: UserActor, id: number): Promise<ReportChangesDto> {
  const { db } = context.database;
  const report = await loadReadableReport(db, actor, id);
  const [rounds, evidence] = await Promise.all([listReportRounds(db, id, 2), listEvidence(db, id, true)]);
  const [latest, previous] = rounds;
  const after: Snapshot = latest
    ? (JSON.parse(latest.snapshot) as Snapshot)
    : {
        narrative: report.narrative,
        progress: report.progress,
        impact_value: report.impact_value,
        not_applicable: report.not_applicable,
        not_applicable_reason: report.not_applicable_reason,
        evidence_ids: evidence.filter((e) => e.removed_at === null).map((e) => e.id),
      };
  const before: Snapshot = previous
    ? (JSON.parse(previous.snapshot) as Snapshot)
    : {
        narrative: '',
        progress: null,
        impact_value: null,
        not_applicable: 0,
        not_applicable_reason: null,
        evidence_ids: [],
      };
  const fields = (['progress', 'impact_value', 'not_applicable', 'not_applicable_reason'] as const)
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, before: before[field], after: after[field] }));
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const pick = (ids: number[]) =>
    ids.flatMap((i) => (byId.has(i) ? [evidenceView(byId.get(i) as (typeof evidence)[number])] : []));
  return {
    round: latest?.round ?? report.round,
    previousSubmittedAt: previous?.submitted_at ?? null,
    submittedAt: latest?.submitted_at ?? null,
    narrative: diffText(before.narrative, after.narrative),
    fields,
    evidenceAdded: pick(after.evidence_ids.filter((i) => !before.evidence_ids.includes(i))),
    evidenceRemoved: pick(before.evidence_ids.filter((i) => !after.evidence_ids.includes(i))),
  };
}
