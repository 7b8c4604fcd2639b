/**
 * /kerja/laporan/:id — the report editor. The institution writes the narrative, progress and impact
 * (autosaved), attaches evidence per checklist item, and takes the next step; everyone else who may
 * read the report sees the same page read-only.
 */
import { useCallback, useMemo, useState } from 'react';
import { apiGet } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { ReportContentView } from '../../components/work/ReportContentView';
import { ReportSummary } from '../../components/work/ReportSummary';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInJakarta } from '../../lib/dates';
import type { PageProps } from '../../router';
import { can } from '../coordination/can';
import { StoryStartForm } from '../stories/StoryStartForm';
import { EvidenceChecklist } from './EvidenceChecklist';
import { QuarterLock } from './QuarterLock';
import { ReportActions } from './ReportActions';
import { ReportContentForm } from './ReportContentForm';
import { latestFeedback, ReportHistory, useEventName } from './ReportHistory';
import { type Report, useAutosave } from './useAutosave';
import { useUploads } from './useUploads';
import '../../components/work/work.css';
import './report.css';

function Editor({ initial, onLoadFailed }: { initial: Report; onLoadFailed: () => void }) {
  const { t, lang } = useI18n();
  const user = useAccount();
  const today = useMemo(() => todayInJakarta(new Date()), []);
  const eventName = useEventName();
  const [report, setReport] = useState(initial);
  // Bumped when the server's copy replaces what is on screen, so the form starts again from it.
  const [generation, setGeneration] = useState(0);
  useDocumentTitle(t('report.title', { code: report.target.code }));

  const writes = user.institution?.code === report.institution.code && !user.roles.includes('publicist');
  const canEdit = writes && report.editable;
  const canAdd = writes && report.canAddEvidence;
  // A story starts from an accepted report of one's own institution (publicist or focal point).
  const writesStory = user.institution?.code === report.institution.code && can(user.roles, 'story.start');
  const autosave = useAutosave(report, (saved) => setReport((current) => ({ ...saved, evidence: current.evidence })));

  // After evidence changes, take the server's evidence and checklist; the text being typed stays.
  const refresh = useCallback(() => {
    apiGet('/api/reports/{id}', { path: { id: initial.id } }, { lang }).then(
      (fresh) => setReport((current) => ({ ...fresh, narrative: current.narrative })),
      () => undefined,
    );
  }, [initial.id, lang]);
  const uploads = useUploads(report.id, refresh);
  const feedback = latestFeedback(report);

  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>
          <span className="eyebrow">{t('report.eyebrow')}</span>
          {t('report.heading', { code: report.target.code })}
        </h1>
      </div>
      <div className="report-layout">
        <div className="report-layout__main">
          {feedback ? (
            <div className="notice notice--warn" role="status">
              <p className="notice__title">{eventName(feedback)}</p>
              <p>{feedback.reason}</p>
            </div>
          ) : null}
          <ReportSummary report={report} today={today} />
          <section aria-labelledby="report-content">
            <h2 id="report-content">{t('report.contentHeading')}</h2>
            {canEdit ? (
              <ReportContentForm
                key={generation}
                report={report}
                autosave={autosave}
                onReload={() => {
                  apiGet('/api/reports/{id}', { path: { id: report.id } }, { lang }).then((fresh) => {
                    autosave.adopt(fresh);
                    setReport(fresh);
                    setGeneration((n) => n + 1);
                  }, onLoadFailed);
                }}
              />
            ) : (
              <>
                {writes && report.state !== 'draft' && report.state !== 'revision_requested' ? (
                  <p className="notice">{t(`report.locked.${report.state}`)}</p>
                ) : null}
                <ReportContentView report={report} />
              </>
            )}
          </section>
          <section aria-labelledby="report-evidence">
            <h2 id="report-evidence">{t('evidence.heading')}</h2>
            {canEdit ? <p className="muted">{t('evidence.lead')}</p> : null}
            {canAdd && !canEdit ? <p className="notice">{t('evidence.addAfterSubmit')}</p> : null}
            <EvidenceChecklist
              report={report}
              canEdit={canEdit}
              canAdd={canAdd}
              uploads={uploads}
              onChanged={refresh}
            />
          </section>
        </div>
        <aside className="report-layout__side" aria-label={t('report.sideLabel')}>
          <QuarterLock report={report} admin={user.roles.includes('admin')} onUnlocked={setReport} />
          <ReportActions
            report={report}
            beforeStep={canEdit ? autosave.flush : async () => report.version}
            onStep={(updated) => {
              setReport(updated);
              autosave.adopt(updated);
            }}
          />
          {report.state === 'accepted' && writesStory ? (
            <section className="panel" aria-labelledby="report-story">
              <h2 id="report-story">{t('stories.start.heading')}</h2>
              <p className="muted">{t('stories.start.lead')}</p>
              <StoryStartForm
                reportId={report.id}
                defaultTitle={t('stories.start.defaultTitle', { output: report.output.name, code: report.target.code })}
              />
            </section>
          ) : null}
          <section className="panel" aria-labelledby="report-history">
            <h2 id="report-history">{t('report.history')}</h2>
            <ReportHistory report={report} />
          </section>
        </aside>
      </div>
    </>
  );
}

export default function ReportPage({ params }: PageProps) {
  const { t } = useI18n();
  const id = Number(params.id);
  const [reload, setReload] = useState(0);
  const valid = Number.isInteger(id) && id > 0;
  const report = useApiGet('/api/reports/{id}', valid ? { path: { id } } : null, String(reload));
  if (!valid) return <p className="notice">{t('report.notFound')}</p>;
  return (
    <AsyncContent state={report}>
      {(data) => <Editor key={`${data.id}:${reload}`} initial={data} onLoadFailed={() => setReload((n) => n + 1)} />}
    </AsyncContent>
  );
}
