/** The early-warning lists, each with its total, the first items and its downloads or its full list. */
import type { EarlyWarningDto } from '@pantau/core';
import type { ReactNode } from 'react';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useQuarterName } from '../../components/useQuarterName';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import type { ViewFrame } from './drill';
import { ExportLinks } from './ExportLinks';
import { formatPercent } from './figure-format';
import { canOpenReport } from './report-access';
import { viewHref } from './table-rows';

const SHOWN = 10;

type Institution = EarlyWarningDto['notStarted']['items'][number]['institution'];

function WarningList({
  id,
  title,
  intro,
  total,
  shown,
  table,
  fullList,
  params,
  headers,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  total: number;
  shown: number;
  /** The dashboard export of the whole list; lists without one link to `fullList` instead. */
  table?: string;
  fullList?: string;
  params: Record<string, string | number | undefined>;
  headers: readonly string[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="work-subsection" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="badge badge--neutral">{total}</span>
      </h3>
      <p className="muted">{intro}</p>
      {total === 0 ? (
        <p>{t('dashboard.none')}</p>
      ) : (
        <>
          {total > shown && <p className="muted">{t('dashboard.warning.shown', { shown, total })}</p>}
          {table && <ExportLinks table={table} name={title} params={params} />}
          {fullList && (
            <p>
              <Link href={fullList}>{t('dashboard.warning.fullList')}</Link>
            </p>
          )}
          <ScrollRegion labelledBy={id}>
            <table className="data-table">
              <thead>
                <tr>
                  {headers.map((header) => (
                    <th scope="col" key={header}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{children}</tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}

export function WarningsSection({ frame }: { frame: ViewFrame }) {
  const { t, lang, formatDate, formatNumber } = useI18n();
  const account = useAccount();
  const quarterName = useQuarterName();
  const state = useApiGet('/api/dashboard/early-warning', {
    query: { period: frame.period, quarter: frame.quarter, limit: SHOWN },
  });
  const who = (institution: Institution) => (
    <th scope="row">
      <Link href={viewHref('institution', institution.code, frame)}>{institution.name}</Link>
    </th>
  );
  return (
    <section className="work-section" aria-labelledby="dash-warnings">
      <h2 id="dash-warnings">{t('dashboard.warning.heading')}</h2>
      <AsyncContent state={state}>
        {(data) => {
          const params = { period: data.period, quarter: data.quarter, days: data.notStarted.days };
          const institution = t('dashboard.col.institution');
          const target = t('dashboard.col.target');
          return (
            <>
              <WarningList
                id="dash-warn-not-started"
                title={t('dashboard.warning.notStarted')}
                intro={t('dashboard.warning.notStarted.text', {
                  days: data.notStarted.days,
                  deadline: formatDate(data.notStarted.deadline),
                })}
                total={data.notStarted.total}
                shown={data.notStarted.items.length}
                table="not-started"
                params={params}
                headers={[institution, target, t('dashboard.col.daysLeft')]}
              >
                {data.notStarted.items.map((item) => (
                  <tr key={`${item.institution.code}:${item.target.code}`}>
                    {who(item.institution)}
                    <td>
                      <Link href={viewHref('aksi', item.target.aksi, frame)}>{item.target.code}</Link>{' '}
                      <span className="muted">{item.target.outputName}</span>
                    </td>
                    <td className="dash-num">{formatNumber(item.daysLeft)}</td>
                  </tr>
                ))}
              </WarningList>
              <WarningList
                id="dash-warn-late"
                title={t('dashboard.warning.late')}
                intro={t('dashboard.warning.late.text', { minimum: data.lateRepeatedly.minimum })}
                total={data.lateRepeatedly.total}
                shown={data.lateRepeatedly.items.length}
                table="late-repeatedly"
                params={params}
                headers={[institution, t('dashboard.col.lateQuarters'), t('dashboard.col.missing')]}
              >
                {data.lateRepeatedly.items.map((item) => (
                  <tr key={item.institution.code}>
                    {who(item.institution)}
                    <td>{item.lateQuarters.map(quarterName).join(', ')}</td>
                    <td className="dash-num">{formatNumber(item.missing)}</td>
                  </tr>
                ))}
              </WarningList>
              <WarningList
                id="dash-warn-stuck"
                title={t('dashboard.warning.stuck')}
                intro={t('dashboard.warning.stuck.text', { days: data.stuckInReview.verificationDays })}
                total={data.stuckInReview.total}
                shown={data.stuckInReview.items.length}
                table="stuck-in-review"
                params={params}
                headers={[institution, t('dashboard.col.report'), t('dashboard.col.age')]}
              >
                {data.stuckInReview.items.map((item) => (
                  <tr key={item.reportId}>
                    {who(item.institution)}
                    <td>
                      {canOpenReport(account, data.period, item.target.aksi) ? (
                        <Link href={`/kerja/laporan/${item.reportId}`}>{item.target.code}</Link>
                      ) : (
                        item.target.code
                      )}
                    </td>
                    <td className="dash-num">{t('dashboard.days', { days: item.ageDays })}</td>
                  </tr>
                ))}
              </WarningList>
              <WarningList
                id="dash-warn-formality"
                title={t('dashboard.warning.formality')}
                intro={t('dashboard.warning.formality.text', { minimum: data.formality.minimumGraded })}
                total={data.formality.total}
                shown={data.formality.items.length}
                table="formality"
                params={params}
                headers={[
                  institution,
                  t('dashboard.col.graded'),
                  t('dashboard.col.administratif'),
                  t('dashboard.warning.formality.targets'),
                  t('dashboard.warning.formality.why'),
                ]}
              >
                {data.formality.items.map((item) => (
                  <tr key={item.institution.code}>
                    {who(item.institution)}
                    <td className="dash-num">{formatNumber(item.graded)}</td>
                    <td className="dash-num">
                      {formatNumber(item.administratif)} ({formatPercent(item.share, lang)})
                    </td>
                    <td>
                      {item.targets.map((target, index) => (
                        <span key={target.reportId}>
                          {index > 0 && ', '}
                          {canOpenReport(account, data.period, target.aksi) ? (
                            <Link href={`/kerja/laporan/${target.reportId}`}>{target.code}</Link>
                          ) : (
                            target.code
                          )}{' '}
                          <span className="dash-rate">
                            ({t('dashboard.col.quarter')} {target.quarter})
                          </span>
                        </span>
                      ))}
                    </td>
                    <td>
                      {t('dashboard.warning.formality.reason', {
                        administratif: formatNumber(item.administratif),
                        graded: formatNumber(item.graded),
                        share: formatPercent(item.share, lang),
                        terlaksana: formatNumber(item.terlaksana),
                        berdampak: formatNumber(item.berdampak),
                      })}
                    </td>
                  </tr>
                ))}
              </WarningList>
              <WarningList
                id="dash-warn-follow-ups"
                title={t('dashboard.warning.followUps')}
                intro={t('dashboard.warning.followUps.text')}
                total={data.overdueFollowUps.total}
                shown={data.overdueFollowUps.items.length}
                fullList="/kerja/koordinasi/tindak-lanjut"
                params={params}
                headers={[institution, t('dashboard.col.followUp'), t('dashboard.col.overdue')]}
              >
                {data.overdueFollowUps.items.map((item) => (
                  <tr key={item.id}>
                    {who(item.owner)}
                    <td>
                      <Link href={`/kerja/koordinasi/tindak-lanjut/${item.id}`}>{item.title}</Link>
                      <span className="muted"> · {item.meeting.title}</span>
                    </td>
                    <td className="dash-num">{t('dashboard.days', { days: item.daysOverdue })}</td>
                  </tr>
                ))}
              </WarningList>
            </>
          );
        }}
      </AsyncContent>
    </section>
  );
}
