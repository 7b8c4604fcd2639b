/**
 * /kerja/unduhan — "Laporan & unduhan": the national quarterly and semester reports (admin,
 * observer), an institution's report card (a focal point: its own), and lists as spreadsheets.
 * Files are fetched with progress and can be cancelled; a failure says why and offers a retry.
 */
import type { PeriodDto, Role } from '@pantau/core';
import { type ReactNode, useState } from 'react';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { InstitutionPicker } from '../../components/pickers/SourcePickers';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { formatPeriodCode } from '../../lib/format';
import { pickDefaultPeriod } from '../../lib/periods';
import { Link } from '../../router';
import { DownloadItem } from './DownloadItem';
import {
  type ExportList,
  listExportLink,
  quarterlyReportLink,
  reportCardLink,
  semesterOf,
  semesterReportLink,
} from './download-urls';
import '../../components/work/work.css';
import './downloads.css';

const has = (roles: readonly Role[], wanted: readonly Role[]) => roles.some((role) => wanted.includes(role));
const NATIONAL: readonly Role[] = ['admin', 'observer'];
/** Who sees the staff feedback list (feedback.read); everyone else gets the published answers. */
const FEEDBACK_STAFF: readonly Role[] = ['admin', 'observer', 'focal_point'];
const LISTS: readonly { list: ExportList; title: MessageKey; text: MessageKey; roles: readonly Role[] | null }[] = [
  {
    list: 'reports',
    title: 'downloads.list.reports',
    text: 'downloads.list.reports.text',
    roles: ['admin', 'observer', 'focal_point', 'verifier', 'contributor'],
  },
  { list: 'institutions', title: 'downloads.list.institutions', text: 'downloads.list.institutions.text', roles: null },
  {
    list: 'users',
    title: 'downloads.list.users',
    text: 'downloads.list.users.text',
    roles: ['admin', 'observer', 'focal_point'],
  },
  { list: 'feedback', title: 'downloads.list.feedback', text: 'downloads.list.feedback.text', roles: FEEDBACK_STAFF },
  {
    list: 'publicFeedback',
    title: 'downloads.list.publicFeedback',
    text: 'downloads.list.publicFeedback.text',
    roles: null,
  },
];

/** The lists `roles` may take: published feedback only for those who do not see the staff list. */
function listsFor(roles: readonly Role[]) {
  const staff = has(roles, FEEDBACK_STAFF);
  return LISTS.filter(
    (entry) => (entry.roles === null || has(roles, entry.roles)) && !(staff && entry.list === 'publicFeedback'),
  );
}

function PeriodQuarterPicker({
  periods,
  period,
  quarter,
  onChange,
}: {
  periods: readonly PeriodDto[];
  period: PeriodDto;
  quarter: number;
  onChange: (period: PeriodDto, quarter: number) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="toolbar">
      <div className="field">
        <label htmlFor="downloads-period">{t('catalogue.periodSelect')}</label>
        <select
          id="downloads-period"
          value={period.code}
          onChange={(event) => {
            const next = periods.find((p) => p.code === event.target.value) ?? period;
            onChange(next, next.currentQuarter ?? 1);
          }}
        >
          {periods.map((p) => (
            <option key={p.code} value={p.code}>
              {t('period.label', { code: formatPeriodCode(p.code) })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="downloads-quarter">{t('downloads.quarter')}</label>
        <select
          id="downloads-quarter"
          value={quarter}
          onChange={(event) => onChange(period, Number(event.target.value))}
        >
          {period.quarters.map((q) => (
            <option key={q.number} value={q.number}>
              {q.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function FileRow({ title, text, children }: { title: string; text?: string; children: ReactNode }) {
  return (
    <li className="download-row">
      <div>
        <strong>{title}</strong>
        {text ? <p className="muted">{text}</p> : null}
      </div>
      <div className="download-row__files">{children}</div>
    </li>
  );
}

function ReportCard({ period, quarter, quarterLabel }: { period: string; quarter: number; quarterLabel: string }) {
  const { t } = useI18n();
  const me = useAccount();
  const national = has(me.roles, NATIONAL);
  const own = me.institution?.code ?? '';
  const [code, setCode] = useState(national ? '' : own);
  const chosen = national ? code.trim() : own;
  const name = t('downloads.reportCard.name', { quarter: quarterLabel });
  const link = reportCardLink(chosen, period, quarter);
  return (
    <section className="panel" aria-labelledby="downloads-card">
      <h2 id="downloads-card">{t('downloads.reportCard')}</h2>
      <p className="muted">
        {national
          ? t('downloads.reportCard.leadNational')
          : t('downloads.reportCard.leadOwn', { name: me.institution?.name ?? '' })}
      </p>
      {national ? (
        <InstitutionPicker
          id="downloads-institution"
          label={t('downloads.reportCard.institution')}
          hint={t('work.institutionHint')}
          value={code ? [code] : []}
          onChange={([picked]) => setCode(picked ?? '')}
        />
      ) : null}
      {chosen ? (
        <ul className="download-list">
          <FileRow title={name}>
            <DownloadItem url={link.url} fallbackName={link.fallbackName} format="PDF" name={name} />
          </FileRow>
        </ul>
      ) : null}
    </section>
  );
}

function Downloads({ periods }: { periods: readonly PeriodDto[] }) {
  const { t } = useI18n();
  const me = useAccount();
  const initial = pickDefaultPeriod(periods);
  const [choice, setChoice] = useState(() =>
    initial ? { period: initial, quarter: initial.currentQuarter ?? 1 } : null,
  );
  if (!choice) return <p className="notice">{t('home.noPeriod')}</p>;
  const { period, quarter } = choice;
  const quarterLabel = period.quarters.find((q) => q.number === quarter)?.label ?? String(quarter);
  const semester = semesterOf(quarter);
  const quarterName = t('downloads.quarterly.name', { quarter: quarterLabel });
  const semesterName = t('downloads.semester.name', { semester: String(semester) });
  const national = has(me.roles, NATIONAL);
  const cards = national || me.roles.includes('focal_point') || me.roles.includes('leader');
  return (
    <>
      <PeriodQuarterPicker
        periods={periods}
        period={period}
        quarter={quarter}
        onChange={(nextPeriod, nextQuarter) => setChoice({ period: nextPeriod, quarter: nextQuarter })}
      />
      {national ? (
        <section className="panel" aria-labelledby="downloads-national">
          <h2 id="downloads-national">{t('downloads.national')}</h2>
          <ul className="download-list">
            <FileRow title={quarterName} text={t('downloads.quarterly.text')}>
              {(['pdf', 'xlsx'] as const).map((format) => {
                const link = quarterlyReportLink(period.code, quarter, format);
                return (
                  <DownloadItem
                    key={format}
                    url={link.url}
                    fallbackName={link.fallbackName}
                    format={format.toUpperCase()}
                    name={quarterName}
                  />
                );
              })}
            </FileRow>
            <FileRow title={semesterName} text={t('downloads.semester.text', { quarter: quarterLabel })}>
              {(['pdf', 'xlsx'] as const).map((format) => {
                const link = semesterReportLink(period.code, semester, format);
                return (
                  <DownloadItem
                    key={format}
                    url={link.url}
                    fallbackName={link.fallbackName}
                    format={format.toUpperCase()}
                    name={semesterName}
                  />
                );
              })}
            </FileRow>
          </ul>
        </section>
      ) : null}
      {cards ? <ReportCard period={period.code} quarter={quarter} quarterLabel={quarterLabel} /> : null}
      <section className="panel" aria-labelledby="downloads-lists">
        <h2 id="downloads-lists">{t('downloads.lists')}</h2>
        <ul className="download-list">
          {listsFor(me.roles).map((entry) => (
            <FileRow key={entry.list} title={t(entry.title)} text={t(entry.text, { quarter: quarterLabel })}>
              {(['csv', 'xlsx'] as const).map((format) => {
                const link = listExportLink(entry.list, format, { period: period.code, quarter });
                return (
                  <DownloadItem
                    key={format}
                    url={link.url}
                    fallbackName={link.fallbackName}
                    format={format.toUpperCase()}
                    name={t(entry.title)}
                  />
                );
              })}
            </FileRow>
          ))}
        </ul>
      </section>
    </>
  );
}

export default function DownloadsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('downloads.title'));
  const me = useAccount();
  const periods = usePeriods();
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>{t('downloads.title')}</h1>
        <p className="lead">{t('downloads.lead')}</p>
        {me.roles.includes('admin') ? (
          <p>
            <Link href="/kerja/impor">{t('downloads.toImport')}</Link>
          </p>
        ) : null}
      </div>
      <AsyncContent state={periods}>{(list) => <Downloads periods={list} />}</AsyncContent>
    </>
  );
}
