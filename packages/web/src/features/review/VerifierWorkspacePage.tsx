/**
 * /kerja/verifikasi/:id — the verifier's workspace: the report and its target, the changes since
 * the last round, the evidence viewer, and the decision. After deciding, on to the next report.
 */
import { useEffect, useMemo, useState } from 'react';
import { apiGet, type ResponseOf } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { ReportContentView } from '../../components/work/ReportContentView';
import { ReportSummary } from '../../components/work/ReportSummary';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInJakarta } from '../../lib/dates';
import { Link, type PageProps } from '../../router';
import { ReportHistory } from '../report/ReportHistory';
import { ChangesView } from './ChangesView';
import { DecisionForm } from './DecisionForm';
import { EvidenceViewer } from './EvidenceViewer';
import '../../components/work/work.css';
import '../report/report.css';
import './review.css';

type Report = ResponseOf<'/api/reports/{id}', 'get'>;

function Decided({ report }: { report: Report }) {
  const { t, lang } = useI18n();
  const [next, setNext] = useState<number | null>(null);
  // The oldest report still waiting (other than this one) is the natural next one.
  useEffect(() => {
    const controller = new AbortController();
    apiGet(
      '/api/review-queue',
      { query: { period: report.period, limit: 5 } },
      { lang, signal: controller.signal },
    ).then(
      (queue) => setNext(queue.items.find((item) => item.reportId !== report.id)?.reportId ?? null),
      () => setNext(null),
    );
    return () => controller.abort();
  }, [report.id, report.period, lang]);
  return (
    <div className="notice notice--success" role="status">
      <p>
        {t(report.state === 'accepted' ? 'review.acceptedDone' : 'review.revisionDone', {
          code: report.target.code,
          name: report.institution.name,
        })}
      </p>
      <p className="notice__actions">
        {next ? (
          <Link className="button" href={`/kerja/verifikasi/${next}`}>
            {t('review.next')}
          </Link>
        ) : null}
        <Link href="/kerja">{t('review.backToQueue')}</Link>
      </p>
    </div>
  );
}

function Workspace({ initial }: { initial: Report }) {
  const { t } = useI18n();
  const today = useMemo(() => todayInJakarta(new Date()), []);
  const [report, setReport] = useState(initial);
  const [decided, setDecided] = useState(false);
  useDocumentTitle(t('review.title', { code: report.target.code, name: report.institution.name }));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.heading') },
          { href: '/kerja/verifikasi', label: t('queue.heading') },
        ]}
      />
      <div className="page-intro">
        <h1>
          <span className="eyebrow">{report.institution.name}</span>
          {t('review.heading', { code: report.target.code })}
        </h1>
      </div>
      <div className="report-layout">
        <div className="report-layout__main">
          <ReportSummary report={report} today={today} />
          {report.round > 0 ? (
            <section aria-labelledby="review-changes" className="panel">
              <h2 id="review-changes">{t('changes.heading')}</h2>
              <ChangesView reportId={report.id} />
            </section>
          ) : null}
          <section aria-labelledby="review-content">
            <h2 id="review-content">{t('report.contentHeading')}</h2>
            <ReportContentView report={report} />
          </section>
          <section aria-labelledby="review-evidence">
            <h2 id="review-evidence">{t('evidence.heading')}</h2>
            <EvidenceViewer report={report} />
          </section>
        </div>
        <aside className="report-layout__side" aria-label={t('review.sideLabel')}>
          <section className="panel" aria-labelledby="review-decision">
            <h2 id="review-decision">{t('review.decisionHeading')}</h2>
            {decided ? (
              <Decided report={report} />
            ) : (
              <DecisionForm
                report={report}
                onDecided={(updated) => {
                  setReport(updated);
                  if (updated.state === 'accepted' || updated.state === 'revision_requested') setDecided(true);
                }}
              />
            )}
          </section>
          <section className="panel" aria-labelledby="review-history">
            <h2 id="review-history">{t('report.history')}</h2>
            <ReportHistory report={report} />
          </section>
        </aside>
      </div>
    </>
  );
}

export default function VerifierWorkspacePage({ params }: PageProps) {
  const { t } = useI18n();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const report = useApiGet('/api/reports/{id}', valid ? { path: { id } } : null);
  if (!valid) return <p className="notice">{t('report.notFound')}</p>;
  return <AsyncContent state={report}>{(data) => <Workspace key={data.id} initial={data} />}</AsyncContent>;
}
