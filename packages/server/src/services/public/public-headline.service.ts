/**
 * The headline figures of the nation, a province or an institution type, from the same published
 * per-institution sums as the institution list, added up and divided once (`headlineOf` in core);
 * which quarter is judged and which is still in progress (`headlineQuarters` in core).
 */
import {
  dateInZone,
  type FigureSums,
  headlineOf,
  headlineQuarters,
  type ImpactFigures,
  type PublicHeadlineDto,
  type PublicInstitutionDetailDto,
  type PublicInstitutionListDto,
  triwulanLabel,
} from '@pantau/core';
import type { AppContext } from '../../context.js';
import { findInstitutionByCode } from '../../db/repositories/institution.repository.js';
import { listQuarters } from '../../db/repositories/period.repository.js';
import type { ImpactScope } from '../../db/repositories/public-data.repository.js';
import { appliedGradeWeight, gradeWeightDto } from '../figures/grade-weight.js';
import { impactFiguresByQuarter, NO_IMPACT_FIGURES } from '../figures/impact-figures.js';
import { periodOrLatest } from '../periods/active-period.js';
import { allPublicInstitutions, type PublicInstitutionQuery } from './public-institution.service.js';

type Item = PublicInstitutionListDto['items'][number];

/** An institution's published sums at a quarter (submitted and complete are not published). */
export function publishedSums(item: Item, quarter: number): FigureSums | undefined {
  const q = item.quarters.find((f) => f.quarter === quarter);
  if (!q) return undefined;
  return {
    weightDue: q.weightDue,
    weightedScore: q.weightedScore,
    expected: q.expected,
    submitted: 0,
    onTime: q.onTime,
    complete: 0,
    verified: q.verified,
    notApplicable: q.notApplicable,
    administratif: q.grades.administratif,
    terlaksana: q.grades.terlaksana,
    berdampak: q.grades.berdampak,
  };
}

/** The headline figures of `items` at `quarter`. */
export function headlineAt(
  items: readonly Item[],
  quarter: number,
  impact: ImpactFigures = NO_IMPACT_FIGURES,
): PublicHeadlineDto['quarters'][number] {
  const h = headlineOf(items.map((i) => publishedSums(i, quarter)).filter((s): s is FigureSums => s !== undefined));
  return {
    quarter,
    label: triwulanLabel(quarter),
    achievement: h.achievement,
    band: h.band,
    institutions: h.institutions,
    expected: h.expected,
    onTime: h.onTime,
    onTimeRate: h.rates.onTime,
    verified: h.verified,
    verifiedRate: h.rates.verified,
    notApplicable: h.notApplicable,
    impact,
    grades: h.grades,
  };
}

/**
 * The headline of a set of published institutions in a period; `scope` selects the same
 * institutions for the impact figures (the nation when empty).
 */
export async function headlineOfItems(
  context: AppContext,
  periodId: number,
  periodCode: string,
  items: readonly Item[],
  scope: ImpactScope = {},
): Promise<PublicHeadlineDto> {
  const [quarters, impact] = await Promise.all([
    listQuarters(context.database.db, [periodId]),
    impactFiguresByQuarter(context.database.db, periodId, scope),
  ]);
  const figures = quarters
    .sort((a, b) => a.number - b.number)
    .map((q) => ({ q, figures: headlineAt(items, q.number, impact.get(q.number)) }))
    .filter((entry) => entry.figures.expected > 0);
  const chosen = headlineQuarters(
    figures.map(({ q, figures }) => ({
      number: q.number,
      startsOn: q.starts_on,
      verificationEndsOn: q.verification_ends_on,
      expected: figures.expected,
    })),
    dateInZone(context.clock.now()),
  );
  const lastVerifiedAt = items.reduce<string | null>(
    (last, i) => (i.lastVerifiedAt !== null && (last === null || i.lastVerifiedAt > last) ? i.lastVerifiedAt : last),
    null,
  );
  const gradeWeight = gradeWeightDto(await appliedGradeWeight(context.database.db));
  return {
    period: periodCode,
    gradeWeight,
    ...chosen,
    lastVerifiedAt,
    countedAt: context.clock.now().toISOString(),
    quarters: figures.map((f) => f.figures),
  };
}

/** The public headline of the nation, or of a province or type. */
export async function publicHeadline(
  context: AppContext,
  query: Pick<PublicInstitutionQuery, 'period' | 'province' | 'type'>,
): Promise<PublicHeadlineDto> {
  const period = await periodOrLatest(context.database.db, query.period);
  const { rows } = await allPublicInstitutions(context, { ...query, period: period.code });
  const items: Item[] = [];
  for await (const row of rows) items.push(row);
  return headlineOfItems(context, period.id, period.code, items, { provinceCode: query.province, type: query.type });
}

/** The quarter an institution's page judges: its latest with targets due whose verification has ended. */
export async function gradedQuarterOf(context: AppContext, detail: PublicInstitutionDetailDto): Promise<number | null> {
  const period = await periodOrLatest(context.database.db, detail.period);
  const { parent: _parent, ...institution } = detail.institution;
  const item: Item = { ...institution, lastVerifiedAt: detail.lastVerifiedAt, quarters: detail.quarters };
  const scope = {
    institutionId: (await findInstitutionByCode(context.database.db, detail.institution.code))?.id ?? -1,
  };
  return (await headlineOfItems(context, period.id, period.code, [item], scope)).graded;
}
