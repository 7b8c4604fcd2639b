import type { CatalogueDto } from '@pantau/core';
import { useQuarterName } from '../../components/useQuarterName';
import { ImpactIndicatorText } from '../../components/work/ImpactText';
import { useI18n } from '../../i18n/I18nProvider';

type Target = CatalogueDto['fokus'][number]['aksi'][number]['outputs'][number]['targets'][number];

/** An output's quarterly targets: success measure, evidence checklist, weight and impact indicator. */
export function TargetList({ targets }: { targets: readonly Target[] }) {
  const { t } = useI18n();
  const quarterName = useQuarterName();
  if (targets.length === 0) return <p className="muted">{t('catalogue.noTargets')}</p>;
  return (
    <ol className="targets">
      {[...targets]
        .sort((a, b) => a.quarter - b.quarter)
        .map((target) => (
          <li key={target.code} className="target">
            <h5 className="target__quarter">
              {quarterName(target.quarter)}
              {target.version > 1 ? (
                <span className="muted"> · {t('catalogue.version', { version: target.version })}</span>
              ) : null}
            </h5>
            <dl className="facts">
              <div>
                <dt>{t('catalogue.successMeasure')}</dt>
                <dd>{target.successMeasure}</dd>
              </div>
              <div>
                <dt>{t('catalogue.evidence')}</dt>
                <dd>
                  <ul className="checklist">
                    {target.evidenceChecklist.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </dd>
              </div>
              <div>
                <dt>{t('catalogue.weight')}</dt>
                <dd>{target.weight}</dd>
              </div>
              <div>
                <dt>{t('catalogue.impact')}</dt>
                <dd>{target.impact ? <ImpactIndicatorText indicator={target.impact} /> : t('catalogue.noImpact')}</dd>
              </div>
            </dl>
          </li>
        ))}
    </ol>
  );
}
