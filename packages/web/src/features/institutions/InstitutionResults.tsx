import type { InstitutionPageDto } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import { type InstitutionFilters, institutionListHref, pageInfo } from '../../lib/institution-query';
import { Link } from '../../router';
import { Pagination } from './Pagination';

interface InstitutionResultsProps {
  page: InstitutionPageDto;
  filters: InstitutionFilters;
  /** Province names by code, to say where a Pemda is (empty until the list has loaded). */
  provinceNames: ReadonlyMap<string, string>;
}

/** One page of institutions, each linking to its detail, with the total and paging. */
export function InstitutionResults({ page, filters, provinceNames }: InstitutionResultsProps) {
  const { t, tn } = useI18n();
  const info = pageInfo(page.total, page.offset, page.limit, page.items.length);
  if (page.total === 0) {
    return (
      <div className="notice" role="status">
        <p>{t('institutions.none')}</p>
        <p>
          <Link href="/instansi">{t('institutions.reset')}</Link>
        </p>
      </div>
    );
  }
  if (page.items.length === 0) {
    // A page number past the end, e.g. from an old bookmark after the list shrank.
    return (
      <div className="notice" role="status">
        <p>{t('institutions.pageEmpty', { pageCount: info.pageCount })}</p>
        <p>
          <Link href={institutionListHref({ ...filters, page: 1 })}>{t('institutions.firstPage')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <p className="result-count" role="status">
        {t('institutions.range', { from: info.from, to: info.to, total: tn('institutions.total', page.total) })}
      </p>
      <ul className="institution-list">
        {page.items.map((item) => {
          const province =
            item.type !== 'provinsi' && item.provinceCode ? provinceNames.get(item.provinceCode) : undefined;
          return (
            <li key={item.code} className="institution-list__item">
              <Link href={`/instansi/${encodeURIComponent(item.code)}`} className="institution-list__name">
                {item.name}
              </Link>
              <span className="institution-list__meta">
                <span className="code">{item.code}</span> · {t(`institutionType.${item.type}`)}
                {province ? ` · ${province}` : null}
              </span>
            </li>
          );
        })}
      </ul>
      <Pagination info={info} hrefFor={(number) => institutionListHref({ ...filters, page: number })} />
    </>
  );
}
