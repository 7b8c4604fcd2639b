import type { PeriodDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { InstitutionPicker } from '../../components/pickers/SourcePickers';
import { useQuarterName } from '../../components/useQuarterName';
import { useAction } from '../../components/work/useAction';
import { useFocusFirstInvalid } from '../../components/work/useFocusFirstInvalid';
import { useI18n } from '../../i18n/I18nProvider';
import { FormError, fieldErrorsOf } from './FormErrors';

type Extension = ResponseOf<'/api/periods/{code}/quarters/{quarter}/extensions/{institution}', 'put'>;

/** A later deadline for one institution in one quarter, with the reason (audited). */
export function ExtensionForm({ period, institution }: { period: PeriodDto; institution: string }) {
  const { t, lang, formatDate } = useI18n();
  const quarterName = useQuarterName();
  const open = period.quarters.filter((quarter) => quarter.status !== 'closed');
  const [quarter, setQuarter] = useState(String(open[0]?.number ?? period.quarters[0]?.number ?? 1));
  const [code, setCode] = useState(institution);
  const [deadline, setDeadline] = useState('');
  const [reason, setReason] = useState('');
  const [granted, setGranted] = useState<Extension | null>(null);
  const grant = useAction(async () => {
    const extension = await apiSend(
      'put',
      '/api/periods/{code}/quarters/{quarter}/extensions/{institution}',
      { path: { code: period.code, quarter: Number(quarter), institution: code.trim() }, body: { deadline, reason } },
      { lang },
    );
    setGranted(extension);
    return extension;
  });
  const [attempt, setAttempt] = useState(0);
  const refused = fieldErrorsOf(grant.error, ['institution', 'deadline', 'reason'] as const);
  useFocusFirstInvalid(attempt, 'institution' in refused.fields || !code ? ['extension-institution'] : []);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setGranted(null);
    if (!code) {
      grant.reset();
      setAttempt((n) => n + 1);
      return;
    }
    if (!(await grant.run())) setAttempt((n) => n + 1);
  };
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="extension-heading">
      <div className="field">
        <label htmlFor="extension-quarter">{t('periods.quarter')}</label>
        <select id="extension-quarter" value={quarter} onChange={(event) => setQuarter(event.target.value)}>
          {period.quarters.map((q) => (
            <option key={q.number} value={q.number}>
              {quarterName(q.number)}
            </option>
          ))}
        </select>
      </div>
      <InstitutionPicker
        id="extension-institution"
        label={t('periods.institution')}
        hint={t('work.institutionHint')}
        error={'institution' in refused.fields || (attempt > 0 && !code) ? t('periods.invalid.institution') : null}
        value={code ? [code] : []}
        onChange={([chosen]) => setCode(chosen ?? '')}
      />
      <div className="field">
        <label htmlFor="extension-deadline">{t('periods.newDeadline')}</label>
        <input
          id="extension-deadline"
          type="date"
          value={deadline}
          onChange={(event) => setDeadline(event.target.value)}
        />
      </div>
      <div className="field field--wide">
        <label htmlFor="extension-reason">{t('action.reason')}</label>
        <input id="extension-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <div className="filters__actions">
        <button type="submit" className="button" disabled={grant.busy}>
          {t('periods.grant')}
        </button>
      </div>
      <FormError error={grant.error} rest={refused.rest.filter((detail) => detail.path !== 'params.institution')} />
      {granted ? (
        <p className="notice notice--success" role="status">
          {t('periods.granted', {
            institution: granted.institution,
            quarter: quarterName(granted.quarter),
            date: formatDate(granted.deadline),
          })}
        </p>
      ) : null}
    </form>
  );
}
