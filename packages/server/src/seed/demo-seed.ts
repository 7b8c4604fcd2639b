/**
 * The demo dataset ("data contoh"): real institutions and codes, a realistic catalogue for
 * 2023–2024 (closed) and 2025–2026 (active), assignments shaped like the real programme,
 * synthetic reporting history up to the demo date, and one account per role.
 * Deterministic: the same date gives the same data.
 */
import { randomBytes } from 'node:crypto';
import {
  type AssignmentRule,
  dateInZone,
  type ImpactIndicator,
  type InstitutionType,
  parsePeriodCode,
  periodQuarters,
  resolveAssignmentRule,
  targetCode,
} from '@pantau/core';
import { systemActor } from '../audit/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { fixedClock } from '../clock.js';
import type { Database, Executor } from '../db/database.js';
import { insertAssignmentRule, insertAssignments } from '../db/repositories/assignment.repository.js';
import { insertAksi, insertFokus, insertOutput, insertTarget } from '../db/repositories/catalogue.repository.js';
import { insertEvidenceRows } from '../db/repositories/evidence.repository.js';
import {
  countAllInstitutions,
  insertInstitutions,
  listInstitutionKeys,
} from '../db/repositories/institution.repository.js';
import { insertPeriod, insertQuarters } from '../db/repositories/period.repository.js';
import { insertReportEvents, insertReports, reportIdsByKey } from '../db/repositories/report.repository.js';
import { putSetting } from '../db/repositories/setting.repository.js';
import { transaction } from '../db/transaction.js';
import { ConflictError } from '../errors.js';
import { serverSecret } from '../services/accounts/server-secret.js';
import { impactColumnsOf } from '../services/catalogue/impact-indicator.js';
import { fillMissingFigures } from '../services/figures/figures.service.js';
import { loadRegions } from '../services/institutions/regions.js';
import type { BlobStore } from '../storage/blob-store.js';
import { CATALOGUE_2023_2024, CATALOGUE_2025_2026, type DemoPeriodCatalogue } from './demo/catalogue.js';
import { demoImpactIndicator, demoImpactValue } from './demo/impact-indicators.js';
import { DEMO_KL } from './demo/kementerian-lembaga.js';
import { NARRATIVE_OPENINGS, REVISION_REASONS, VERIFIER_COMMENTS } from './demo/people.js';
import { createDemoAccounts, type DemoAccount } from './demo-accounts.js';
import { seedFieldSamples } from './demo-field-samples.js';
import { type DemoFile, storeDemoFiles } from './demo-files.js';
import {
  generateHistory,
  type HistoryQuarter,
  type HistoryReport,
  type HistoryTarget,
  qualityCulture,
} from './demo-history.js';
import { seedDemoLeaders } from './demo-leaders.js';
import { DEMO_EMAIL_DOMAIN, DEMO_SETTING } from './demo-marker.js';
import { enrolDemoSecondFactors } from './demo-second-factor.js';
import { seedDemoStories } from './demo-stories.js';
import { seedDemoUnits } from './demo-units.js';
import { seededRandom } from './random.js';

/** Still exported here for the bench, which imports it from the seed. */
export { DEMO_SETTING } from './demo-marker.js';

export interface DemoSeedOptions {
  /** The demo's "today": history runs up to this instant. */
  asOf: Date;
  /** Where the demo evidence files go. */
  blobs: BlobStore;
  /** Password for every demo account; random per account when absent. */
  password?: string | undefined;
  /** PANTAU_SECRET when configured: it seals the demo authenticator secrets. */
  secret?: string | null | undefined;
}

export interface DemoSeedResult {
  accounts: DemoAccount[];
  counts: { institutions: number; periods: number; aksi: number; outputs: number; reports: number };
}

const SEED = 54_2018;

/** Aksi codes the demo verifier is assigned to, in every period. */
const VERIFIER_AKSI = ['1', '2', '3', '4', '5'];

/** Loads the demo dataset into an empty database. Refuses a database that already holds data. */
export async function seedDemo(database: Database, options: DemoSeedOptions): Promise<DemoSeedResult> {
  if ((await countAllInstitutions(database.db)) > 0) {
    throw new ConflictError('database_not_empty', {
      id: 'Basis data sudah berisi data; data contoh hanya dimuat ke basis data kosong.',
      en: 'The database already holds data; the demo dataset loads only into an empty database.',
    });
  }
  const asOf = dateInZone(options.asOf);
  // Resolved before the load's transaction: it may store a generated key of its own.
  const sealingKey = await serverSecret({
    config: { secret: options.secret ?? null },
    database,
    clock: fixedClock(options.asOf),
  });
  const regions = await loadRegions();
  const files = await storeDemoFiles(options.blobs);
  const random = seededRandom(SEED);
  const counts: DemoSeedResult['counts'] = { institutions: 0, periods: 0, aksi: 0, outputs: 0, reports: 0 };

  const accounts = await transaction(database.db, async (trx) => {
    const at = '2024-12-01T01:00:00.000Z';
    await insertInstitutions(trx, [
      ...DEMO_KL.map((kl) => ({
        code: kl.code,
        name: kl.name,
        type: 'kl',
        province_code: null,
        parent_id: null,
        created_at: at,
        updated_at: at,
      })),
      ...regions
        .filter((r) => r.type === 'provinsi')
        .map((r) => ({
          code: r.code,
          name: r.name,
          type: r.type,
          province_code: r.provinceCode,
          parent_id: null,
          created_at: at,
          updated_at: at,
        })),
    ]);
    const provinceIds = new Map((await listInstitutionKeys(trx)).map((i) => [i.code, i.id]));
    await insertInstitutions(
      trx,
      regions
        .filter((r) => r.type !== 'provinsi')
        .map((r) => ({
          code: r.code,
          name: r.name,
          type: r.type,
          province_code: r.provinceCode,
          parent_id: provinceIds.get(r.provinceCode) ?? null,
          created_at: at,
          updated_at: at,
        })),
    );
    const institutions = await listInstitutionKeys(trx);
    counts.institutions = institutions.length;
    const diligence = new Map(institutions.map((i) => [i.id, 0.2 + 0.78 * Math.sqrt(random.next())]));

    const assignmentsByPeriod = new Map<string, Map<number, number[]>>();
    const aksiIdsByPeriod = new Map<string, Map<string, number>>();
    for (const catalogue of [CATALOGUE_2023_2024, CATALOGUE_2025_2026]) {
      const seeded = await seedPeriod(
        trx,
        catalogue,
        institutions,
        { asOf, now: options.asOf.toISOString() },
        diligence,
        random,
        files,
      );
      assignmentsByPeriod.set(catalogue.period, seeded.assignments);
      aksiIdsByPeriod.set(catalogue.period, seeded.aksiIds);
      counts.periods++;
      counts.aksi += seeded.aksiIds.size;
      counts.outputs += seeded.assignments.size;
      counts.reports += seeded.reports;
    }
    await seedFieldSamples(trx);

    await putSetting(trx, DEMO_SETTING, 'true', at);
    const accounts = await createDemoAccounts(trx, {
      institutions,
      assignments: assignmentsByPeriod.get(CATALOGUE_2025_2026.period) ?? new Map(),
      verifierAksi: [...aksiIdsByPeriod.values()].flatMap((ids) =>
        VERIFIER_AKSI.flatMap((code) => ids.get(code) ?? []),
      ),
      password: options.password ?? (() => randomBytes(12).toString('base64url')),
      at,
    });
    // Work units of every institution with their targets, and a contributor limited to one unit.
    accounts.push(
      ...(await seedDemoUnits(trx, {
        institutions,
        homeCode: accounts.find((a) => a.role === 'focal_point')?.institutionCode ?? null,
        password: options.password ?? (() => randomBytes(12).toString('base64url')),
        at,
        emailDomain: DEMO_EMAIL_DOMAIN,
      })),
    );
    // Leaders and the Inspektorat's support log (seed/demo-leaders.ts).
    accounts.push(
      ...(await seedDemoLeaders(trx, {
        asOf,
        password: options.password ?? (() => randomBytes(12).toString('base64url')),
        at,
      })),
    );
    await enrolDemoSecondFactors(trx, accounts, sealingKey, at);
    const publicist = accounts.find((a) => a.role === 'publicist');
    if (publicist) await seedDemoStories(trx, publicist.email, options.asOf.toISOString());
    // The whole load is one audited write: its counts and accounts, never the passwords.
    await recordAudit(trx, fixedClock(options.asOf), systemActor('seed'), {
      action: 'seed.demo',
      entity: 'dataset',
      entityId: 'demo',
      change: { as_of: asOf, counts, accounts: accounts.map((a) => ({ email: a.email, role: a.role })) },
    });
    return accounts;
  });
  return { accounts, counts };
}

async function seedPeriod(
  trx: Executor,
  catalogue: DemoPeriodCatalogue,
  institutions: { id: number; code: string; type: InstitutionType }[],
  { asOf, now }: { asOf: string; now: string },
  diligence: Map<number, number>,
  random: ReturnType<typeof seededRandom>,
  files: DemoFile[],
) {
  const startYear = parsePeriodCode(catalogue.period);
  if (startYear === null) throw new Error(`Bad demo period code ${catalogue.period}`);
  const quarters = periodQuarters(startYear);
  const last = quarters[quarters.length - 1];
  const createdAt = `${startYear - 1}-12-15T03:00:00.000Z`;
  const periodId = await insertPeriod(trx, {
    code: catalogue.period,
    name: `Aksi Pencegahan Korupsi ${startYear}–${startYear + 1}`,
    start_year: startYear,
    deadline_days: 10,
    verification_days: 30,
    status: last && last.verificationEndsOn < asOf ? 'closed' : 'active',
    created_at: createdAt,
    updated_at: createdAt,
  });
  const ended = quarters.filter((q) => q.verificationEndsOn < asOf).map((q) => q.number);
  const latestEnded = ended.length && ended.length < quarters.length ? Math.max(...ended) : null;
  await insertQuarters(
    trx,
    quarters.map((q) => {
      // The secretariat closes a quarter some time after its verification window: the latest one
      // whose window has ended is still open, its last reports being verified.
      const status =
        q.verificationEndsOn < asOf && q.number !== latestEnded ? 'closed' : q.startsOn <= asOf ? 'open' : 'planned';
      return {
        period_id: periodId,
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

  const aksiIds = new Map<string, number>();
  const assignments = new Map<number, number[]>();
  const targets: HistoryTarget[] = [];
  const indicators = new Map<number, ImpactIndicator | null>();
  for (const fokus of catalogue.fokus) {
    const fokusId = await insertFokus(trx, { period_id: periodId, code: fokus.code, name: fokus.name });
    for (const aksi of fokus.aksi) {
      const aksiId = await insertAksi(trx, {
        period_id: periodId,
        fokus_id: fokusId,
        code: aksi.code,
        name: aksi.name,
      });
      aksiIds.set(aksi.code, aksiId);
      for (const output of aksi.outputs) {
        const outputId = await insertOutput(trx, {
          period_id: periodId,
          aksi_id: aksiId,
          code: output.code,
          name: output.name,
        });
        const indicator = demoImpactIndicator(catalogue.period, output.code);
        for (const spec of output.targets) {
          const content = {
            success_measure: spec.successMeasure,
            evidence_checklist: JSON.stringify(spec.evidence),
            weight: spec.weight,
            ...impactColumnsOf(indicator),
          };
          const id = await insertTarget(
            trx,
            {
              period_id: periodId,
              output_id: outputId,
              quarter_number: spec.quarter,
              code: targetCode(output.code, spec.quarter),
              current_version: 1,
            },
            { ...content, version: 1, reason: null, created_at: createdAt },
          );
          targets.push({ id, outputId, quarterNumber: spec.quarter, version: 1, checklistSize: spec.evidence.length });
          indicators.set(id, indicator);
        }
        const ruleId = await insertAssignmentRule(trx, outputId, JSON.stringify(output.assign), createdAt);
        const resolved = resolveAssignmentRule(output.assign as AssignmentRule, institutions);
        if (resolved.unknownCodes.length > 0) {
          throw new Error(`Demo output ${output.code} names unknown institutions: ${resolved.unknownCodes.join(', ')}`);
        }
        await insertAssignments(
          trx,
          resolved.institutions.map((i) => ({
            output_id: outputId,
            institution_id: i.id,
            rule_id: ruleId,
            created_at: createdAt,
          })),
        );
        assignments.set(
          outputId,
          resolved.institutions.map((i) => i.id),
        );
      }
    }
  }

  const history = generateHistory(
    {
      periodId,
      targets,
      quarters: quarters as HistoryQuarter[],
      assignments,
      diligence,
      quality: new Map(institutions.map((i) => [i.id, qualityCulture(i.code)])),
      narratives: NARRATIVE_OPENINGS,
      revisionReasons: REVISION_REASONS,
      verifierComments: VERIFIER_COMMENTS,
      asOf,
      now,
    },
    random,
  );
  await insertReports(
    trx,
    history.map((r) => ({
      target_id: r.targetId,
      target_version: r.targetVersion,
      institution_id: r.institutionId,
      period_id: periodId,
      quarter_number: r.quarterNumber,
      state: r.state,
      narrative: r.narrative,
      progress: r.progress,
      impact_value: reportImpactValue(indicators.get(r.targetId) ?? null, r),
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
    })),
  );
  const reportIds = await reportIdsByKey(trx, periodId);
  await insertReportEvents(
    trx,
    history.flatMap((r) => {
      const reportId = reportIds.get(`${r.targetId}:${r.institutionId}`) as number;
      return r.events.map((e) => ({
        report_id: reportId,
        action: e.action,
        from_state: e.from,
        to_state: e.to,
        actor_id: null,
        reason: e.reason,
        at: e.at,
      }));
    }),
  );
  await insertEvidenceRows(
    trx,
    history.flatMap((r) => {
      const reportId = reportIds.get(`${r.targetId}:${r.institutionId}`) as number;
      return r.evidence.map((index) => demoEvidence(reportId, index, r, files));
    }),
  );
  await fillMissingFigures(
    trx,
    periodId,
    institutions.map((i) => i.id),
    now,
  );
  return { aksiIds, assignments, reports: history.length };
}

/** Evidence for one checklist item of a demo report: a shared demo PDF or a link, alternating. */
function demoEvidence(reportId: number, index: number, report: HistoryReport, files: DemoFile[]) {
  const file = files[index % files.length] as DemoFile;
  const asLink = (reportId + index) % 3 === 0;
  return {
    report_id: reportId,
    kind: asLink ? 'link' : 'file',
    checklist_index: index,
    title: asLink ? `Tautan publikasi butir ${index + 1} (data contoh)` : file.title,
    file_sha256: asLink ? null : file.sha256,
    file_name: asLink ? null : file.fileName,
    file_size: asLink ? null : file.size,
    mime_type: asLink ? null : 'application/pdf',
    url: asLink ? `https://contoh.pantau.id/bukti/${reportId}/${index + 1}` : null,
    is_public: report.state === 'accepted' ? 1 : 0,
    created_by: null,
    created_at: report.createdAt,
    removed_at: null,
    removed_by: null,
    removed_reason: null,
  };
}

/**
 * A demo report's impact value: none for a not-applicable claim or a report not yet worked on;
 * otherwise from its score (or progress) and a draw fixed by its target and institution, so the
 * seeded random stream (and every other demo figure) stays as it was.
 */
function reportImpactValue(
  indicator: ImpactIndicator | null,
  report: {
    targetId: number;
    institutionId: number;
    notApplicable: boolean;
    score: number | null;
    progress: number | null;
  },
): number | null {
  if (indicator === null || report.notApplicable) return null;
  const achieved = report.score ?? report.progress;
  if (achieved === null) return null;
  const draw = (((report.targetId * 2_654_435_761) ^ (report.institutionId * 40_503)) >>> 0) / 4_294_967_296;
  return demoImpactValue(indicator, achieved, draw);
}
