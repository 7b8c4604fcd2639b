/** An aksi's public page: its outputs and targets, verified results by quarter, and each verified result. */
import {
  byNumericCode,
  EMPTY_SUMS,
  gradeDistribution,
  type InstitutionType,
  type PublicAksiDto,
  type QualityGrade,
  roundOne,
  shownScore,
  triwulanLabel,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { listCurrentTargets, listOutputs } from '../../db/repositories/catalogue.repository.js';
import {
  countAksiResults,
  findAksiWithFokus,
  listAksiResults,
  listAksiScores,
} from '../../db/repositories/public-data.repository.js';
import { NotFoundError } from '../../errors.js';
import { impactIndicatorOf, publicImpactOf } from '../catalogue/impact-indicator.js';
import { catalogueRows } from '../dashboard/dashboard-outputs.service.js';
import { appliedGradeWeight, gradeWeightDto } from '../figures/grade-weight.js';
import { periodOrLatest } from '../periods/active-period.js';

type Result = PublicAksiDto['results'][number];

async function requireAksi(db: Executor, code: string, periodCode: string | undefined) {
  const period = await periodOrLatest(db, periodCode);
  const aksi = await findAksiWithFokus(db, period.id, code);
  if (!aksi) {
    throw new NotFoundError({
      id: `Aksi ${code} tidak ada pada periode ${period.code}.`,
      en: `Aksi ${code} does not exist in period ${period.code}.`,
    });
  }
  return { period, aksi };
}

function toResult(row: Awaited<ReturnType<typeof listAksiResults>>[number]): Result {
  return {
    institution: {
      code: row.institution_code,
      name: row.institution_name,
      type: row.institution_type as InstitutionType,
      provinceCode: row.province_code,
    },
    outputCode: row.output_code,
    targetCode: row.target_code,
    quarter: row.quarter_number,
    score: shownScore({ notApplicable: row.na_accepted === 1, score: row.field_score ?? row.score ?? 0 }),
    qualityGrade: row.quality_grade as QualityGrade | null,
    notApplicable: row.na_accepted === 1,
    verifiedAt: row.verified_at ?? '',
    impact: publicImpactOf(row),
  };
}

/** The aksi page with one page of verified results. */
export async function publicAksi(
  context: AppContext,
  code: string,
  periodCode: string | undefined,
  page: { limit: number; offset: number },
): Promise<PublicAksiDto> {
  const { db } = context.database;
  const { period, aksi } = await requireAksi(db, code, periodCode);
  const [outputs, targets, scores, total, results] = await Promise.all([
    listOutputs(db, period.id),
    listCurrentTargets(db, period.id),
    listAksiScores(db, aksi.id),
    countAksiResults(db, aksi.id),
    listAksiResults(db, aksi.id, page),
  ]);
  const own = outputs.filter((o) => o.aksi_id === aksi.id).sort(byNumericCode);
  const outputViews = own.map((o) => ({
    code: o.code,
    name: o.name,
    institutionCount: Number(o.institution_count),
    targets: targets
      .filter((t) => t.output_id === o.id)
      .map((t) => ({
        code: t.code,
        quarter: t.quarter_number,
        successMeasure: t.success_measure,
        weight: t.weight,
        impact: impactIndicatorOf(t),
      })),
  }));
  const due = [...new Set(targets.map((t) => t.quarter_number))].sort((a, b) => a - b);
  // The headline figures of the aksi are the dashboard's, from the same sums (one definition).
  const figures = await Promise.all(
    due.map(async (quarter) => (await catalogueRows(db, period.id, quarter, 'aksi', { aksiId: aksi.id }))[0]),
  );
  const quarters = due.map((quarter, index) => {
    const expected = outputViews.reduce(
      (sum, o) => sum + o.institutionCount * o.targets.filter((t) => t.quarter === quarter).length,
      0,
    );
    const verified = scores.filter((s) => s.quarter_number === quarter);
    const scored = verified.filter((s) => s.na_accepted !== 1).map((s) => s.field_score ?? s.score ?? 0);
    const row = figures[index];
    return {
      quarter,
      label: triwulanLabel(quarter),
      expected: row?.expected ?? expected,
      verified: row?.verified ?? verified.length,
      meanScore: scored.length === 0 ? null : roundOne(scored.reduce((a, b) => a + b, 0) / scored.length),
      achievement: row?.achievement ?? null,
      band: row?.band ?? null,
      institutions: row?.institutions ?? 0,
      onTime: row?.onTime ?? 0,
      onTimeRate: row?.rates.onTime ?? null,
      verifiedRate: row?.rates.verified ?? null,
      grades: row?.grades ?? gradeDistribution(EMPTY_SUMS),
    };
  });
  return {
    period: period.code,
    gradeWeight: gradeWeightDto(await appliedGradeWeight(db)),
    fokus: { code: aksi.fokus_code, name: aksi.fokus_name },
    aksi: { code: aksi.code, name: aksi.name },
    outputs: outputViews,
    quarters,
    total,
    ...page,
    results: results.map(toResult),
  };
}

/**
 * Every verified result of the aksi, a batch at a time (for downloads). Resolves the aksi first,
 * so an unknown one is a 404 before anything is streamed.
 */
export async function allAksiResults(
  context: AppContext,
  code: string,
  periodCode: string | undefined,
): Promise<{ period: string; rows: AsyncIterable<Result & { period: string; aksiCode: string }> }> {
  const { db } = context.database;
  const { period, aksi } = await requireAksi(db, code, periodCode);
  const BATCH = 1000;
  const rows = (async function* () {
    for (let offset = 0; ; offset += BATCH) {
      const rows = await listAksiResults(db, aksi.id, { limit: BATCH, offset });
      for (const row of rows) yield { ...toResult(row), period: period.code, aksiCode: aksi.code };
      if (rows.length < BATCH) return;
    }
  })();
  return { period: period.code, rows };
}
