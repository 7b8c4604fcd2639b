import type { PeriodDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiGet, apiSend, type ResponseOf } from '../../api/typed';
import { QuarterStatusBadge } from '../../components/QuarterStatusBadge';
import { useQuarterName } from '../../components/useQuarterName';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, invalidProps } from './FormErrors';

type Quarter = PeriodDto['quarters'][number];
type Impact = ResponseOf<'/api/periods/{code}/quarters/{quarter}/impact', 'get'>;
export type FieldSample = ResponseOf<'/api/periods/{code}/quarters/{quarter}/close', 'post'>;

/** One quarter of the period: its dates and status, with open, close (drawing the sample) and date changes. */
export function QuarterRow({
  periodCode,
  quarter,
  onPeriod,
  onSample,
  onDatesSaved,
}: {
  periodCode: string;
  quarter: Quarter;
  onPeriod: (period: PeriodDto) => void;
  onSample: (sample: FieldSample) => void;
  onDatesSaved: (message: string) => void;
}) {
  const { t, lang, formatDate, formatDateRange } = useI18n();
  const quarterName = useQuarterName();
  const [mode, setMode] = useState<'none' | 'dates' | 'close'>('none');
  const [deadline, setDeadline] = useState(quarter.deadline);
  const [verificationEnds, setVerificationEnds] = useState(quarter.verificationEndsOn);
  const [sampleSize, setSampleSize] = useState('');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [impact, setImpact] = useState<Impact | null>(null);
  const path = { code: periodCode, quarter: quarter.number };
  const name = quarterName(quarter.number);

  const open = useAction(async () =>
    onPeriod(await apiSend('post', '/api/periods/{code}/quarters/{quarter}/open', { path }, { lang })),
  );
  const askImpact = useAction(async () =>
    setImpact(await apiGet('/api/periods/{code}/quarters/{quarter}/impact', { path }, { lang })),
  );
  const saveDates = useAction(async () => {
    const next = await apiSend(
      'patch',
      '/api/periods/{code}/quarters/{quarter}',
      { path, body: { deadline, verificationEndsOn: verificationEnds, reason: reason.trim() } },
      { lang },
    );
    setMode('none');
    setImpact(null);
    onDatesSaved(
      t('periods.datesSaved', {
        quarter: name,
        deadline: formatDate(deadline),
        verification: formatDate(verificationEnds),
        count: impact?.institutions ?? 0,
      }),
    );
    onPeriod(next);
  });
  const close = useAction(async () => {
    const size = sampleSize.trim() === '' ? undefined : Number(sampleSize);
    onSample(
      await apiSend(
        'post',
        '/api/periods/{code}/quarters/{quarter}/close',
        { path, body: size === undefined ? {} : { sampleSize: size } },
        { lang },
      ),
    );
    setMode('none');
  });

  const submitDates = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim().length < 5) {
      setReasonMissing(true);
      document.getElementById(`dates-reason-${quarter.number}`)?.focus();
      return;
    }
    setReasonMissing(false);
    void askImpact.run();
  };
  const submitClose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void close.run();
  };

  return (
    <li className="quarter-admin">
      <div className="quarter-admin__head">
        <h3 className="quarter-admin__name">
          {name} <QuarterStatusBadge status={quarter.status} />
        </h3>
        <dl className="facts facts--compact">
          <div>
            <dt>{t('quarter.period')}</dt>
            <dd>{formatDateRange(quarter.startsOn, quarter.endsOn)}</dd>
          </div>
          <div>
            <dt>{t('quarter.deadline')}</dt>
            <dd>{formatDate(quarter.deadline)}</dd>
          </div>
          <div>
            <dt>{t('quarter.verificationEnds')}</dt>
            <dd>{formatDate(quarter.verificationEndsOn)}</dd>
          </div>
        </dl>
      </div>
      <div className="quarter-admin__actions">
        {quarter.status === 'planned' ? (
          <button type="button" className="button button--small" disabled={open.busy} onClick={() => void open.run()}>
            {t('periods.open', { quarter: name })}
          </button>
        ) : null}
        {quarter.status !== 'closed' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={mode === 'dates'}
            onClick={() => setMode(mode === 'dates' ? 'none' : 'dates')}
          >
            {t('periods.changeDates', { quarter: name })}
          </button>
        ) : null}
        {quarter.status === 'open' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={mode === 'close'}
            onClick={() => setMode(mode === 'close' ? 'none' : 'close')}
          >
            {t('periods.close', { quarter: name })}
          </button>
        ) : null}
      </div>
      <ActionError error={open.error} />
      {mode === 'dates' ? (
        <form className="inline-fields" onSubmit={submitDates}>
          <div className="field">
            <label htmlFor={`deadline-${quarter.number}`}>{t('quarter.deadline')}</label>
            <input
              id={`deadline-${quarter.number}`}
              type="date"
              value={deadline}
              onChange={(event) => setDeadline(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`verification-${quarter.number}`}>{t('quarter.verificationEnds')}</label>
            <input
              id={`verification-${quarter.number}`}
              type="date"
              value={verificationEnds}
              onChange={(event) => setVerificationEnds(event.target.value)}
            />
          </div>
          <div className="field field--wide">
            <label htmlFor={`dates-reason-${quarter.number}`}>{t('periods.datesReason')}</label>
            <input
              {...invalidProps(`dates-reason-${quarter.number}`, reasonMissing)}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <FieldError
              id={`dates-reason-${quarter.number}`}
              refused={reasonMissing}
              rule="periods.datesReasonNeeded"
            />
          </div>
          {impact ? (
            <div
              className="notice notice--warn dates-confirm"
              role="alertdialog"
              aria-labelledby={`dates-confirm-${quarter.number}`}
            >
              <p id={`dates-confirm-${quarter.number}`}>
                {t('periods.datesConfirm', {
                  quarter: name,
                  deadline: formatDate(deadline),
                  count: impact.institutions,
                  extensions: impact.extensions,
                })}
              </p>
              <div className="notice__actions">
                <button
                  type="button"
                  className="button button--small"
                  disabled={saveDates.busy}
                  onClick={() => void saveDates.run()}
                >
                  {t('periods.datesConfirmYes', { count: impact.institutions })}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setImpact(null)}
                >
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button type="submit" className="button button--small" disabled={askImpact.busy}>
              {t('periods.saveDates')}
            </button>
          )}
          <ActionError error={askImpact.error ?? saveDates.error} />
        </form>
      ) : null}
      {mode === 'close' ? (
        <form className="inline-fields" onSubmit={submitClose}>
          <p className="notice notice--warn">{t('periods.closeWarning', { quarter: name })}</p>
          <div className="field">
            <label htmlFor={`sample-${quarter.number}`}>{t('periods.sampleSize')}</label>
            <input
              id={`sample-${quarter.number}`}
              inputMode="numeric"
              value={sampleSize}
              aria-describedby={`sample-hint-${quarter.number}`}
              onChange={(event) => setSampleSize(event.target.value)}
            />
            <p id={`sample-hint-${quarter.number}`} className="field__hint">
              {t('periods.sampleHint')}
            </p>
          </div>
          <button type="submit" className="button button--small" disabled={close.busy}>
            {t('periods.closeConfirm', { quarter: name })}
          </button>
          <ActionError error={close.error} />
        </form>
      ) : null}
    </li>
  );
}
