import type { InstitutionPageDto, InstitutionType } from '@pantau/core';
import { getJson } from '../../api/client';
import { useAsync } from '../../api/useApi';
import { AsyncContent } from '../../components/AsyncContent';
import { useI18n } from '../../i18n/I18nProvider';
import { INSTITUTION_TYPE_VALUES, institutionListHref } from '../../lib/institution-query';
import { Link } from '../../router';

type Counts = { type: InstitutionType; total: number }[];

/** How many institutions of each type there are; each count links to that list. */
export function InstitutionSummary() {
  const { t, formatNumber } = useI18n();
  const counts = useAsync<Counts>('institution-counts', ({ lang, signal }) =>
    Promise.all(
      INSTITUTION_TYPE_VALUES.map(async (type) => {
        const page = await getJson<InstitutionPageDto>(`/api/institutions?type=${type}&limit=1`, { lang, signal });
        return { type, total: page.total };
      }),
    ),
  );
  return (
    <section className="panel" aria-labelledby="home-institutions">
      <h2 id="home-institutions">{t('home.institutionsHeading')}</h2>
      <AsyncContent state={counts}>
        {(data) => (
          <dl className="stats">
            {data.map(({ type, total }) => (
              <div key={type}>
                <dt>{t(`institutionTypePlural.${type}`)}</dt>
                <dd>
                  <Link href={institutionListHref({ type })}>{formatNumber(total)}</Link>
                </dd>
              </div>
            ))}
            <div>
              <dt>{t('home.count.total')}</dt>
              <dd>{formatNumber(data.reduce((sum, { total }) => sum + total, 0))}</dd>
            </div>
          </dl>
        )}
      </AsyncContent>
      <p>
        <Link className="button button--secondary" href="/instansi">
          {t('home.toInstitutions')}
        </Link>
      </p>
    </section>
  );
}
