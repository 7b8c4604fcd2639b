/**
 * /kerja/unit — the work units of an institution (the focal point's own; admin and observers
 * choose one with ?instansi=): the list with targets and contributors per unit, add and change,
 * and which contributors belong to each unit.
 */
import type { AccountDto, UnitDto } from '@pantau/core';
import { useState } from 'react';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { InstitutionPicker } from '../../components/pickers/SourcePickers';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { Link, useNavigate, useSearchParams } from '../../router';
import { UnitSupportLink } from '../leader/UnitSupportLink';
import { UnitContributors } from './UnitContributors';
import { UnitForm } from './UnitForm';
import { UnitTabs } from './UnitTabs';
import { UNIT_KIND_LABELS } from './unit-kinds';
import '../../components/work/work.css';
import './units.css';

interface RowProps {
  unit: UnitDto;
  manage: boolean;
  contributors: readonly AccountDto[];
  onSaved: (u: UnitDto) => void;
  onContributorsSaved: (u: UnitDto) => void;
}

function UnitRow({ unit, manage, contributors, onSaved, onContributorsSaved }: RowProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [people, setPeople] = useState(false);
  const names = contributors.filter((c) => unit.contributorIds.includes(c.id)).map((c) => c.name);
  return (
    <li className={`unit${unit.active ? '' : ' unit--inactive'}`}>
      <p className="unit__name">
        <span className="output__code">{unit.code}</span> {unit.name}
        {unit.shortName ? <span className="muted"> ({unit.shortName})</span> : null}
      </p>
      <p className="unit__facts muted">
        {t(UNIT_KIND_LABELS[unit.kind])} · {unit.active ? t('units.active') : t('units.inactive')} ·{' '}
        {t('units.col.targets')}: {unit.targetCount} · {t('units.col.contributors')}: {unit.contributorCount}
      </p>
      {names.length > 0 ? (
        <p className="unit__facts">
          {t('units.contributors.members')}: {names.join(', ')}
        </p>
      ) : null}
      <UnitSupportLink unit={unit} />
      {manage && !editing && !people ? (
        <div className="unit__actions">
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
            {t('units.edit')}
            <span className="visually-hidden"> {unit.code}</span>
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setPeople(true)}>
            {t('units.contributors.edit')}
            <span className="visually-hidden"> {unit.code}</span>
          </button>
        </div>
      ) : null}
      {people ? (
        <UnitContributors
          unit={unit}
          contributors={contributors}
          onCancel={() => setPeople(false)}
          onSaved={() => {
            setPeople(false);
            onContributorsSaved(unit);
          }}
        />
      ) : null}
      {editing ? (
        <UnitForm
          institution={unit.institution.code}
          unit={unit}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            onSaved(saved);
          }}
        />
      ) : null}
    </li>
  );
}

function InstitutionUnits({ code, manage }: { code: string; manage: boolean }) {
  const { t } = useI18n();
  const [done, setDone] = useState<string | null>(null);
  const list = useApiGet('/api/institutions/{code}/units', { path: { code } });
  const people = useApiGet(
    '/api/users',
    manage ? { query: { role: 'contributor', institution: code, status: 'active', limit: 200 } } : null,
  );
  const contributors = people.data?.items ?? [];
  const saved = (unit: UnitDto) => {
    setDone(t('units.saved', { code: unit.code }));
    list.retry();
  };
  const contributorsSaved = (unit: UnitDto) => {
    setDone(t('units.contributors.saved', { code: unit.code }));
    list.retry();
  };
  return (
    <>
      {manage ? <UnitForm institution={code} onSaved={saved} /> : null}
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <AsyncContent state={list}>
        {(data) => (
          <section aria-labelledby="unit-list">
            <h2 id="unit-list">{t('units.listHeading', { name: data.items[0]?.institution.name ?? code })}</h2>
            {data.items.length === 0 ? (
              <p className="notice">{t('units.none')}</p>
            ) : (
              <ul className="unit-list">
                {data.items.map((unit) => (
                  <UnitRow
                    key={unit.id}
                    unit={unit}
                    manage={manage}
                    contributors={contributors}
                    onSaved={saved}
                    onContributorsSaved={contributorsSaved}
                  />
                ))}
              </ul>
            )}
          </section>
        )}
      </AsyncContent>
    </>
  );
}

export default function UnitsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('units.title'));
  const user = useAccount();
  const navigate = useNavigate();
  const national = user.roles.includes('admin') || user.roles.includes('observer');
  const asked = useSearchParams().get('instansi');
  const code = national ? asked : (user.institution?.code ?? null);
  const manage = user.roles.includes('admin') || user.roles.includes('focal_point');
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <h1>{t('units.title')}</h1>
      <p className="lead">{t('units.lead')}</p>
      <UnitTabs
        current="/kerja/unit"
        query={asked ? `?instansi=${encodeURIComponent(asked)}` : ''}
        board={national || user.roles.includes('focal_point')}
      />
      {national ? (
        <div className="filters">
          <InstitutionPicker
            id="units-institution"
            label={t('units.institution')}
            hint={t('units.institutionHint')}
            value={asked ? [asked] : []}
            onChange={([chosen]) =>
              navigate(chosen ? `/kerja/unit?instansi=${encodeURIComponent(chosen)}` : '/kerja/unit')
            }
          />
        </div>
      ) : null}
      {code ? (
        <InstitutionUnits key={code} code={code} manage={manage} />
      ) : (
        <p className="notice">{t('units.chooseInstitution')}</p>
      )}
      {user.roles.includes('admin') ? (
        <p className="muted">
          <Link href="/kerja/impor">{t('units.import')}</Link>
        </p>
      ) : null}
    </>
  );
}
