/**
 * /kerja/pendampingan — the Inspektorat's support log: what support was given to which unit, with
 * files and follow-ups. The focal point (and admin) record entries and move follow-ups along;
 * leaders and observers read. Admin and observers choose the institution with ?instansi=; any
 * reader narrows to one unit with ?unit=.
 */
import { dateInZone, FOLLOW_UP_STATUSES, type FollowUpStatus, type SupportEntryDto } from '@pantau/core';
import { useState } from 'react';
import { apiSend } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { InstitutionPicker } from '../../components/pickers/SourcePickers';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ActionError } from '../../components/work/ActionError';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigate, useSearchParams } from '../../router';
import { can } from '../coordination/can';
import { SupportEntryForm } from './SupportEntryForm';
import { SUPPORT_KIND_KEYS } from './support-kinds';
import '../../components/work/work.css';
import './leader.css';

function FollowUpStatusSelect({ id, status, onSaved }: { id: number; status: FollowUpStatus; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const save = useAction((next: FollowUpStatus) =>
    apiSend('post', '/api/support-follow-ups/{id}/status', { path: { id }, body: { status: next } }, { lang }),
  );
  return (
    <>
      <label className="visually-hidden" htmlFor={`support-fu-status-${id}`}>
        {t('support.followUp.status')}
      </label>
      <select
        id={`support-fu-status-${id}`}
        value={status}
        disabled={save.busy}
        onChange={async (e) => {
          if (await save.run(e.target.value as FollowUpStatus)) onSaved();
        }}
      >
        {FOLLOW_UP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`support.status.${s}`)}
          </option>
        ))}
      </select>
      <ActionError error={save.error} />
    </>
  );
}

function Entry({ entry, writes, onChanged }: { entry: SupportEntryDto; writes: boolean; onChanged: () => void }) {
  const { t, formatDate } = useI18n();
  return (
    <li className="support-entry">
      <p>
        <strong>{formatDate(entry.heldOn)}</strong> · {t(SUPPORT_KIND_KEYS[entry.kind])} ·{' '}
        {entry.unit?.name ?? t('support.field.wholeInstitution')}
      </p>
      <p>{entry.notes}</p>
      {entry.attachments.length > 0 ? (
        <p>
          {entry.attachments.map((file, i) => (
            <span key={file.id}>
              {i > 0 ? ' · ' : ''}
              <a href={`/api/support/${entry.id}/attachments/${file.id}`} download>
                {file.fileName}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {entry.followUps.length > 0 ? (
        <ul className="support-follow-ups" aria-label={t('support.followUps')}>
          {entry.followUps.map((f) => (
            <li key={f.id}>
              {f.title} — {f.owner.name}, {t('leader.brief.due', { date: formatDate(f.dueOn) })}{' '}
              {f.overdue ? <span className="badge badge--late">{t('leader.brief.overdue')}</span> : null}{' '}
              {writes ? (
                <FollowUpStatusSelect id={f.id} status={f.status} onSaved={onChanged} />
              ) : (
                <span className="badge badge--neutral">{t(`support.status.${f.status}`)}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{t('support.recordedBy', { name: entry.recordedBy })}</p>
    </li>
  );
}

function InstitutionSupport({ code, writes }: { code: string; writes: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const params = useSearchParams();
  const unit = params.get('unit') ? Number(params.get('unit')) : undefined;
  const units = useApiGet('/api/institutions/{code}/units', { path: { code }, query: { active: 'true' } });
  const log = useApiGet('/api/institutions/{code}/support', { path: { code }, query: unit ? { unit } : {} });
  const [added, setAdded] = useState(false);
  const today = dateInZone(new Date());
  const filterTo = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('unit', value);
    else next.delete('unit');
    navigate(`/kerja/pendampingan?${next.toString()}`);
  };
  return (
    <AsyncContent state={units}>
      {(unitList) => (
        <>
          {writes ? (
            <SupportEntryForm
              institution={code}
              units={unitList.items}
              today={today}
              onAdded={() => {
                setAdded(true);
                log.retry();
              }}
            />
          ) : null}
          {added ? (
            <p className="notice notice--success" role="status">
              {t('support.saved')}
            </p>
          ) : null}
          <section aria-labelledby="support-list">
            <h2 id="support-list">{t('support.listHeading')}</h2>
            <div className="field">
              <label htmlFor="support-filter-unit">{t('support.filterUnit')}</label>
              <select
                id="support-filter-unit"
                value={unit ? String(unit) : ''}
                onChange={(e) => filterTo(e.target.value)}
              >
                <option value="">{t('support.allUnits')}</option>
                {unitList.items.map((u) => (
                  <option key={u.id} value={String(u.id)}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
            <AsyncContent state={log}>
              {(data) =>
                data.items.length === 0 ? (
                  <p className="notice">{t('support.none')}</p>
                ) : (
                  <ul className="unit-list">
                    {data.items.map((entry) => (
                      <Entry key={entry.id} entry={entry} writes={writes} onChanged={log.retry} />
                    ))}
                  </ul>
                )
              }
            </AsyncContent>
          </section>
        </>
      )}
    </AsyncContent>
  );
}

export default function SupportLogPage() {
  const { t } = useI18n();
  useDocumentTitle(t('support.title'));
  const user = useAccount();
  const navigate = useNavigate();
  const national = user.roles.includes('admin') || user.roles.includes('observer');
  const asked = useSearchParams().get('instansi');
  const code = national ? asked : (user.institution?.code ?? null);
  const writes = can(user.roles, 'support.write');
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <h1>{t('support.title')}</h1>
      <p className="lead">{t('support.lead')}</p>
      {national ? (
        <div className="filters">
          <InstitutionPicker
            id="support-institution"
            label={t('units.institution')}
            hint={t('units.institutionHint')}
            value={asked ? [asked] : []}
            onChange={([chosen]) =>
              navigate(chosen ? `/kerja/pendampingan?instansi=${encodeURIComponent(chosen)}` : '/kerja/pendampingan')
            }
          />
        </div>
      ) : null}
      {code ? (
        <InstitutionSupport key={code} code={code} writes={writes} />
      ) : (
        <p className="notice">{t('units.chooseInstitution')}</p>
      )}
    </>
  );
}
