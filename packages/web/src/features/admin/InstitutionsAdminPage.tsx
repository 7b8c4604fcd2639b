/**
 * /kerja/instansi — admin: find an institution and go to its public profile, its users or a
 * deadline extension; add an institution or rename one.
 */
import type { InstitutionDto, InstitutionPageDto } from '@pantau/core';
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import {
  INSTITUTION_TYPE_VALUES,
  type InstitutionFilters,
  institutionApiPath,
  pageInfo,
  parseInstitutionFilters,
} from '../../lib/institution-query';
import { Link, useNavigate, useSearchParams } from '../../router';
import { Pagination } from '../institutions/Pagination';
import { FormToggle } from './FormToggle';
import { InstitutionForm } from './InstitutionForm';
import '../../components/work/work.css';
import '../institutions/institutions.css';
import './admin.css';
import { ScrollRegion } from '../../components/work/ScrollRegion';

const BASE = '/kerja/instansi';

function hrefFor(search: URLSearchParams, page: number): string {
  const next = new URLSearchParams(search);
  if (page > 1) next.set('halaman', String(page));
  else next.delete('halaman');
  const query = next.toString();
  return query ? `${BASE}?${query}` : BASE;
}

function SearchForm({ filters }: { filters: InstitutionFilters }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <search>
      <form
        className="filters"
        method="get"
        action={BASE}
        key={`${filters.q}|${filters.type}`}
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const next = new URLSearchParams();
          const q = String(form.get('q') ?? '').trim();
          const type = String(form.get('jenis') ?? '');
          if (q) next.set('q', q);
          if (type) next.set('jenis', type);
          const query = next.toString();
          navigate(query ? `${BASE}?${query}` : BASE);
        }}
      >
        <div className="field field--wide">
          <label htmlFor="admin-institution-q">{t('institutions.search')}</label>
          <input id="admin-institution-q" name="q" type="search" defaultValue={filters.q} />
        </div>
        <div className="field">
          <label htmlFor="admin-institution-type">{t('institutions.type')}</label>
          <select id="admin-institution-type" name="jenis" defaultValue={filters.type ?? ''}>
            <option value="">{t('institutions.allTypes')}</option>
            {INSTITUTION_TYPE_VALUES.map((type) => (
              <option key={type} value={type}>
                {t(`institutionType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('institutions.submit')}
          </button>
        </div>
      </form>
    </search>
  );
}

export default function InstitutionsAdminPage() {
  const { t } = useI18n();
  useDocumentTitle(t('institutionsAdmin.title'));
  const search = useSearchParams();
  const filters = parseInstitutionFilters(search);
  const list = useApi<InstitutionPageDto>(institutionApiPath(filters));
  const [editing, setEditing] = useState<InstitutionDto | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const afterSave = (message: string) => {
    setEditing(null);
    setSaved(message);
    list.retry();
  };
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>{t('institutionsAdmin.title')}</h1>
        <p className="lead">{t('institutionsAdmin.lead')}</p>
      </div>
      <div className="admin-actions">
        <FormToggle label={t('admin.institution.add')} secondary={false}>
          {(close) => (
            <InstitutionForm
              onSaved={(institution) => {
                close();
                afterSave(t('admin.institution.saved', { name: institution.name, code: institution.code }));
              }}
            />
          )}
        </FormToggle>
      </div>
      {saved ? (
        <p className="notice notice--success" role="status">
          {saved}
        </p>
      ) : null}
      {editing ? (
        <section className="target-versions" aria-labelledby="institution-edit-heading">
          <h2 id="institution-edit-heading">{t('admin.institution.edit', { name: editing.name })}</h2>
          <InstitutionForm
            key={editing.code}
            existing={editing}
            onSaved={(institution) =>
              afterSave(t('admin.institution.saved', { name: institution.name, code: institution.code }))
            }
          />
          <button type="button" className="button--link" onClick={() => setEditing(null)}>
            {t('admin.entry.cancel')}
          </button>
        </section>
      ) : null}
      <SearchForm filters={filters} />
      <AsyncContent state={list}>
        {(page) => {
          const info = pageInfo(page.total, page.offset, page.limit, page.items.length);
          return (
            <>
              <p className="muted">{t('institutions.range', { from: info.from, to: info.to, total: page.total })}</p>
              <ScrollRegion label={t('institutionsAdmin.title')}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('institutions.code')}</th>
                      <th scope="col">{t('institutionsAdmin.name')}</th>
                      <th scope="col">{t('institutions.type')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('board.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((institution) => (
                      <tr key={institution.code}>
                        <td className="code">{institution.code}</td>
                        <th scope="row">
                          <Link href={`/instansi/${encodeURIComponent(institution.code)}`}>{institution.name}</Link>
                        </th>
                        <td>{t(`institutionType.${institution.type}`)}</td>
                        <td className="row-links">
                          <button
                            type="button"
                            className="button--link"
                            onClick={() => {
                              setSaved(null);
                              setEditing(institution);
                            }}
                          >
                            {t('admin.institution.rename')}
                            <span className="visually-hidden"> {institution.name}</span>
                          </button>
                          <Link href={`/kerja/pengguna?instansi=${encodeURIComponent(institution.code)}`}>
                            {t('institutionsAdmin.users')}
                            <span className="visually-hidden"> {institution.name}</span>
                          </Link>
                          <Link href={`/kerja/periode?instansi=${encodeURIComponent(institution.code)}#perpanjangan`}>
                            {t('institutionsAdmin.extension')}
                            <span className="visually-hidden"> {institution.name}</span>
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
              <Pagination info={info} hrefFor={(n) => hrefFor(search, n)} />
            </>
          );
        }}
      </AsyncContent>
    </>
  );
}
