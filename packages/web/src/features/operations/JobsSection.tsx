/** Scheduled job runs: when each was due, its state, attempts, result or last error, and "run now" for a failed one. */
import { JOB_STATUSES, type JobDto, type JobStatus } from '@pantau/core';
import { useState } from 'react';
import { apiSend } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { ListPager } from '../notifications/ListPager';

const PAGE = 20;
const TONE: Record<JobStatus, string> = {
  pending: 'badge--planned',
  running: 'badge--planned',
  done: 'badge--open',
  failed: 'badge--danger',
};

function JobRow({ job, onRun, busy }: { job: JobDto; onRun: (job: JobDto) => void; busy: boolean }) {
  const { t, tn, lang } = useI18n();
  const when = (iso: string) => formatDateTime(iso, lang);
  return (
    <article className="ops-row">
      <h3 className="ops-row__title">{job.name}</h3>
      <p className="ops-row__badges">
        <span className={`badge ${TONE[job.status]}`}>{t(`ops.jobs.status.${job.status}`)}</span>{' '}
        <span className="muted">{tn('ops.outbox.attempts', job.attempts)}</span>
      </p>
      <p className="ops-row__meta">
        <span className="code">
          {job.kind} {job.key}
        </span>{' '}
        · {t('ops.jobs.scheduled', { when: when(job.scheduledFor) })}
        {job.runAfter ? ` · ${t('ops.jobs.runAfter', { when: when(job.runAfter) })}` : ''}
        {job.finishedAt ? ` · ${t('ops.jobs.finished', { when: when(job.finishedAt) })}` : ''}
      </p>
      {job.result ? <p className="ops-row__meta">{t('ops.jobs.result', { result: job.result })}</p> : null}
      {job.lastError ? <p className="ops-row__error">{t('ops.jobs.lastError', { error: job.lastError })}</p> : null}
      {job.status === 'failed' || job.status === 'pending' ? (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => onRun(job)}
        >
          {t('ops.jobs.runNow')}
          <span className="visually-hidden">: {job.name}</span>
        </button>
      ) : null}
    </article>
  );
}

export function JobsSection() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<JobStatus | ''>('');
  const [offset, setOffset] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const page = useApiGet('/api/admin/jobs', { query: { status: status || undefined, limit: PAGE, offset } });
  const run = useAction(async (job: JobDto) => {
    await apiSend('post', '/api/admin/jobs/{id}/run', { path: { id: job.id } }, { lang });
    setDone(t('ops.jobs.queued', { name: job.name }));
    page.retry();
  });
  return (
    <section className="work-subsection" aria-labelledby="ops-jobs">
      <h2 id="ops-jobs">{t('ops.jobs.heading')}</h2>
      <p className="muted">{t('ops.jobs.lead')}</p>
      <div className="inline-form">
        <label htmlFor="ops-jobs-status">{t('ops.status')}</label>
        <select
          id="ops-jobs-status"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as JobStatus | '');
            setOffset(0);
          }}
        >
          <option value="">{t('ops.all')}</option>
          {JOB_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`ops.jobs.status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <ActionError error={run.error} />
      <AsyncContent state={page}>
        {(data) => (
          <>
            {data.items.length === 0 ? (
              <p className="notice">{t('ops.jobs.none')}</p>
            ) : (
              <ul className="ops-list">
                {data.items.map((job) => (
                  <li key={job.id}>
                    <JobRow job={job} busy={run.busy} onRun={(j) => void run.run(j)} />
                  </li>
                ))}
              </ul>
            )}
            <ListPager offset={offset} pageSize={PAGE} total={data.total} onChange={setOffset} />
          </>
        )}
      </AsyncContent>
    </section>
  );
}
