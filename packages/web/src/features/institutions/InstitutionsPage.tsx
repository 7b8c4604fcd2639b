/** Instansi: search and filter K/L and Pemda, 50 per page, each linking to its detail. */
import type { InstitutionPageDto } from '@pantau/core';
import { useEffect, useMemo, useRef } from 'react';
import { useApi } from '../../api/useApi';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { institutionApiPath, parseInstitutionFilters } from '../../lib/institution-query';
import { useSearchParams } from '../../router';
import { InstitutionFilterForm } from './InstitutionFilterForm';
import { InstitutionResults } from './InstitutionResults';
import './institutions.css';

/**
 * After a search or a page change the clicked control is gone (the list reloads), so focus
 * would fall back to the page start: move it to the results instead, as a keyboard user expects.
 */
function useFocusResultsOnChange(search: string) {
  const results = useRef<HTMLElement>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is the trigger, not an input
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    results.current?.focus({ preventScroll: true });
    results.current?.scrollIntoView();
  }, [search]);
  return results;
}

export default function InstitutionsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('institutions.title'));
  const search = useSearchParams();
  const resultsRef = useFocusResultsOnChange(search.toString());
  const filters = useMemo(() => parseInstitutionFilters(search), [search]);
  const provinces = useApi<InstitutionPageDto>('/api/institutions?type=provinsi&limit=100');
  const results = useApi<InstitutionPageDto>(institutionApiPath(filters));
  const provinceNames = useMemo(
    () => new Map((provinces.data?.items ?? []).map((item) => [item.code, item.name] as const)),
    [provinces.data],
  );

  return (
    <>
      <div className="page-intro">
        <h1>{t('institutions.heading')}</h1>
        <p className="lead">{t('institutions.lead')}</p>
      </div>
      <InstitutionFilterForm filters={filters} provinces={provinces} />
      <section ref={resultsRef} className="results" tabIndex={-1} aria-labelledby="institution-results">
        <h2 id="institution-results" className="visually-hidden">
          {t('institutions.results')}
        </h2>
        <AsyncContent state={results}>
          {(page) => <InstitutionResults page={page} filters={filters} provinceNames={provinceNames} />}
        </AsyncContent>
      </section>
    </>
  );
}
