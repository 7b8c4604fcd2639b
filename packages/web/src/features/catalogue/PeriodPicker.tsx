import type { PeriodDto } from '@pantau/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatPeriodCode } from '../../lib/format';
import { useNavigate } from '../../router';

/**
 * Chooses the period shown. A form with a button rather than navigation on change, so moving
 * through the options with a keyboard does not reload the page at every step.
 */
export function PeriodPicker({ periods, value }: { periods: readonly PeriodDto[]; value: string | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [choice, setChoice] = useState(value ?? '');
  useEffect(() => setChoice(value ?? ''), [value]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(`/katalog?periode=${encodeURIComponent(choice)}`);
  };

  return (
    <form className="toolbar" action="/katalog" method="get" onSubmit={submit}>
      <div className="field">
        <label htmlFor="catalogue-period">{t('catalogue.periodSelect')}</label>
        <select id="catalogue-period" name="periode" value={choice} onChange={(event) => setChoice(event.target.value)}>
          {periods.map((period) => (
            <option key={period.code} value={period.code}>
              {t('period.label', { code: formatPeriodCode(period.code) })} ({t(`period.status.${period.status}`)})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('catalogue.show')}
      </button>
    </form>
  );
}
