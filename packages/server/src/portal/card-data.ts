/** What an institution's card shows for a quarter, from its public page (verified data only). */
import { impactHeadlineOf, type PublicInstitutionDetailDto } from '@pantau/core';
import type { CardData } from './card.js';
import { headlineQuarter } from './pages.js';

/** Card data of one quarter (the headline quarter unless one is asked for). */
export function cardDataOf(detail: PublicInstitutionDetailDto, quarter: number | undefined): CardData {
  const q = quarter ?? headlineQuarter([detail.quarters]) ?? undefined;
  const figures = detail.quarters.find((f) => f.quarter === q);
  const top = detail.targets
    .filter((t) => t.verified && !t.verified.notApplicable && (q === undefined || t.target.quarter <= q))
    .sort((a, b) => (b.verified?.score ?? 0) - (a.verified?.score ?? 0))
    .slice(0, 3)
    .map((t) => ({ label: `${t.output.code} ${t.output.name}`, score: t.verified?.score ?? 0 }));
  return {
    institutionName: detail.institution.name,
    institutionCode: detail.institution.code,
    periodCode: detail.period,
    quarterLabel: figures?.label ?? '',
    achievement: figures?.achievement ?? null,
    band: figures?.band ?? null,
    verifiedRate: figures?.verifiedRate ?? null,
    verified: figures?.verified ?? 0,
    expected: figures?.expected ?? 0,
    lastVerifiedAt: figures?.lastVerifiedAt ?? detail.lastVerifiedAt,
    grades: figures?.grades ?? null,
    // Dampak tercapai of the quarter: its verified results whose impact could be judged.
    impact: impactHeadlineOf(
      detail.targets.flatMap((t) => (t.target.quarter === q && t.verified?.impact ? [t.verified.impact] : [])),
    ),
    gradeWeight: detail.gradeWeight,
    topResults: top,
  };
}
