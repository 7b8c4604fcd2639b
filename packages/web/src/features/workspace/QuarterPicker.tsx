import type { PeriodDto } from '@pantau/core';
import { useQuarterName } from '../../components/useQuarterName';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigate } from '../../router';

/** A GET form choosing the quarter of the board (`?triwulan=`), usable without a mouse. */
export function QuarterPicker({ period, value, id }: { period: PeriodDto; value: number; id: string }) {
  const { t } = useI18n();
  const quarterName = useQuarterName();
  const navigate = useNavigate();
  return (
    <form
      className="inline-form"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        const quarter = new FormData(event.currentTarget).get('triwulan');
        navigate(`${window.location.pathname}?triwulan=${encodeURIComponent(String(quarter))}`);
      }}
    >
      <label htmlFor={id}>{t('board.quarterSelect')}</label>
      <select id={id} name="triwulan" defaultValue={String(value)} key={value}>
        {period.quarters
          .filter((quarter) => quarter.status !== 'planned')
          .map((quarter) => (
            <option key={quarter.number} value={quarter.number}>
              {quarterName(quarter.number)}
            </option>
          ))}
      </select>
      <button type="submit" className="button button--secondary">
        {t('catalogue.show')}
      </button>
    </form>
  );
}
