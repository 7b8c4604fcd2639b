/** A new period: its code, and optionally the catalogue of an earlier period to start from (a draft). */
import { normalisePeriodCode, type PeriodDto, parsePeriodCode } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useFocusFirstInvalid } from '../../components/work/useFocusFirstInvalid';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from './FormErrors';

export type CreatedPeriod = ResponseOf<'/api/periods', 'post'>;

function nextCode(periods: readonly PeriodDto[]): string {
  const latest = Math.max(...periods.map((p) => p.startYear), new Date().getFullYear() - 2);
  return `${latest + 2}-${latest + 3}`;
}

export function CreatePeriodForm({
  periods,
  onCreated,
}: {
  periods: readonly PeriodDto[];
  onCreated: (created: CreatedPeriod) => void;
}) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState(() => nextCode(periods));
  const [copyFrom, setCopyFrom] = useState(periods[0]?.code ?? '');
  const [attempt, setAttempt] = useState(0);
  const [localInvalid, setLocalInvalid] = useState(false);
  const create = useAction(async () =>
    apiSend(
      'post',
      '/api/periods',
      { body: { code: normalisePeriodCode(code), ...(copyFrom ? { copyCatalogueFrom: copyFrom } : {}) } },
      { lang },
    ),
  );
  const refused = fieldErrorsOf(create.error, ['code', 'copyCatalogueFrom'] as const);
  const codeRefused = localInvalid || 'code' in refused.fields;
  useFocusFirstInvalid(attempt, codeRefused ? ['new-period-code'] : []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (parsePeriodCode(normalisePeriodCode(code)) === null) {
      create.reset();
      setLocalInvalid(true);
      setAttempt((n) => n + 1);
      return;
    }
    setLocalInvalid(false);
    const created = await create.run();
    if (created) onCreated(created);
    else setAttempt((n) => n + 1);
  };

  return (
    <form className="filters" onSubmit={submit} aria-labelledby="new-period-heading" noValidate>
      <div className="field">
        <label htmlFor="new-period-code">{t('periods.new.code')}</label>
        <input
          {...invalidProps('new-period-code', codeRefused, 'new-period-code-hint')}
          value={code}
          autoComplete="off"
          onChange={(event) => setCode(event.target.value)}
        />
        <p id="new-period-code-hint" className="field__hint">
          {t('periods.new.codeHint')}
        </p>
        <FieldError id="new-period-code" refused={codeRefused} rule="periods.new.codeInvalid" />
      </div>
      <div className="field">
        <label htmlFor="new-period-copy">{t('periods.new.copy')}</label>
        <select id="new-period-copy" value={copyFrom} onChange={(event) => setCopyFrom(event.target.value)}>
          <option value="">{t('periods.new.copyNone')}</option>
          {periods.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name} ({p.code.replace('-', '–')})
            </option>
          ))}
        </select>
        <p className="field__hint">{t('periods.new.copyHint')}</p>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button" disabled={create.busy}>
          {t('periods.new.submit')}
        </button>
      </div>
      <FormError error={create.error} rest={refused.rest} />
    </form>
  );
}
