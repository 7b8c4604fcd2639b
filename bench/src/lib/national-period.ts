/**
 * One period of the national dataset: its quarters, the 40-output catalogue with a target in every
 * quarter, assignment by rule, and the reporting history (the demo's generator) quarter by quarter.
 */
import {
  type AssignmentRule,
  endOfDay,
  type InstitutionType,
  parsePeriodCode,
  periodCode,
  periodQuarters,
  resolveAssignmentRule,
  targetCode,
} from '@pantau/core';
import type { Insertable, Kysely } from 'kysely';
import type { DatasetSize } from './national-dataset.js';
import {
  type bulkLoader,
  CATALOGUE_2025_2026,
  type DB,
  demoImpactIndicator,
  generateHistory,
  type HistoryQuarter,
  NARRATIVE_OPENINGS,
  REVISION_REASONS,
  type seededRandom,
  VERIFIER_COMMENTS,
} from './server.js';

type Loader = ReturnType<typeof bulkLoader>;

/** The columns of an output's impact indicator. */
function impactColumns(indicator: ReturnType<typeof demoImpactIndicator>) {
  return {
    impact_name: indicator?.name ?? null,
    impact_unit: indicator?.unit ?? null,
    impact_baseline: indicator?.baseline ?? null,
    impact_target: indicator?.target ?? null,
    impact_direction: indicator?.direction ?? null,
    impact_source: indicator?.source ?? null,
  };
}

/**
 * Assignment by output position (cycled for more than 40 outputs): most outputs bind every K/L and
 * every Pemda, as the programme's cross-cutting actions (procurement, licensing, ASN management)
 * do; the rest go to all Pemda, all kabupaten/kota, or all K/L.
 */
function rulesOf(index: number): AssignmentRule[] {
  const slot = index % 40;
  if (slot < 36) return [{ kind: 'all_kl' }, { kind: 'all_pemda' }];
  if (slot < 38) return [{ kind: 'all_pemda' }];
  if (slot < 39) return [{ kind: 'all_kabupaten_kota' }];
  return [{ kind: 'all_kl' }];
}

/** A report row of the dataset with its events and the checklist items it has evidence for. */
export type DatasetReport = Omit<Insertable<DB['reports']>, 'id'> & {
  events: Omit<Insertable<DB['report_events']>, 'report_id'>[];
  evidence: number[];
};

/** Writes a period, its quarters, catalogue and assignments; returns its report batches, one per quarter. */
export async function loadPeriod(
  trx: Kysely<DB>,
  load: Loader,
  input: {
    startYear: number;
    size: DatasetSize;
    institutions: { id: number; code: string; type: InstitutionType }[];
    asOf: string;
    random: ReturnType<typeof seededRandom>;
    diligence: Map<number, number>;
  },
) {
  const { startYear, asOf } = input;
  const code = periodCode(startYear);
  const quarters = periodQuarters(startYear);
  const last = quarters[quarters.length - 1];
  const createdAt = `${startYear - 1}-12-15T03:00:00.000Z`;
  const period = await trx
    .insertInto('periods')
    .values({
      code,
      name: `Aksi Pencegahan Korupsi ${startYear}–${startYear + 1}`,
      start_year: startYear,
      deadline_days: 10,
      verification_days: 30,
      status: last && last.verificationEndsOn < asOf ? 'closed' : 'active',
      created_at: createdAt,
      updated_at: createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (parsePeriodCode(code) === null) throw new Error(`bad period ${code}`);
  await load.insert(
    'quarters',
    quarters.map((q) => {
      const status = q.verificationEndsOn < asOf ? 'closed' : q.startsOn <= asOf ? 'open' : 'planned';
      return {
        period_id: period.id,
        number: q.number,
        starts_on: q.startsOn,
        ends_on: q.endsOn,
        deadline: q.deadline,
        verification_ends_on: q.verificationEndsOn,
        status,
        opened_at: status === 'planned' ? null : `${q.startsOn}T01:00:00.000Z`,
        closed_at: status === 'closed' ? `${q.verificationEndsOn}T10:00:00.000Z` : null,
      };
    }),
  );

  // The catalogue: the demo's 3 fokus and 15 aksi with their 40 outputs, each with 8 quarterly targets.
  const demoOutputs = CATALOGUE_2025_2026.fokus.flatMap((f) =>
    f.aksi.flatMap((a) => a.outputs.map((o) => ({ f, a, o }))),
  );
  const fokusIds = new Map<string, number>();
  const aksiIds = new Map<string, number>();
  const targets: { id: number; outputId: number; quarterNumber: number; version: number; checklistSize: number }[] = [];
  const assignments = new Map<number, number[]>();
  let assignmentCount = 0;
  for (let index = 0; index < input.size.outputs; index++) {
    const { f, a, o } = demoOutputs[index % demoOutputs.length] as (typeof demoOutputs)[number];
    const round = Math.floor(index / demoOutputs.length);
    let fokusId = fokusIds.get(f.code);
    if (fokusId === undefined) {
      fokusId = (
        await trx
          .insertInto('fokus')
          .values({ period_id: period.id, code: f.code, name: f.name })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      fokusIds.set(f.code, fokusId);
    }
    let aksiId = aksiIds.get(a.code);
    if (aksiId === undefined) {
      aksiId = (
        await trx
          .insertInto('aksi')
          .values({ period_id: period.id, fokus_id: fokusId, code: a.code, name: a.name })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      aksiIds.set(a.code, aksiId);
    }
    const outputCode = round === 0 ? o.code : `${o.code}.${round}`;
    const outputId = (
      await trx
        .insertInto('outputs')
        .values({ period_id: period.id, aksi_id: aksiId, code: outputCode, name: o.name })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    for (let quarter = 1; quarter <= 8; quarter++) {
      // The demo names some quarters; the others take the nearest earlier (or first) target's content.
      const spec =
        [...o.targets].reverse().find((t) => t.quarter <= quarter) ?? (o.targets[0] as (typeof o.targets)[0]);
      const targetId = (
        await trx
          .insertInto('targets')
          .values({
            period_id: period.id,
            output_id: outputId,
            quarter_number: quarter,
            code: targetCode(outputCode, quarter),
            current_version: 1,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      await trx
        .insertInto('target_versions')
        .values({
          target_id: targetId,
          version: 1,
          success_measure: spec.successMeasure,
          evidence_checklist: JSON.stringify(spec.evidence),
          weight: spec.weight,
          ...impactColumns(demoImpactIndicator('2025-2026', o.code)),
          reason: null,
          created_at: createdAt,
        })
        .execute();
      targets.push({ id: targetId, outputId, quarterNumber: quarter, version: 1, checklistSize: spec.evidence.length });
    }
    const assigned = new Set<number>();
    for (const rule of rulesOf(index)) {
      const ruleId = (
        await trx
          .insertInto('assignment_rules')
          .values({ output_id: outputId, rule: JSON.stringify(rule), created_at: createdAt })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      const resolved = resolveAssignmentRule(rule, input.institutions).institutions.filter((i) => !assigned.has(i.id));
      for (const institution of resolved) assigned.add(institution.id);
      await load.insert(
        'assignments',
        resolved.map((i) => ({ output_id: outputId, institution_id: i.id, rule_id: ruleId, created_at: createdAt })),
      );
    }
    assignments.set(outputId, [...assigned]);
    assignmentCount += assigned.size;
  }

  // Reports quarter by quarter, so only one quarter's history is in memory at a time.
  const reportBatches = (function* () {
    for (const quarter of quarters) {
      const history = generateHistory(
        {
          periodId: period.id,
          targets: targets.filter((t) => t.quarterNumber === quarter.number),
          quarters: quarters as HistoryQuarter[],
          assignments,
          diligence: input.diligence,
          narratives: NARRATIVE_OPENINGS,
          revisionReasons: REVISION_REASONS,
          verifierComments: VERIFIER_COMMENTS,
          asOf,
          // The benchmark's history runs to the end of its day.
          now: endOfDay(asOf),
        },
        input.random,
      );
      yield history.map(
        (r): DatasetReport => ({
          target_id: r.targetId,
          target_version: r.targetVersion,
          institution_id: r.institutionId,
          period_id: period.id,
          quarter_number: r.quarterNumber,
          state: r.state,
          narrative: r.narrative,
          progress: r.progress,
          impact_value: null,
          not_applicable: r.notApplicable ? 1 : 0,
          not_applicable_reason: r.notApplicableReason,
          round: r.round,
          version: r.events.length,
          submitted_at: r.lastSubmittedAt,
          first_submitted_at: r.submittedAt,
          na_accepted: r.notApplicable && r.state === 'accepted' ? 1 : 0,
          on_time: r.onTime === null ? null : r.onTime ? 1 : 0,
          score: r.score,
          quality_grade: r.qualityGrade,
          verifier_comment: r.verifierComment,
          verified_at: r.verifiedAt,
          created_at: r.createdAt,
          updated_at: r.updatedAt,
          field_score: null,
          events: r.events.map((e) => ({
            action: e.action,
            from_state: e.from,
            to_state: e.to,
            actor_id: null,
            reason: e.reason,
            at: e.at,
          })),
          evidence: r.evidence,
        }),
      );
    }
  })();
  return {
    id: period.id,
    outputs: input.size.outputs,
    targets: targets.length,
    assignments: assignmentCount,
    reportBatches,
  };
}
