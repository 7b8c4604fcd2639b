/**
 * A report of a closed quarter: why nothing can be done to it, and — for admin — the unlock with a
 * reason and the decision whether the report joins the field-verification sample population.
 */
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';
import type { Report } from './useAutosave';

export function QuarterLock({
  report,
  admin,
  onUnlocked,
}: {
  report: Report;
  admin: boolean;
  onUnlocked: (report: Report) => void;
}) {
  const { t, lang, formatDate } = useI18n();
  const [reason, setReason] = useState('');
  const [joinsSample, setJoinsSample] = useState(true);
  const [short, setShort] = useState(false);
  const unlock = useAction(async () => {
    const next = await apiSend(
      'post',
      '/api/reports/{id}/unlock',
      { path: { id: report.id }, body: { reason: reason.trim(), joinsSample } },
      { lang },
    );
    onUnlocked(next);
  });
  const { lock } = report;
  if (!lock.quarterClosed) return null;
  if (lock.unlock) {
    return (
      <section className="panel" aria-labelledby="lock-heading">
        <h2 id="lock-heading">{t('lock.unlockedHeading')}</h2>
        <p>
          {t('lock.unlockedText', {
            by: lock.unlock.by ?? '—',
            date: formatDate(lock.unlock.at),
            reason: lock.unlock.reason,
          })}
        </p>
        <p className="muted">{t(lock.unlock.joinsSample ? 'lock.joinsSample' : 'lock.notInSample')}</p>
      </section>
    );
  }
  const refused = fieldErrorsOf(unlock.error, ['reason'] as const);
  const reasonRefused = short || 'reason' in refused.fields;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim().length < 5) {
      setShort(true);
      document.getElementById('unlock-reason')?.focus();
      return;
    }
    setShort(false);
    void unlock.run();
  };
  return (
    <section className="panel" aria-labelledby="lock-heading">
      <h2 id="lock-heading">{t('lock.heading')}</h2>
      <p>{t('lock.text')}</p>
      {admin ? (
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="unlock-reason">{t('lock.reason')}</label>
            <textarea
              {...invalidProps('unlock-reason', reasonRefused)}
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <FieldError id="unlock-reason" refused={reasonRefused} rule="lock.reasonNeeded" />
          </div>
          <label className="check">
            <input type="checkbox" checked={joinsSample} onChange={(event) => setJoinsSample(event.target.checked)} />
            {t('lock.joinsSampleLabel')}
          </label>
          <button type="submit" className="button button--small" disabled={unlock.busy}>
            {t('lock.unlock')}
          </button>
          <FormError error={unlock.error} rest={refused.rest} />
        </form>
      ) : null}
    </section>
  );
}
