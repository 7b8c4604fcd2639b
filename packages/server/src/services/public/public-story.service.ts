/**
 * Published process and results stories for the portal and the feeds: each with the verified
 * result of the report it tells (while that report is accepted), the evidence the institution
 * made public, the quality grade and the impact value as stored. A story whose report was reopened
 * shows without a result until the report is accepted again.
 */
import { type InstitutionType, type PublicationDto, type QualityGrade, shownScore } from '@pantau/core';
import type { AppContext } from '../../context.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { listPublicEvidence } from '../../db/repositories/public-data.repository.js';
import { listPublicStories, listRecentlyVerified } from '../../db/repositories/story.repository.js';
import { NotFoundError } from '../../errors.js';

/** Evidence of the result the institution chose to make public. */
export interface PublicStoryEvidence {
  id: number;
  title: string;
  href: string;
}

/** The verified result a story tells. */
export interface PublicStoryResult {
  reportId: number;
  period: string;
  quarter: number;
  target: string;
  aksi: { code: string; name: string };
  output: { code: string; name: string };
  successMeasure: string;
  /** null: "tidak berlaku" (accepted not-applicable claim). */
  score: number | null;
  notApplicable: boolean;
  qualityGrade: QualityGrade | null;
  impact: { name: string; unit: string; baseline: number; value: number | null } | null;
  verifiedAt: string;
  evidence: PublicStoryEvidence[];
}

/** A published story as the public sees it: never its author or drafts. */
export interface PublicStory {
  id: number;
  institution: { code: string; name: string; type: InstitutionType };
  kind: PublicationDto['kind'];
  title: string;
  summary: string | null;
  url: string | null;
  hasFile: boolean;
  publishedOn: string;
  publishedAt: string;
  result: PublicStoryResult | null;
}

const NOT_FOUND = { id: 'Cerita tidak ditemukan.', en: 'Story not found.' };

async function storiesWhere(
  context: AppContext,
  filter: Parameters<typeof listPublicStories>[1],
): Promise<PublicStory[]> {
  const { db } = context.database;
  const rows = await listPublicStories(db, filter);
  const evidence = await listPublicEvidence(
    db,
    rows.flatMap((r) => (r.result_report_id === null ? [] : [r.result_report_id])),
  );
  return rows.map((row) => {
    const reportId = row.result_report_id;
    const result: PublicStoryResult | null =
      reportId === null
        ? null
        : {
            reportId,
            period: row.period_code ?? '',
            quarter: row.quarter_number ?? 0,
            target: row.target_code ?? '',
            aksi: { code: row.aksi_code ?? '', name: row.aksi_name ?? '' },
            output: { code: row.output_code ?? '', name: row.output_name ?? '' },
            successMeasure: row.success_measure ?? '',
            score: shownScore({ notApplicable: row.na_accepted === 1, score: row.field_score ?? row.score ?? 0 }),
            notApplicable: row.na_accepted === 1,
            qualityGrade: row.quality_grade as QualityGrade | null,
            impact:
              row.impact_name && row.impact_unit && row.impact_baseline !== null
                ? {
                    name: row.impact_name,
                    unit: row.impact_unit,
                    baseline: row.impact_baseline,
                    value: row.impact_value,
                  }
                : null,
            verifiedAt: row.verified_at ?? '',
            evidence: evidence
              .filter((e) => e.report_id === reportId)
              .map((e) => ({
                id: e.id,
                title: e.title,
                href: e.kind === 'file' ? `/api/public/evidence/${e.id}/file` : (e.url ?? ''),
              })),
          };
    return {
      id: row.id,
      institution: {
        code: row.institution_code,
        name: row.institution_name,
        type: row.institution_type as InstitutionType,
      },
      kind: row.kind as PublicationDto['kind'],
      title: row.title,
      summary: row.summary,
      url: row.url,
      hasFile: row.attachment_id !== null,
      publishedOn: row.published_on,
      publishedAt: row.published_at ?? row.published_on,
      result,
    };
  });
}

/** Published stories, latest first: of one institution, of one aksi of a period, or all. */
export async function publicStories(
  context: AppContext,
  filter: { institutionCode?: string | undefined; aksi?: { code: string; periodCode: string }; limit?: number } = {},
): Promise<PublicStory[]> {
  let institutionId: number | undefined;
  if (filter.institutionCode !== undefined) {
    const institution = await findInstitutionByCode(context.database.db, filter.institutionCode.toUpperCase());
    if (!institution) return [];
    institutionId = institution.id;
  }
  return storiesWhere(context, { institutionId, aksi: filter.aksi, limit: filter.limit ?? 50 });
}

/** One published story; drafts and non-stories are not found. */
export async function publicStory(context: AppContext, id: number): Promise<PublicStory> {
  const [story] = await storiesWhere(context, { id, limit: 1 });
  if (!story) throw new NotFoundError(NOT_FOUND);
  return story;
}

/** A newly verified result, for the feeds. */
export interface VerifiedResultItem {
  reportId: number;
  institution: { code: string; name: string };
  period: string;
  quarter: number;
  target: string;
  aksi: { code: string; name: string };
  outputName: string;
  successMeasure: string;
  score: number | null;
  qualityGrade: QualityGrade | null;
  verifiedAt: string;
}

/** The latest verified results (accepted reports), of one institution or all. */
export async function recentlyVerified(
  context: AppContext,
  filter: { institutionCode?: string | undefined; limit: number },
): Promise<VerifiedResultItem[]> {
  const { db } = context.database;
  let institutionId: number | undefined;
  if (filter.institutionCode !== undefined) {
    const institution = await findInstitutionByCode(db, filter.institutionCode.toUpperCase());
    if (!institution) return [];
    institutionId = institution.id;
  }
  const rows = await listRecentlyVerified(db, { institutionId, limit: filter.limit });
  return rows.map((row) => ({
    reportId: row.id,
    institution: { code: row.institution_code, name: row.institution_name },
    period: row.period_code,
    quarter: row.quarter_number,
    target: row.target_code,
    aksi: { code: row.aksi_code, name: row.aksi_name },
    outputName: row.output_name,
    successMeasure: row.success_measure,
    score: shownScore({ notApplicable: row.na_accepted === 1, score: row.field_score ?? row.score ?? 0 }),
    qualityGrade: row.quality_grade as QualityGrade | null,
    verifiedAt: row.verified_at ?? '',
  }));
}
