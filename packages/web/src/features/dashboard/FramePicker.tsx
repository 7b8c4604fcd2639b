/** Chooses the period and quarter of a view (`?periode=&triwulan=`); a GET form that works without a mouse. */
import { type FormEvent, useEffect, useState } from 'react';
import { AsyncContent } from '../../components/AsyncContent';
import { useQuarterName } from '../../components/useQuarterName';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { formatPeriodCode } from '../../lib/format';
import { useLocation, useNavigate } from '../../router';

export function FramePicker({ period, quarter }: { period: string; quarter: number }) {
  const { t } = useI18n();
  const periods = usePeriods();
  const quarterName = useQuarterName();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [choice, setChoice] = useState({ period, quarter });
  useEffect(() => setChoice({ period, quarter }), [period, quarter]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams(search);
    params.set('periode', choice.period);
    params.set('triwulan', String(choice.quarter));
    navigate(`${pathname}?${params}`);
  };
  return (
    <AsyncContent state={periods}>
      {(list) => {
        const chosen = list.find((p) => p.code === choice.period);
        return (
          <form className="toolbar dash-picker" method="get" action={pathname} onSubmit={submit}>
            <div className="field">
              <label htmlFor="dash-period">{t('catalogue.periodSelect')}</label>
              <select
                id="dash-period"
                name="periode"
                value={choice.period}
                onChange={(event) => setChoice({ period: event.target.value, quarter: 1 })}
              >
                {list.map((p) => (
                  <option key={p.code} value={p.code}>
                    {t('period.label', { code: formatPeriodCode(p.code) })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="dash-quarter">{t('board.quarterSelect')}</label>
              <select
                id="dash-quarter"
                name="triwulan"
                value={String(choice.quarter)}
                onChange={(event) => setChoice({ ...choice, quarter: Number(event.target.value) })}
              >
                {(chosen?.quarters ?? []).map((q) => (
                  <option key={q.number} value={q.number}>
                    {quarterName(q.number)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              {t('catalogue.show')}
            </button>
          </form>
        );
      }}
    </AsyncContent>
  );
}
