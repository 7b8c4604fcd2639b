/** Katalog aksi: fokus → aksi → outputs of a period, each output unfolding into its quarterly targets. */
import type { CatalogueDto, PeriodDto } from '@pantau/core';
import { useEffect } from 'react';
import { useApi } from '../../api/useApi';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { selectedPeriodCode } from '../../lib/periods';
import { useLocation, useSearchParams } from '../../router';
import { CatalogueTree } from './CatalogueTree';
import { PeriodPicker } from './PeriodPicker';
import './catalogue.css';

/** Opens and scrolls to the output named in the URL hash (`#output-1.2`), once it is on the page. */
function useRevealHashTarget(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const element = document.getElementById(id);
    if (element instanceof HTMLDetailsElement) element.open = true;
    element?.scrollIntoView();
  }, [ready, hash]);
}

export default function CataloguePage() {
  const { t } = useI18n();
  useDocumentTitle(t('catalogue.title'));
  const requested = useSearchParams().get('periode');
  const periods = useApi<PeriodDto[]>('/api/periods');
  // A period named in the URL can load at once; otherwise wait for the list to pick the active one.
  const code = periods.data ? selectedPeriodCode(periods.data, requested) : requested;
  const catalogue = useApi<CatalogueDto>(code ? `/api/periods/${encodeURIComponent(code)}/catalogue` : null);
  useRevealHashTarget(catalogue.data !== undefined);

  return (
    <>
      <div className="page-intro">
        <h1>{t('catalogue.heading')}</h1>
        <p className="lead">{t('catalogue.lead')}</p>
      </div>
      <AsyncContent state={periods}>{(list) => <PeriodPicker periods={list} value={code} />}</AsyncContent>
      {code ? (
        <AsyncContent state={catalogue}>{(data) => <CatalogueTree catalogue={data} />}</AsyncContent>
      ) : periods.data ? (
        <p className="notice">{t('home.noPeriod')}</p>
      ) : null}
    </>
  );
}
