import type { PeriodDto } from '@pantau/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatPeriodCode } from '../../lib/format';
import { useNavigate } from '../../router';

/** Chooses the period of a workspace page (`<base>?periode=`), with a button so arrow keys do not reload. */
export function WorkPeriodPicker({
  periods,
  value,
  base,
}: {
  periods: readonly PeriodDto[];
  value: string;
  base: string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [choice, setChoice] = useState(value);
  useEffect(() => setChoice(value), [value]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(`${base}?periode=${encodeURIComponent(choice)}`);
  };
  return (
    <form className="toolbar" action={base} method="get" onSubmit={submit}>
      <div className="field">
        <label htmlFor="work-period">{t('catalogue.periodSelect')}</label>
        <select id="work-period" name="periode" value={choice} onChange={(event) => setChoice(event.target.value)}>
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
