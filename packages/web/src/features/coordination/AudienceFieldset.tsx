/**
 * Who a message or invitation reaches, chosen by name: roles within each institution, then
 * institutions by type, province, aksi, or one by one — with the live count of who it reaches.
 * A focal point addresses only its own institution.
 */
import { AUDIENCE_ROLES, INSTITUTION_TYPES } from '@pantau/core';
import { AksiPicker, InstitutionPicker, PeriodPicker, ProvincePicker } from '../../components/pickers/SourcePickers';
import { useDefaultPeriod } from '../../components/pickers/useDefaultPeriod';
import { useI18n } from '../../i18n/I18nProvider';
import { AudienceCount } from './AudienceCount';
import { type AudienceFields, type AudiencePart, toggled } from './audience-form';

interface Props {
  id: string;
  legend: string;
  value: AudienceFields;
  onChange: (value: AudienceFields) => void;
  /** The only institution the sender may address (a focal point's own). */
  ownInstitution?: { code: string; name: string } | null;
  /** What is wrong with each part, in the user's language. */
  errors?: Partial<Record<AudiencePart, string>>;
}

/** The id of the control a form moves focus to when `part` is refused. */
export function audiencePartId(id: string, part: AudiencePart): string {
  switch (part) {
    case 'roles':
      return `${id}-role-${AUDIENCE_ROLES[0]}`;
    case 'recipients':
      return `${id}-type-${INSTITUTION_TYPES[0]}`;
    case 'aksi':
      return `${id}-aksi`;
    default:
      return `${id}-${part}`;
  }
}

export function AudienceFieldset({ id, legend, value, onChange, ownInstitution, errors = {} }: Props) {
  const { t } = useI18n();
  const set = (change: Partial<AudienceFields>) => onChange({ ...value, ...change });
  // The aksi filter starts on the active period; choosing aksi fixes the period they belong to.
  const defaultPeriod = useDefaultPeriod();
  const period = value.aksiPeriod || defaultPeriod;
  const partError = (part: AudiencePart) => (errors[part] ? `${id}-${part}-error` : undefined);
  return (
    <fieldset className="audience">
      <legend>{legend}</legend>
      <fieldset aria-describedby={partError('roles')}>
        <legend>{t('coordination.audience.roles')}</legend>
        <div className="check-row">
          {AUDIENCE_ROLES.map((role) => (
            <label key={role} className="check">
              <input
                id={`${id}-role-${role}`}
                type="checkbox"
                aria-invalid={errors.roles ? true : undefined}
                checked={value.roles.includes(role)}
                onChange={(e) => set({ roles: toggled(value.roles, role, e.target.checked, AUDIENCE_ROLES) })}
              />
              {t(`role.${role}`)}
            </label>
          ))}
        </div>
        {errors.roles ? (
          <p id={partError('roles')} className="field__error">
            {errors.roles}
          </p>
        ) : null}
      </fieldset>
      {ownInstitution ? (
        <p className="muted">{t('coordination.audience.own', { name: ownInstitution.name })}</p>
      ) : (
        <fieldset className="audience__filters" aria-describedby={partError('recipients')}>
          <legend>{t('coordination.audience.filters')}</legend>
          <fieldset>
            <legend>{t('coordination.audience.types')}</legend>
            <div className="check-row">
              {INSTITUTION_TYPES.map((type) => (
                <label key={type} className="check">
                  <input
                    id={`${id}-type-${type}`}
                    type="checkbox"
                    aria-invalid={errors.recipients ? true : undefined}
                    checked={value.types.includes(type)}
                    onChange={(e) => set({ types: toggled(value.types, type, e.target.checked, INSTITUTION_TYPES) })}
                  />
                  {t(`institutionType.${type}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <ProvincePicker
            id={`${id}-provinces`}
            label={t('coordination.audience.provinces')}
            hint={t('coordination.audience.provinces.hint')}
            error={errors.provinces ?? null}
            multiple
            value={value.provinces}
            onChange={(provinces) => set({ provinces })}
          />
          <div className="audience__aksi">
            <PeriodPicker
              id={`${id}-aksi-period`}
              label={t('coordination.audience.aksiPeriod')}
              value={period ? [period] : []}
              onChange={([chosen]) => set({ aksiPeriod: chosen ?? '', aksiCodes: [] })}
            />
            <AksiPicker
              id={`${id}-aksi`}
              label={t('coordination.audience.aksi')}
              hint={t('coordination.audience.aksi.hint')}
              error={errors.aksi ?? null}
              period={period}
              disabled={!period}
              multiple
              value={value.aksiCodes}
              onChange={(aksiCodes) => set({ aksiCodes, aksiPeriod: period })}
            />
          </div>
          <InstitutionPicker
            id={`${id}-institutions`}
            label={t('coordination.audience.institutions')}
            hint={t('coordination.audience.institutions.hint')}
            error={errors.institutions ?? null}
            multiple
            value={value.institutions}
            onChange={(institutions) => set({ institutions })}
          />
          {errors.recipients ? (
            <p id={partError('recipients')} className="field__error">
              {errors.recipients}
            </p>
          ) : null}
        </fieldset>
      )}
      <AudienceCount fields={value} />
    </fieldset>
  );
}
