/**
 * Who a message or invitation reaches: roles within each institution, then institutions by type,
 * province, aksi, or a list of codes. A focal point addresses only its own institution.
 */
import { AUDIENCE_ROLES, INSTITUTION_TYPES } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import { type AudienceFields, toggled } from './audience-form';

interface Props {
  id: string;
  legend: string;
  value: AudienceFields;
  onChange: (value: AudienceFields) => void;
  /** The only institution the sender may address (a focal point's own). */
  ownInstitution?: { code: string; name: string } | null;
}

function TextList({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value)} />
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
    </div>
  );
}

export function AudienceFieldset({ id, legend, value, onChange, ownInstitution }: Props) {
  const { t } = useI18n();
  const set = (change: Partial<AudienceFields>) => onChange({ ...value, ...change });
  return (
    <fieldset className="audience">
      <legend>{legend}</legend>
      <fieldset>
        <legend>{t('coordination.audience.roles')}</legend>
        {AUDIENCE_ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={value.roles.includes(role)}
              onChange={(e) => set({ roles: toggled(value.roles, role, e.target.checked, AUDIENCE_ROLES) })}
            />{' '}
            {t(`role.${role}`)}
          </label>
        ))}
      </fieldset>
      {ownInstitution ? (
        <p className="muted">{t('coordination.audience.own', { name: ownInstitution.name })}</p>
      ) : (
        <>
          <fieldset>
            <legend>{t('coordination.audience.types')}</legend>
            {INSTITUTION_TYPES.map((type) => (
              <label key={type} className="checkbox">
                <input
                  type="checkbox"
                  checked={value.types.includes(type)}
                  onChange={(e) => set({ types: toggled(value.types, type, e.target.checked, INSTITUTION_TYPES) })}
                />{' '}
                {t(`institutionType.${type}`)}
              </label>
            ))}
          </fieldset>
          <TextList
            id={`${id}-provinces`}
            label={t('coordination.audience.provinces')}
            hint={t('coordination.audience.provinces.hint')}
            value={value.provinces}
            onChange={(provinces) => set({ provinces })}
          />
          <div className="field">
            <label htmlFor={`${id}-aksi-period`}>{t('coordination.audience.aksiPeriod')}</label>
            <input
              id={`${id}-aksi-period`}
              value={value.aksiPeriod}
              placeholder="2025-2026"
              onChange={(e) => set({ aksiPeriod: e.target.value })}
            />
          </div>
          <TextList
            id={`${id}-aksi`}
            label={t('coordination.audience.aksi')}
            hint={t('coordination.audience.aksi.hint')}
            value={value.aksiCodes}
            onChange={(aksiCodes) => set({ aksiCodes })}
          />
          <TextList
            id={`${id}-institutions`}
            label={t('coordination.audience.institutions')}
            hint={t('coordination.audience.institutions.hint')}
            value={value.institutions}
            onChange={(institutions) => set({ institutions })}
          />
        </>
      )}
    </fieldset>
  );
}
