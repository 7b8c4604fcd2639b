import type { InstitutionPageDto } from '@pantau/core';
import { type FormEvent, useEffect, useState } from 'react';
import type { AsyncState } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import {
  INSTITUTION_TYPE_VALUES,
  type InstitutionFilters,
  institutionListHref,
  parseInstitutionFilters,
} from '../../lib/institution-query';
import { Link, useNavigate } from '../../router';

interface InstitutionFilterFormProps {
  filters: InstitutionFilters;
  provinces: AsyncState<InstitutionPageDto>;
}

/**
 * Search and filters of the institutions list. A real GET form (it works without JavaScript);
 * with JavaScript it navigates client-side and always starts again from page 1.
 */
export function InstitutionFilterForm({ filters, provinces }: InstitutionFilterFormProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [q, setQ] = useState(filters.q);
  const [type, setType] = useState(filters.type ?? '');
  const [province, setProvince] = useState(filters.province ?? '');

  // Back/forward or a link can change the filters under the form: follow them.
  useEffect(() => {
    setQ(filters.q);
    setType(filters.type ?? '');
    setProvince(filters.province ?? '');
  }, [filters.q, filters.type, filters.province]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = parseInstitutionFilters(new URLSearchParams({ q, jenis: type, provinsi: province }));
    navigate(institutionListHref({ ...next, page: 1 }));
  };

  const hasFilters = Boolean(filters.q || filters.type || filters.province);

  return (
    <search aria-label={t('institutions.filters')}>
      <form className="filters" action="/instansi" method="get" onSubmit={submit}>
        <div className="field field--wide">
          <label htmlFor="institution-q">{t('institutions.search')}</label>
          <input
            id="institution-q"
            name="q"
            type="search"
            value={q}
            maxLength={100}
            autoComplete="off"
            aria-describedby="institution-q-hint"
            onChange={(event) => setQ(event.target.value)}
          />
          <p id="institution-q-hint" className="field__hint">
            {t('institutions.searchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="institution-type">{t('institutions.type')}</label>
          <select id="institution-type" name="jenis" value={type} onChange={(event) => setType(event.target.value)}>
            <option value="">{t('institutions.allTypes')}</option>
            {INSTITUTION_TYPE_VALUES.map((value) => (
              <option key={value} value={value}>
                {t(`institutionType.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="institution-province">{t('institutions.province')}</label>
          <select
            id="institution-province"
            name="provinsi"
            value={province}
            disabled={!provinces.data}
            aria-describedby={provinces.error !== undefined ? 'institution-province-error' : undefined}
            onChange={(event) => setProvince(event.target.value)}
          >
            <option value="">{t('institutions.allProvinces')}</option>
            {provinces.data?.items.map((item) => (
              <option key={item.code} value={item.code}>
                {item.name}
              </option>
            ))}
          </select>
          {provinces.error !== undefined && !provinces.data ? (
            <p id="institution-province-error" className="field__error">
              {t('institutions.provincesFailed')}{' '}
              <button type="button" className="button button--link" onClick={provinces.retry}>
                {t('state.retry')}
              </button>
            </p>
          ) : null}
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('institutions.submit')}
          </button>
          {hasFilters ? <Link href="/instansi">{t('institutions.reset')}</Link> : null}
        </div>
      </form>
    </search>
  );
}
