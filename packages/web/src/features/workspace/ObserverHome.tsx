/**
 * The observer's home: the national verification backlog, one institution's figures at a time,
 * and the way to the national monitoring dashboards.
 */
import type { InstitutionPageDto } from '@pantau/core';
import { useApi } from '../../api/useApi';
import { AsyncContent } from '../../components/AsyncContent';
import { InstitutionFigures } from '../../components/work/InstitutionFigures';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { pickDefaultPeriod } from '../../lib/periods';
import { Link, useNavigate, useSearchParams } from '../../router';
import { CoordinationSection } from '../coordination/CoordinationSection';
import { DeskTool } from '../feedback-desk/DeskTool';
import { DashboardLinks } from './DashboardLinks';
import { QueueCounts } from './QueueCounts';

function InstitutionChooser({ value }: { value: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const provinces = useApi<InstitutionPageDto>('/api/institutions?type=provinsi&limit=100');
  return (
    <form
      className="inline-form"
      method="get"
      action="/kerja"
      onSubmit={(event) => {
        event.preventDefault();
        const code = String(new FormData(event.currentTarget).get('instansi') ?? '').trim();
        navigate(code ? `/kerja?instansi=${encodeURIComponent(code)}` : '/kerja');
      }}
    >
      <label htmlFor="observer-institution">{t('observer.institution')}</label>
      <input
        id="observer-institution"
        name="instansi"
        list="observer-provinces"
        defaultValue={value}
        key={value}
        aria-describedby="observer-institution-hint"
      />
      <datalist id="observer-provinces">
        {provinces.data?.items.map((province) => (
          <option key={province.code} value={province.code}>
            {province.name}
          </option>
        ))}
      </datalist>
      <button type="submit" className="button button--secondary">
        {t('catalogue.show')}
      </button>
      <p id="observer-institution-hint" className="field__hint">
        {t('work.institutionCodeHint')}
      </p>
    </form>
  );
}

export default function ObserverHome() {
  const { t } = useI18n();
  const periods = usePeriods();
  const code = useSearchParams().get('instansi')?.trim() || '31';
  return (
    <section className="work-section" aria-labelledby="home-observer">
      <h2 id="home-observer">{t('observer.heading')}</h2>
      <DashboardLinks id="observer-dashboards">
        <li className="tool">
          <Link href="/kerja/unduhan" className="tool__link">
            {t('downloads.tool')}
          </Link>
          <p className="muted">{t('downloads.tool.text')}</p>
        </li>
        <DeskTool />
        <li className="tool">
          <Link href="/kerja/audit" className="tool__link">
            {t('audit.tool')}
          </Link>
          <p className="muted">{t('audit.tool.text')}</p>
        </li>
      </DashboardLinks>
      <AsyncContent state={periods}>
        {(list) => {
          const period = pickDefaultPeriod(list);
          if (!period) return <p className="notice">{t('home.noPeriod')}</p>;
          return (
            <>
              <section className="work-subsection" aria-labelledby="observer-queue">
                <h3 id="observer-queue">{t('observer.queue')}</h3>
                <QueueCounts period={period.code} />
              </section>
              <section className="work-subsection" aria-labelledby="observer-figures">
                <h3 id="observer-figures">{t('observer.figures')}</h3>
                <InstitutionChooser value={code} />
                <InstitutionFigures
                  code={code}
                  period={period.code}
                  highlight={period.currentQuarter ?? undefined}
                  headingId="observer-figures"
                  showName
                />
              </section>
            </>
          );
        }}
      </AsyncContent>
      <CoordinationSection id="observer-coordination" />
    </section>
  );
}
