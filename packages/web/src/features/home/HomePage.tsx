/** Beranda: the active period, its quarter schedule, and the size of the programme. */
import type { PeriodDto } from '@pantau/core';
import { useMemo } from 'react';
import { useApi } from '../../api/useApi';
import { AsyncContent } from '../../components/AsyncContent';
import { StatusBadge } from '../../components/StatusBadge';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInJakarta } from '../../lib/dates';
import { formatPeriodCode } from '../../lib/format';
import { pickDefaultPeriod } from '../../lib/periods';
import { CatalogueSummary } from './CatalogueSummary';
import { CurrentQuarter } from './CurrentQuarter';
import { InstitutionSummary } from './InstitutionSummary';
import { QuarterTimeline } from './QuarterTimeline';
import './home.css';

function ActivePeriod({ period }: { period: PeriodDto }) {
  const { t } = useI18n();
  const today = useMemo(() => todayInJakarta(new Date()), []);
  return (
    <>
      <section className="panel panel--highlight" aria-labelledby="home-period">
        <p className="eyebrow">{t(period.status === 'active' ? 'home.activePeriod' : 'home.latestPeriod')}</p>
        <h2 id="home-period" className="period-name">
          {period.name}{' '}
          <StatusBadge tone={period.status === 'active' ? 'open' : 'neutral'}>
            {t(`period.status.${period.status}`)}
          </StatusBadge>
        </h2>
        <CurrentQuarter period={period} today={today} />
      </section>
      <section aria-labelledby="home-timeline">
        <h2 id="home-timeline">{t('home.timeline')}</h2>
        <p className="muted">{t('home.timelineHint', { code: formatPeriodCode(period.code) })}</p>
        <QuarterTimeline period={period} today={today} />
      </section>
      <div className="panel-grid">
        <CatalogueSummary periodCode={period.code} />
        <InstitutionSummary />
      </div>
    </>
  );
}

export default function HomePage() {
  const { t } = useI18n();
  useDocumentTitle(t('home.title'));
  const periods = useApi<PeriodDto[]>('/api/periods');
  return (
    <>
      <div className="page-intro">
        <h1>{t('home.heading')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </div>
      <AsyncContent state={periods}>
        {(list) => {
          const period = pickDefaultPeriod(list);
          if (period) return <ActivePeriod period={period} />;
          return (
            <>
              <p className="notice">{t('home.noPeriod')}</p>
              <InstitutionSummary />
            </>
          );
        }}
      </AsyncContent>
    </>
  );
}
