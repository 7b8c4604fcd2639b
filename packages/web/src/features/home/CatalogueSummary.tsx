import type { CatalogueDto } from '@pantau/core';
import { useApi } from '../../api/useApi';
import { AsyncContent } from '../../components/AsyncContent';
import { useI18n } from '../../i18n/I18nProvider';
import { countCatalogue } from '../../lib/catalogue';
import { Link } from '../../router';

/** How big the catalogue of a period is, with a way into it. */
export function CatalogueSummary({ periodCode }: { periodCode: string }) {
  const { t, formatNumber } = useI18n();
  const catalogue = useApi<CatalogueDto>(`/api/periods/${encodeURIComponent(periodCode)}/catalogue`);
  return (
    <section className="panel" aria-labelledby="home-catalogue">
      <h2 id="home-catalogue">{t('home.catalogueHeading')}</h2>
      <AsyncContent state={catalogue}>
        {(data) => {
          const counts = countCatalogue(data);
          return (
            <dl className="stats">
              <div>
                <dt>{t('home.count.fokus')}</dt>
                <dd>{formatNumber(counts.fokus)}</dd>
              </div>
              <div>
                <dt>{t('home.count.aksi')}</dt>
                <dd>{formatNumber(counts.aksi)}</dd>
              </div>
              <div>
                <dt>{t('home.count.outputs')}</dt>
                <dd>{formatNumber(counts.outputs)}</dd>
              </div>
              <div>
                <dt>{t('home.count.targets')}</dt>
                <dd>{formatNumber(counts.targets)}</dd>
              </div>
            </dl>
          );
        }}
      </AsyncContent>
      <p>
        <Link className="button button--secondary" href={`/katalog?periode=${encodeURIComponent(periodCode)}`}>
          {t('home.toCatalogue')}
        </Link>
      </p>
    </section>
  );
}
