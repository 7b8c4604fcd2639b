/** /kerja/periode — admin: open and close quarters, move deadlines, give institutions extensions. */
import type { PeriodDto } from '@pantau/core';
import { useState } from 'react';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useQuarterName } from '../../components/useQuarterName';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { WorkPeriodPicker } from '../../components/work/WorkPeriodPicker';
import { useI18n } from '../../i18n/I18nProvider';
import { pickDefaultPeriod } from '../../lib/periods';
import { useNavigate, useSearchParams } from '../../router';
import { type CreatedPeriod, CreatePeriodForm } from './CreatePeriodForm';
import { ExtensionForm } from './ExtensionForm';
import { type FieldSample, QuarterRow } from './QuarterRow';
import '../../components/work/work.css';
import './admin.css';

function PeriodAdmin({ initial, institution }: { initial: PeriodDto; institution: string }) {
  const { t, formatDate } = useI18n();
  const quarterName = useQuarterName();
  const [period, setPeriod] = useState(initial);
  const [sample, setSample] = useState<FieldSample | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <section aria-labelledby="periods-quarters">
        <h2 id="periods-quarters">{t('periods.quartersHeading', { name: period.name })}</h2>
        <p className="muted">
          {t('periods.rules', { deadlineDays: period.deadlineDays, verificationDays: period.verificationDays })}
        </p>
        {sample ? (
          <div className="notice notice--success" role="status">
            <p>
              {t('periods.sampleDrawn', {
                quarter: quarterName(sample.quarter),
                size: sample.size,
                population: sample.population.length,
                date: formatDate(sample.drawnAt),
              })}
            </p>
            <p className="notice__meta">{t('periods.sampleSeed', { seed: sample.seed })}</p>
          </div>
        ) : null}
        {saved ? (
          <div className="notice notice--success" role="status">
            <p>{saved}</p>
          </div>
        ) : null}
        <ol className="quarter-admin-list">
          {period.quarters.map((quarter) => (
            <QuarterRow
              key={`${quarter.number}-${quarter.status}-${quarter.deadline}`}
              periodCode={period.code}
              quarter={quarter}
              onPeriod={(next) => {
                setPeriod(next);
                setSample(null);
              }}
              onDatesSaved={setSaved}
              onSample={(drawn) => {
                setSample(drawn);
                setPeriod((current) => ({
                  ...current,
                  quarters: current.quarters.map((q) => (q.number === drawn.quarter ? { ...q, status: 'closed' } : q)),
                }));
              }}
            />
          ))}
        </ol>
      </section>
      <section id="perpanjangan" aria-labelledby="extension-heading">
        <h2 id="extension-heading">{t('periods.extensionHeading')}</h2>
        <p className="muted">{t('periods.extensionLead')}</p>
        <ExtensionForm period={period} institution={institution} />
      </section>
    </>
  );
}

function CreatedNotice({ created }: { created: CreatedPeriod }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--success" role="status">
      <p>
        {created.copied
          ? t('periods.new.createdCopied', {
              name: created.period.name,
              from: created.copied.from.replace('-', '–'),
              targets: created.copied.targets,
              assignments: created.copied.assignments,
            })
          : t('periods.new.created', { name: created.period.name })}
      </p>
    </div>
  );
}

function NewPeriod({
  periods,
  onCreated,
}: {
  periods: readonly PeriodDto[];
  onCreated: (created: CreatedPeriod) => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="new-period-heading" className="new-period">
      <h2 id="new-period-heading">{t('periods.new.heading')}</h2>
      <p className="muted">{t('periods.new.lead')}</p>
      <CreatePeriodForm periods={periods} onCreated={onCreated} />
    </section>
  );
}

export default function PeriodsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('periods.title'));
  const search = useSearchParams();
  const navigate = useNavigate();
  const [created, setCreated] = useState<CreatedPeriod | null>(null);
  const periods = useApiGet('/api/periods', {}, created?.period.code ?? '');
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>{t('periods.title')}</h1>
        <p className="lead">{t('periods.lead')}</p>
      </div>
      {created ? <CreatedNotice created={created} /> : null}
      <AsyncContent state={periods}>
        {(list) => {
          const chosen = list.find((p) => p.code === search.get('periode')) ?? pickDefaultPeriod(list);
          if (!chosen) return <p className="notice">{t('home.noPeriod')}</p>;
          return (
            <>
              <WorkPeriodPicker periods={list} value={chosen.code} base="/kerja/periode" />
              {chosen.status === 'draft' ? (
                <p className="notice">{t('periods.draftNotice', { name: chosen.name })}</p>
              ) : null}
              <PeriodAdmin key={chosen.code} initial={chosen} institution={search.get('instansi') ?? ''} />
              <NewPeriod
                periods={list}
                onCreated={(next) => {
                  setCreated(next);
                  navigate(`/kerja/periode?periode=${next.period.code}`);
                }}
              />
            </>
          );
        }}
      </AsyncContent>
    </>
  );
}
