/**
 * The observer's home: the national verification backlog, one institution's figures at a time,
 * and the way to the national monitoring dashboards.
 */
import { useEffect, useState } from 'react';
import { AsyncContent } from '../../components/AsyncContent';
import { InstitutionPicker } from '../../components/pickers/SourcePickers';
import { InstitutionFigures } from '../../components/work/InstitutionFigures';
import { Tool } from '../../components/work/Tool';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { pickDefaultPeriod } from '../../lib/periods';
import { useNavigate, useSearchParams } from '../../router';
import { CoordinationSection } from '../coordination/CoordinationSection';
import { DeskTool } from '../feedback-desk/DeskTool';
import { DashboardLinks } from './DashboardLinks';
import { QueueCounts } from './QueueCounts';

function InstitutionChooser({ value }: { value: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(value);
  useEffect(() => setChosen(value), [value]);
  return (
    <form
      className="inline-form"
      method="get"
      action="/kerja"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(chosen ? `/kerja?instansi=${encodeURIComponent(chosen)}` : '/kerja');
      }}
    >
      <InstitutionPicker
        id="observer-institution"
        label={t('observer.institution')}
        hint={t('work.institutionHint')}
        name="instansi"
        value={chosen ? [chosen] : []}
        onChange={([code]) => setChosen(code ?? '')}
      />
      <button type="submit" className="button button--secondary">
        {t('catalogue.show')}
      </button>
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
        <Tool href="/kerja/unduhan" title={t('downloads.tool')} text={t('downloads.tool.text')} />
        <DeskTool />
        <Tool href="/kerja/audit" title={t('audit.tool')} text={t('audit.tool.text')} />
        <Tool href="/kerja/provinsi" title={t('province.tool')} text={t('province.tool.text')} />
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
