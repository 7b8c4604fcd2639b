/** Publications of the quarter shown: how many, by kind and by province. */
import type { PublicationCountsDto } from '@pantau/core';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import type { ViewFrame } from './drill';

const KINDS = [
  'berita',
  'infografis',
  'video',
  'media_sosial',
] as const satisfies readonly (keyof PublicationCountsDto['byKind'])[];

export function PublicationsSection({ frame }: { frame: ViewFrame }) {
  const { t, formatDate, formatNumber } = useI18n();
  const state = useApiGet('/api/dashboard/publications', {
    query: { period: frame.period, quarter: frame.quarter },
  });
  return (
    <section className="work-section" aria-labelledby="dash-publications">
      <h2 id="dash-publications">{t('dashboard.publications.heading')}</h2>
      <AsyncContent state={state}>
        {(data) => (
          <>
            <p className="muted">
              {t('dashboard.publications.intro', {
                total: data.total,
                fromMaterials: data.fromMaterials,
                from: formatDate(data.startsOn),
                to: formatDate(data.endsOn),
              })}
            </p>
            <section className="work-subsection" aria-labelledby="dash-publications-kind">
              <h3 id="dash-publications-kind">{t('dashboard.publications.byKind')}</h3>
              <ScrollRegion labelledBy="dash-publications-kind">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.publications.col.kind')}</th>
                      <th scope="col">{t('dashboard.publications.col.count')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {KINDS.map((kind) => (
                      <tr key={kind}>
                        <th scope="row">{t(`dashboard.publications.kind.${kind}`)}</th>
                        <td className="dash-num">{formatNumber(data.byKind[kind])}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </section>
            <section className="work-subsection" aria-labelledby="dash-publications-province">
              <h3 id="dash-publications-province">{t('dashboard.publications.byProvince')}</h3>
              <p className="muted">{t('dashboard.publications.byProvince.text')}</p>
              <ScrollRegion labelledBy="dash-publications-province">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('dashboard.publications.col.province')}</th>
                      <th scope="col">{t('dashboard.publications.col.count')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.byProvince.map((province) => (
                      <tr key={province.code}>
                        <th scope="row">{province.name}</th>
                        <td className="dash-num">{formatNumber(province.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </section>
          </>
        )}
      </AsyncContent>
    </section>
  );
}
