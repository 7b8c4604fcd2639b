/**
 * /kerja/pengguna — accounts: admin sees and manages everyone; a focal point, its institution's
 * contributors and publicists. Invitations and password resets give a single-use link to hand over.
 */
import type { Role } from '@pantau/core';
import { useEffect, useState } from 'react';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { InstitutionPicker } from '../../components/pickers/SourcePickers';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { pageInfo } from '../../lib/institution-query';
import { pickDefaultPeriod } from '../../lib/periods';
import { useNavigate, useSearchParams } from '../../router';
import { Pagination } from '../institutions/Pagination';
import { InviteForm } from './InviteForm';
import { UserRow } from './UserRow';
import '../../components/work/work.css';
import '../institutions/institutions.css';
import './users.css';

const BASE = '/kerja/pengguna';
const PAGE_SIZE = 50;
const ROLES: readonly Role[] = ['admin', 'verifier', 'observer', 'focal_point', 'contributor', 'publicist', 'leader'];
const STATUSES = ['active', 'invited', 'disabled'] as const;

function hrefWith(search: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  const query = next.toString();
  return query ? `${BASE}?${query}` : BASE;
}

export default function UsersPage() {
  const { t } = useI18n();
  useDocumentTitle(t('users.title'));
  const me = useAccount();
  const isAdmin = me.roles.includes('admin');
  const canManage = isAdmin || me.roles.includes('focal_point');
  const navigate = useNavigate();
  const search = useSearchParams();
  const periods = usePeriods();
  const [reload, setReload] = useState(0);
  const page = Math.max(1, Number(search.get('halaman')) || 1);
  const roleFilter = ROLES.find((role) => role === search.get('peran'));
  const statusFilter = STATUSES.find((status) => status === search.get('status'));
  const query = {
    q: search.get('q') || undefined,
    role: roleFilter,
    status: statusFilter,
    institution: isAdmin ? search.get('instansi') || undefined : undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const users = useApiGet('/api/users', { query }, String(reload));
  const [institutionFilter, setInstitutionFilter] = useState(search.get('instansi') ?? '');
  const shownInstitution = search.get('instansi') ?? '';
  useEffect(() => setInstitutionFilter(shownInstitution), [shownInstitution]);

  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>{t('users.title')}</h1>
        <p className="lead">
          {t(isAdmin ? 'users.leadAdmin' : 'users.leadFocal', { name: me.institution?.name ?? '' })}
        </p>
      </div>
      {canManage ? (
        <section className="panel" aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('users.inviteHeading')}</h2>
          <p className="muted">{t('users.inviteLead')}</p>
          <InviteForm
            activePeriod={periods.data ? (pickDefaultPeriod(periods.data)?.code ?? null) : null}
            onInvited={() => setReload((n) => n + 1)}
          />
        </section>
      ) : null}
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">{t('users.listHeading')}</h2>
        <search>
          <form
            className="filters"
            method="get"
            action={BASE}
            key={search.toString()}
            onSubmit={(event) => {
              event.preventDefault();
              const form = new FormData(event.currentTarget);
              const value = (name: string) => String(form.get(name) ?? '').trim() || null;
              navigate(
                hrefWith(new URLSearchParams(), {
                  q: value('q'),
                  peran: value('peran'),
                  status: value('status'),
                  instansi: value('instansi'),
                }),
              );
            }}
          >
            <div className="field field--wide">
              <label htmlFor="users-q">{t('users.search')}</label>
              <input id="users-q" name="q" type="search" defaultValue={search.get('q') ?? ''} />
            </div>
            <div className="field">
              <label htmlFor="users-role">{t('users.roles')}</label>
              <select id="users-role" name="peran" defaultValue={roleFilter ?? ''}>
                <option value="">{t('users.allRoles')}</option>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="users-status">{t('quarter.status')}</label>
              <select id="users-status" name="status" defaultValue={statusFilter ?? ''}>
                <option value="">{t('users.allStatuses')}</option>
                {STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`userStatus.${status}`)}
                  </option>
                ))}
              </select>
            </div>
            {isAdmin ? (
              <InstitutionPicker
                id="users-institution"
                label={t('periods.institution')}
                name="instansi"
                value={institutionFilter ? [institutionFilter] : []}
                onChange={([code]) => setInstitutionFilter(code ?? '')}
              />
            ) : null}
            <div className="filters__actions">
              <button type="submit" className="button">
                {t('institutions.submit')}
              </button>
            </div>
          </form>
        </search>
        <AsyncContent state={users}>
          {(data) => {
            const info = pageInfo(data.total, data.offset, data.limit, data.items.length);
            return (
              <>
                <p className="muted">{t('institutions.range', { from: info.from, to: info.to, total: data.total })}</p>
                {data.items.length === 0 ? (
                  <p className="notice">{t('users.none')}</p>
                ) : (
                  <ul className="user-rows">
                    {data.items.map((account) => (
                      <UserRow key={account.id} account={account} onChanged={() => setReload((n) => n + 1)} />
                    ))}
                  </ul>
                )}
                <Pagination info={info} hrefFor={(n) => hrefWith(search, { halaman: n > 1 ? String(n) : null })} />
              </>
            );
          }}
        </AsyncContent>
      </section>
    </>
  );
}
