import { useApiGet } from '../../api/useTyped';
import { useI18n } from '../../i18n/I18nProvider';
import { AsyncContent } from '../AsyncContent';
import { useQuarterName } from '../useQuarterName';
import { ScrollRegion } from './ScrollRegion';

function percent(value: number | null, formatNumber: (n: number) => string): string {
  return value === null ? '–' : `${formatNumber(value)} %`;
}

/**
 * An institution's live figures per quarter: achievement with its band, and reporting compliance
 * (expected, submitted, on time, complete, verified). Quarters with nothing expected are left out.
 */
export function InstitutionFigures({
  code,
  period,
  highlight,
  headingId,
  showName = false,
}: {
  code: string;
  period: string;
  highlight?: number;
  headingId: string;
  /** Say whose figures these are (when the viewer chose the institution). */
  showName?: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const quarterName = useQuarterName();
  const figures = useApiGet('/api/institutions/{code}/performance', { path: { code }, query: { period } });
  return (
    <AsyncContent state={figures}>
      {(data) => {
        const rows = data.quarters.filter((quarter) => quarter.expected > 0);
        const name = showName ? <p className="figures__name">{data.institution.name}</p> : null;
        if (rows.length === 0)
          return (
            <>
              {name}
              <p className="muted">{t('figures.none')}</p>
            </>
          );
        return (
          <>
            {name}
            <ScrollRegion labelledBy={headingId}>
              <table className="data-table figures">
                <caption className="visually-hidden">{t('figures.caption', { name: data.institution.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('figures.quarter')}</th>
                    <th scope="col">{t('figures.achievement')}</th>
                    <th scope="col">{t('figures.expected')}</th>
                    <th scope="col">{t('figures.submitted')}</th>
                    <th scope="col">{t('figures.onTime')}</th>
                    <th scope="col">{t('figures.complete')}</th>
                    <th scope="col">{t('figures.verified')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.quarter} className={row.quarter === highlight ? 'data-table__current' : undefined}>
                      <th scope="row">{quarterName(row.quarter)}</th>
                      <td>
                        {row.achievement === null ? '–' : formatNumber(row.achievement)}
                        {row.band ? <span className={`band band--${row.band}`}> {t(`band.${row.band}`)}</span> : null}
                      </td>
                      <td>{formatNumber(row.expected)}</td>
                      <td>
                        {formatNumber(row.submitted)}{' '}
                        <span className="muted">({percent(row.rates.submitted, formatNumber)})</span>
                      </td>
                      <td>
                        {formatNumber(row.onTime)}{' '}
                        <span className="muted">({percent(row.rates.onTime, formatNumber)})</span>
                      </td>
                      <td>
                        {formatNumber(row.complete)}{' '}
                        <span className="muted">({percent(row.rates.complete, formatNumber)})</span>
                      </td>
                      <td>
                        {formatNumber(row.verified)}{' '}
                        <span className="muted">({percent(row.rates.verified, formatNumber)})</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </>
        );
      }}
    </AsyncContent>
  );
}
