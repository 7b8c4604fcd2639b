/** A target version's impact indicator between its columns and the catalogue's shape. */
import {
  formatImpact,
  IMPACT_DIRECTIONS,
  type ImpactDirection,
  type ImpactIndicator,
  judgeImpact,
  type PublicImpactDto,
} from '@pantau/core';
import type { TargetVersionTable } from '../../db/schema.js';

type IndicatorColumns = Pick<
  TargetVersionTable,
  'impact_name' | 'impact_unit' | 'impact_baseline' | 'impact_target' | 'impact_direction' | 'impact_source'
>;

/** The indicator a version declares, or null. Numbers come back from PostgreSQL as text, hence `Number`. */
export function impactIndicatorOf(v: IndicatorColumns): ImpactIndicator | null {
  if (!v.impact_name || !v.impact_unit) return null;
  const direction: ImpactDirection = IMPACT_DIRECTIONS.includes(v.impact_direction as ImpactDirection)
    ? (v.impact_direction as ImpactDirection)
    : 'higher';
  return {
    name: v.impact_name,
    unit: v.impact_unit,
    baseline: Number(v.impact_baseline ?? 0),
    target: v.impact_target === null ? null : Number(v.impact_target),
    direction,
    source: v.impact_source,
  };
}

/** The columns that store `indicator` (all null for none). */
export function impactColumnsOf(indicator: ImpactIndicator | null): IndicatorColumns {
  return {
    impact_name: indicator?.name ?? null,
    impact_unit: indicator?.unit ?? null,
    impact_baseline: indicator?.baseline ?? null,
    impact_target: indicator?.target ?? null,
    impact_direction: indicator?.direction ?? null,
    impact_source: indicator?.source ?? null,
  };
}

/** Whether the stored columns hold exactly `indicator`. */
export function sameImpactIndicator(stored: IndicatorColumns, indicator: ImpactIndicator | null): boolean {
  const current = impactIndicatorOf(stored);
  if (current === null || indicator === null) return current === indicator;
  return (
    current.name === indicator.name &&
    current.unit === indicator.unit &&
    current.baseline === indicator.baseline &&
    current.target === indicator.target &&
    current.direction === indicator.direction &&
    current.source === indicator.source
  );
}

/**
 * A verified report's impact for the public: the indicator's raw numbers, the value, the judged
 * share and the same words every surface shows. Null without an indicator or for an accepted
 * not-applicable claim.
 */
export function publicImpactOf(
  row: IndicatorColumns & { impact_value: number | null; na_accepted: number },
): PublicImpactDto | null {
  const indicator = impactIndicatorOf(row);
  if (indicator === null || row.na_accepted === 1) return null;
  const value = row.impact_value === null ? null : Number(row.impact_value);
  const judged = judgeImpact(indicator, value);
  return { ...indicator, value, share: judged.share, reached: judged.reached, text: formatImpact(judged, 'id') };
}
