/**
 * Institutions in the open data: the list with verified figures per quarter, one institution's
 * page (targets with the content of accepted reports and their public evidence), and search.
 */
import {
  byNumericCode,
  type InstitutionType,
  type PublicInstitutionDetailDto,
  type PublicInstitutionListDto,
  type QualityGrade,
  shownScore,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { countPublishedFeedback } from '../../db/repositories/feedback.repository.js';
import {
  countInstitutions,
  findInstitutionByCode,
  findInstitutionById,
  type InstitutionFilter,
  listInstitutions,
} from '../../db/repositories/institution.repository.js';
import {
  listAcceptedReportsOf,
  listInstitutionTargets,
  listPublicEvidence,
  searchAksi,
} from '../../db/repositories/public-data.repository.js';
import type { Institution } from '../../db/schema.js';
import { NotFoundError } from '../../errors.js';
import { impactIndicatorOf, publicImpactOf } from '../catalogue/impact-indicator.js';
import { appliedGradeWeight, gradeWeightDto } from '../figures/grade-weight.js';
import { verifiedFigures } from '../figures/public-figures.js';
import { periodOrLatest } from '../periods/active-period.js';

/** Filters of the public institution list. */
export interface PublicInstitutionQuery {
  period?: string | undefined;
  type?: InstitutionType | undefined;
  province?: string | undefined;
  q?: string | undefined;
  quarter?: number | undefined;
}

type ListItem = PublicInstitutionListDto['items'][number];

const brief = (i: Institution) => ({
  code: i.code,
  name: i.name,
  type: i.type as InstitutionType,
  provinceCode: i.province_code,
});

const filterOf = (query: PublicInstitutionQuery): InstitutionFilter => ({
  type: query.type,
  provinceCode: query.province,
  search: query.q,
});

async function listItems(
  db: Executor,
  periodId: number,
  institutions: Institution[],
  quarter: number | undefined,
): Promise<ListItem[]> {
  const figures = await verifiedFigures(
    db,
    periodId,
    institutions.map((i) => i.id),
  );
  return institutions.map((institution) => {
    const own = figures.get(institution.id);
    return {
      ...brief(institution),
      lastVerifiedAt: own?.lastVerifiedAt ?? null,
      quarters: (own?.quarters ?? []).filter((q) => quarter === undefined || q.quarter === quarter),
    };
  });
}

/** One page of institutions with their verified figures. */
export async function publicInstitutionList(
  context: AppContext,
  query: PublicInstitutionQuery,
  page: { limit: number; offset: number },
): Promise<PublicInstitutionListDto> {
  const { db } = context.database;
  const period = await periodOrLatest(db, query.period);
  const filter = filterOf(query);
  const [total, institutions] = await Promise.all([countInstitutions(db, filter), listInstitutions(db, filter, page)]);
  return { period: period.code, total, ...page, items: await listItems(db, period.id, institutions, query.quarter) };
}

/**
 * Every matching institution with its figures, a batch at a time (for downloads). Resolves the
 * period first, so an unknown one is a 404 before anything is streamed.
 */
export async function allPublicInstitutions(
  context: AppContext,
  query: PublicInstitutionQuery,
): Promise<{ period: string; rows: AsyncIterable<ListItem & { period: string }> }> {
  const { db } = context.database;
  const period = await periodOrLatest(db, query.period);
  const BATCH = 200;
  const rows = (async function* () {
    for (let offset = 0; ; offset += BATCH) {
      const institutions = await listInstitutions(db, filterOf(query), { limit: BATCH, offset });
      const items = await listItems(db, period.id, institutions, query.quarter);
      for (const item of items) yield { ...item, period: period.code };
      if (institutions.length < BATCH) return;
    }
  })();
  return { period: period.code, rows };
}

function parseChecklist(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/** One institution's public page for a period. */
export async function publicInstitutionDetail(
  context: AppContext,
  code: string,
  periodCode: string | undefined,
): Promise<PublicInstitutionDetailDto> {
  const { db } = context.database;
  const institution = await findInstitutionByCode(db, code.toUpperCase());
  if (!institution) {
    throw new NotFoundError({ id: `Instansi ${code} tidak ditemukan.`, en: `Institution ${code} not found.` });
  }
  const period = await periodOrLatest(db, periodCode);
  const [targets, reports, figures, parent, feedbackAnswered] = await Promise.all([
    listInstitutionTargets(db, institution.id, period.id),
    listAcceptedReportsOf(db, institution.id, period.id),
    verifiedFigures(db, period.id, [institution.id]),
    institution.parent_id === null ? undefined : findInstitutionById(db, institution.parent_id),
    countPublishedFeedback(db, institution.id),
  ]);
  const evidence = await listPublicEvidence(
    db,
    reports.map((r) => r.id),
  );
  const reportOf = new Map(reports.map((r) => [r.target_id, r]));
  const own = figures.get(institution.id);
  const rows = targets
    .sort(
      (a, b) => byNumericCode({ code: a.output_code }, { code: b.output_code }) || a.quarter_number - b.quarter_number,
    )
    .map((t) => {
      const report = reportOf.get(t.target_id);
      const checklist = report ? parseChecklist(report.evidence_checklist) : [];
      return {
        aksi: { code: t.aksi_code, name: t.aksi_name },
        output: { code: t.output_code, name: t.output_name },
        target: {
          code: t.target_code,
          quarter: t.quarter_number,
          version: report?.target_version ?? t.current_version,
          successMeasure: report?.success_measure ?? t.success_measure,
          weight: report?.weight ?? t.weight,
          impact: impactIndicatorOf(report ?? t),
        },
        verified: report
          ? {
              score: shownScore({
                notApplicable: report.na_accepted === 1,
                score: report.field_score ?? report.score ?? 0,
              }),
              qualityGrade: report.quality_grade as QualityGrade | null,
              verifiedAt: report.verified_at ?? '',
              narrative: report.narrative,
              notApplicable: report.na_accepted === 1,
              notApplicableReason: report.na_accepted === 1 ? report.not_applicable_reason : null,
              impact: publicImpactOf(report),
              evidence: evidence
                .filter((e) => e.report_id === report.id)
                .map((e) => ({
                  id: e.id,
                  kind: e.kind as 'file' | 'link',
                  title: e.title,
                  checklistItem: checklist[e.checklist_index] ?? null,
                  fileName: e.file_name,
                  fileSize: e.file_size,
                  mimeType: e.mime_type,
                  sha256: e.file_sha256,
                  url: e.kind === 'link' ? e.url : null,
                  downloadUrl: e.kind === 'file' ? `/api/public/evidence/${e.id}/file` : null,
                })),
            }
          : null,
      };
    });
  return {
    period: period.code,
    gradeWeight: gradeWeightDto(await appliedGradeWeight(db)),
    institution: { ...brief(institution), parent: parent ? brief(parent) : null },
    lastVerifiedAt: own?.lastVerifiedAt ?? null,
    quarters: own?.quarters ?? [],
    targets: rows,
    feedbackAnswered,
  };
}

/** Institutions by name or region code, and aksi by code or name. */
export async function publicSearch(context: AppContext, q: string) {
  const { db } = context.database;
  const [institutions, aksi] = await Promise.all([
    listInstitutions(db, { search: q }, { limit: 20, offset: 0 }),
    searchAksi(db, q, 20),
  ]);
  return {
    query: q,
    institutions: institutions.map(brief),
    aksi: aksi.map((a) => ({ period: a.period_code, code: a.code, name: a.name })),
  };
}
