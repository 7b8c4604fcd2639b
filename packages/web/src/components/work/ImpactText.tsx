/**
 * An impact indicator and a value judged against it, written the same way as on the portal and in
 * the open data (`formatImpact` in @pantau/core): "14 → 9 dari target 5 hari, lebih rendah lebih
 * baik: 56 %".
 */
import { formatImpact, IMPACT_DIRECTION_NAMES, type ImpactIndicator, judgeImpact } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';

/** The indicator's facts: name, unit, baseline, target value, direction and source. */
export function ImpactIndicatorText({ indicator }: { indicator: ImpactIndicator }) {
  const { t, lang, formatNumber } = useI18n();
  return (
    <>
      {t('catalogue.impactValue', {
        name: indicator.name,
        unit: indicator.unit,
        baseline: formatNumber(indicator.baseline),
        target: indicator.target === null ? t('impact.noTarget') : formatNumber(indicator.target),
        direction: IMPACT_DIRECTION_NAMES[indicator.direction][lang],
      })}
      {indicator.source ? ` ${t('impact.source', { source: indicator.source })}` : ''}
    </>
  );
}

/** A value judged against the indicator, with the raw numbers; `data-impact-share` holds the share. */
export function JudgedImpactText({
  indicator,
  value,
  id,
}: {
  indicator: ImpactIndicator;
  value: number | null;
  id?: string;
}) {
  const { lang } = useI18n();
  const judged = judgeImpact(indicator, value);
  return (
    <span id={id} className="judged-impact" data-impact-share={judged.share ?? ''}>
      {formatImpact(judged, lang)}
    </span>
  );
}
