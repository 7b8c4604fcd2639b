/** Support activity (pendampingan) per province on the national dashboard, for the quarter shown. */
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import type { ViewFrame } from '../dashboard/drill';

export function SupportActivitySection({ frame }: { frame: ViewFrame }) {
  const { t, formatDate, formatNumber } = useI18n();
  const state = useApiGet('/api/dashboard/support', { query: { period: frame.period, quarter: frame.quarter } });
  return (
    <section className="work-section" aria-labelledby="dash-support">
      <h2 id="dash-support">{t('support.dashboard.heading')}</h2>
      <AsyncContent state={state}>
        {(data) => (
          <>
            <p className="muted">
              {t('support.dashboard.intro', {
                total: data.total,
                from: formatDate(data.from),
                to: formatDate(data.to),
              })}
            </p>
            {data.provinces.length > 0 ? (
              <ScrollRegion labelledBy="dash-support">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('support.dashboard.province')}</th>
                      <th scope="col">{t('support.dashboard.entries')}</th>
                      <th scope="col">{t('support.dashboard.institutions')}</th>
                      <th scope="col">{t('support.dashboard.openFollowUps')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.provinces.map((row) => (
                      <tr key={row.code}>
                        <th scope="row">{row.name}</th>
                        <td className="number">{formatNumber(row.entries)}</td>
                        <td className="number">{formatNumber(row.institutions)}</td>
                        <td className="number">{formatNumber(row.openFollowUps)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            ) : null}
          </>
        )}
      </AsyncContent>
    </section>
  );
}
