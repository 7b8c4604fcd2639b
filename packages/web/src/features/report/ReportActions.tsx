/**
 * The workflow steps open to this user on this report: mark ready, send back (with a comment),
 * submit nationally, reopen (admin, with a reason). Content is saved first, so the step judges
 * what is on screen; each step is retry-safe (Idempotency-Key).
 */
import type { ReportAction } from '@pantau/core';
import { useRef, useState } from 'react';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { newIdempotencyKey } from '../../lib/ids';
import { Link } from '../../router';
import type { Report } from './useAutosave';

/** Steps taken from this page; verification steps live in the verifier's workspace. */
const INSTITUTION_STEPS: readonly ReportAction[] = ['mark_ready', 'send_back', 'submit', 'reopen'];
const NEEDS_REASON: readonly ReportAction[] = ['send_back', 'reopen'];

const LABEL: Record<string, MessageKey> = {
  mark_ready: 'action.mark_ready',
  send_back: 'action.send_back',
  submit: 'action.submit',
  reopen: 'action.reopen',
};
const HINT: Record<string, MessageKey> = {
  mark_ready: 'action.mark_ready.hint',
  send_back: 'action.send_back.hint',
  submit: 'action.submit.hint',
  reopen: 'action.reopen.hint',
};
const DONE: Record<string, MessageKey> = {
  mark_ready: 'action.mark_ready.done',
  send_back: 'action.send_back.done',
  submit: 'action.submit.done',
  reopen: 'action.reopen.done',
};

export function ReportActions({
  report,
  beforeStep,
  onStep,
}: {
  report: Report;
  /** Saves pending content; resolves with the version to act on, or null to stop. */
  beforeStep: () => Promise<number | null>;
  onStep: (report: Report) => void;
}) {
  const { t, tn, lang } = useI18n();
  const steps = report.allowedActions.filter((action) => INSTITUTION_STEPS.includes(action));
  const verifies = report.allowedActions.some((a) => a === 'accept' || a === 'request_revision');
  const [chosen, setChosen] = useState<ReportAction | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<ReportAction | null>(null);
  const key = useRef(newIdempotencyKey());
  const missing = report.checklist.filter((entry) => !entry.covered).length;

  const step = useAction(async (action: ReportAction) => {
    const version = await beforeStep();
    if (version === null) throw new Error(t('autosave.failed'));
    const updated = await apiSend(
      'post',
      '/api/reports/{id}/transitions',
      {
        path: { id: report.id },
        body: { action, version, ...(NEEDS_REASON.includes(action) ? { reason: reason.trim() } : {}) },
        headers: { 'idempotency-key': key.current },
      },
      { lang },
    );
    key.current = newIdempotencyKey();
    setChosen(null);
    setReason('');
    setDone(action);
    onStep(updated);
  });

  if (steps.length === 0 && !verifies && !done) return null;
  return (
    <section className="panel report-actions" aria-labelledby="report-actions">
      <h2 id="report-actions">{t('action.heading')}</h2>
      {done ? (
        <div className="notice notice--success" role="status">
          <p>{t(DONE[done] ?? 'action.done')}</p>
          <p>
            <Link href="/kerja">{t('action.backToWork')}</Link>
          </p>
        </div>
      ) : null}
      {verifies ? (
        <p>
          <Link className="button" href={`/kerja/verifikasi/${report.id}`}>
            {t('action.openVerification')}
          </Link>
        </p>
      ) : null}
      {steps.includes('mark_ready') || steps.includes('submit') ? (
        missing > 0 ? (
          <p className="notice notice--warn">{tn('action.missingEvidence', missing)}</p>
        ) : null
      ) : null}
      <div className="report-actions__buttons">
        {steps.map((action) =>
          NEEDS_REASON.includes(action) ? (
            <button
              key={action}
              type="button"
              className="button button--secondary"
              aria-expanded={chosen === action}
              onClick={() => setChosen(chosen === action ? null : action)}
            >
              {t(LABEL[action] ?? 'action.done')}
            </button>
          ) : (
            <button
              key={action}
              type="button"
              className="button"
              disabled={step.busy}
              onClick={() => void step.run(action)}
            >
              {t(LABEL[action] ?? 'action.done')}
            </button>
          ),
        )}
      </div>
      {steps.map((action) => (
        <p key={action} className="field__hint">
          <strong>{t(LABEL[action] ?? 'action.done')}:</strong> {t(HINT[action] ?? 'action.done')}
        </p>
      ))}
      {chosen ? (
        <form
          className="reason-form"
          onSubmit={(event) => {
            event.preventDefault();
            void step.run(chosen);
          }}
        >
          <div className="field field--wide">
            <label htmlFor="step-reason">{t(chosen === 'send_back' ? 'action.comment' : 'action.reason')}</label>
            <textarea id="step-reason" rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
          </div>
          <button type="submit" className="button" disabled={step.busy || reason.trim().length === 0}>
            {t(chosen === 'send_back' ? 'action.send_back.confirm' : 'action.reopen.confirm')}
          </button>
        </form>
      ) : null}
      <ActionError error={step.error} />
    </section>
  );
}
