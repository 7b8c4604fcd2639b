/**
 * /pantauan/laporan?… — the reports behind a dashboard number (the filters of its drill link),
 * paged, with their total, their downloads, and a link to each report the reader may open.
 */
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useQuarterName } from '../../components/useQuarterName';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { ReportStateBadge } from '../../components/work/ReportStateBadge';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import { pageInfo } from '../../lib/institution-query';
import { Link, useSearchParams } from '../../router';
import { Pagination } from '../institutions/Pagination';
import { REPORT_FILTER_KEYS, readReportFilters } from './drill';
import { ExportLinks } from './ExportLinks';
import { filterLabel, filterValue } from './filter-text';
import '../institutions/institutions.css';
import '../../components/work/work.css';
import './dashboard.css';
import { canOpenReport } from './report-access';

const PAGE_SIZE = 100;

export default function ReportsPage() {
  const { t, tn, formatDate, formatNumber } = useI18n();
  const account = useAccount();
  const quarterName = useQuarterName();
  const params = useSearchParams();
  const filters = readReportFilters(params);
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const title = t('dashboard.reports.title');
  useDocumentTitle(title);
  const state = useApiGet('/api/dashboard/reports', {
    query: { ...filters, limit: PAGE_SIZE, offset } as Record<string, string | number>,
  });
  const hrefFor = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('offset', String((page - 1) * PAGE_SIZE));
    return `/pantauan/laporan?${next}`;
  };
  const yesNo = (value: boolean | null) => (value === null ? '–' : t(value ? 'dashboard.yes' : 'dashboard.no'));
  return (
    <div className="dash">
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.title') },
          { href: '/pantauan', label: t('dashboard.national.title') },
        ]}
      />
      <h1>{title}</h1>
      <dl className="facts facts--compact dash-filters">
        {REPORT_FILTER_KEYS.filter((key) => filters[key] !== undefined).map((key) => (
          <div key={key}>
            <dt>{filterLabel(t, key)}</dt>
            <dd>{filterValue(t, key, filters[key] as string)}</dd>
          </div>
        ))}
      </dl>
      <AsyncContent state={state}>
        {(data) => (
          <section aria-labelledby="dash-report-list">
            <h2 id="dash-report-list">{tn('dashboard.reports.count', data.total)}</h2>
            <ExportLinks table="reports" name={title} params={filters} />
            {data.items.length > 0 && (
              <ScrollRegion labelledBy="dash-report-list">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.col.report')}</th>
                      <th scope="col">{t('dashboard.col.institution')}</th>
                      <th scope="col">{t('dashboard.col.quarter')}</th>
                      <th scope="col">{t('dashboard.col.state')}</th>
                      <th scope="col">{t('dashboard.col.submittedAt')}</th>
                      <th scope="col">{t('dashboard.col.onTime')}</th>
                      <th scope="col">{t('dashboard.col.complete')}</th>
                      <th scope="col">{t('dashboard.col.weight')}</th>
                      <th scope="col">{t('dashboard.col.score')}</th>
                      <th scope="col">{t('dashboard.col.grade')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((report) => (
                      <tr key={report.id}>
                        <th scope="row">
                          {canOpenReport(account, data.period, report.target.aksi) ? (
                            <Link href={`/kerja/laporan/${report.id}`}>{report.target.code}</Link>
                          ) : (
                            report.target.code
                          )}
                          {report.notApplicable && <span className="muted"> ({t('dashboard.col.notApplicable')})</span>}
                        </th>
                        <td>{report.institution.name}</td>
                        <td>{quarterName(report.quarter)}</td>
                        <td>
                          <ReportStateBadge state={report.state} />
                          {report.round > 1 && (
                            <span className="muted"> {t('dashboard.reports.round', { round: report.round })}</span>
                          )}
                        </td>
                        <td>{report.submittedAt ? formatDate(report.submittedAt) : '–'}</td>
                        <td>{yesNo(report.onTime)}</td>
                        <td>{yesNo(report.complete)}</td>
                        <td className="dash-num">{formatNumber(report.weight)}</td>
                        <td className="dash-num">{report.score === null ? '–' : formatNumber(report.score)}</td>
                        <td>{report.qualityGrade ? t(`grade.${report.qualityGrade}`) : '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
            <Pagination info={pageInfo(data.total, data.offset, data.limit, data.items.length)} hrefFor={hrefFor} />
          </section>
        )}
      </AsyncContent>
    </div>
  );
}
