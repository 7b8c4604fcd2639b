/** The key figures of a group at the quarter: achievement with its band and compliance, each linking to its reports. */
import { FIGURE_NAMES, type ImpactFigures } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { BandBadge } from './BandBadge';
import { type DrillFilters, drillHref } from './drill';
import type { FigureCounts } from './FigureTable';
import { formatPercent } from './figure-format';
import { GradeBar } from './GradeBar';

export function Headline({
  figures,
  drill,
  period,
  quarter,
  bands,
  impact,
}: {
  figures: FigureCounts;
  drill: DrillFilters;
  period: string;
  quarter: number;
  bands?: { baik: number; cukup: number; kurang: number };
  impact?: ImpactFigures;
}) {
  const { t, lang, formatNumber } = useI18n();
  return (
    <dl className="dash-headline">
      <div>
        <dt>{t('dashboard.col.achievement')}</dt>
        <dd>
          {figures.achievement === null ? (
            '–'
          ) : (
            <Link
              href={drillHref(period, quarter, drill, 'achievement')}
              className="dash-headline__value"
              aria-label={t('dashboard.headline.achievementLink', { value: formatPercent(figures.achievement, lang) })}
            >
              {formatPercent(figures.achievement, lang)}
            </Link>
          )}{' '}
          <BandBadge band={figures.band} />
        </dd>
      </div>
      <div>
        <dt>{t('dashboard.col.expected')}</dt>
        <dd>
          <span className="dash-headline__value">{formatNumber(figures.expected)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('dashboard.headline.compliance')}</dt>
        <dd>
          <span className="dash-headline__value">{formatPercent(figures.rates.onTime, lang)}</span>{' '}
          <span className="muted">
            <Link
              href={drillHref(period, quarter, drill, 'onTime')}
              aria-label={t('dashboard.headline.onTimeLink', { value: formatNumber(figures.onTime) })}
            >
              {formatNumber(figures.onTime)}
            </Link>{' '}
            {t('dashboard.headline.onTimeCount')}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('dashboard.col.submitted')}</dt>
        <dd>
          <Link href={drillHref(period, quarter, drill, 'submitted')} className="dash-headline__value">
            {formatNumber(figures.submitted)}
          </Link>{' '}
          <span className="muted">{formatPercent(figures.rates.submitted, lang)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('dashboard.col.verified')}</dt>
        <dd>
          <Link href={drillHref(period, quarter, drill, 'verified')} className="dash-headline__value">
            {formatNumber(figures.verified)}
          </Link>{' '}
          <span className="muted">{formatPercent(figures.rates.verified, lang)}</span>
        </dd>
      </div>
      {bands && (
        <div>
          <dt>{t('dashboard.headline.bands')}</dt>
          <dd>{t('dashboard.headline.bandCounts', { baik: bands.baik, cukup: bands.cukup, kurang: bands.kurang })}</dd>
        </div>
      )}
      {impact && (
        <div data-figure="impact-reached">
          <dt>{FIGURE_NAMES.impactReached[lang]}</dt>
          <dd>
            {impact.judged === 0 ? (
              <span className="muted">{t('dashboard.headline.impactNone')}</span>
            ) : (
              <>
                <span className="dash-headline__value">{formatPercent(impact.reachedRate, lang)}</span>{' '}
                <span className="muted">
                  {t('dashboard.headline.impactJudged', {
                    judged: formatNumber(impact.judged),
                    share: formatPercent(impact.meanShare, lang),
                  })}
                </span>
              </>
            )}
          </dd>
        </div>
      )}
      {figures.grades && (
        <div className="dash-headline__wide" data-testid="headline-grades">
          <dt>{t('dashboard.grades.heading')}</dt>
          <dd>
            <GradeBar grades={figures.grades} />
            <span className="muted">{t('dashboard.grades.text')}</span>
          </dd>
        </div>
      )}
    </dl>
  );
}
