/**
 * Adds an institution by its code (a K/L code such as KPK, or a Kemendagri region code such as
 * 33.74, whose province follows from the code) or renames one. The type is checked against the code.
 */
import { INSTITUTION_TYPES, type InstitutionDto, type InstitutionType } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from './FormErrors';

type Saved = ResponseOf<'/api/institutions/{code}', 'put'>;

const FIELDS = ['code', 'name', 'type'] as const;

export function InstitutionForm({
  existing,
  onSaved,
}: {
  /** The institution to rename; without it the form adds one. */
  existing?: InstitutionDto;
  onSaved: (saved: Saved) => void;
}) {
  const { t, lang } = useI18n();
  const id = existing ? `institution-${existing.code.replace(/\./g, '-')}` : 'institution-new';
  const [code, setCode] = useState(existing?.code ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [type, setType] = useState<InstitutionType | ''>(existing?.type ?? '');
  const save = useAction(async () => {
    const trimmed = code.trim().toUpperCase();
    if (!trimmed) {
      // An empty code would name no institution at all: refuse it here in the server's shape.
      throw new ApiError(400, 'invalid_input', t('admin.invalid.form'), null, [{ path: 'params.code', message: '' }]);
    }
    const saved = await apiSend(
      'put',
      '/api/institutions/{code}',
      { path: { code: trimmed }, body: { name: name.trim(), ...(type ? { type } : {}) } },
      { lang },
    );
    onSaved(saved);
  });
  const refused = fieldErrorsOf(save.error, FIELDS);
  // A code the service refuses (not a K/L code, not on the Kemendagri list, not of the chosen type)
  // comes without field details: its message is the form's, the code field shows what a code looks like.
  const serviceRefused =
    save.error instanceof ApiError && save.error.code === 'invalid_input' && save.error.details.length === 0;
  const codeRefused = 'code' in refused.fields || (existing === undefined && serviceRefused);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save.run();
  };
  const label = existing ? t('admin.institution.edit', { name: existing.name }) : t('admin.institution.add');
  return (
    <form className="revision-form admin-entry-form" onSubmit={submit} noValidate aria-label={label}>
      <div className="inline-fields">
        {existing ? null : (
          <div className="field">
            <label htmlFor={`${id}-code`}>{t('institutions.code')}</label>
            <input
              value={code}
              onChange={(event) => setCode(event.target.value)}
              {...invalidProps(`${id}-code`, codeRefused, `${id}-code-hint`)}
            />
            <FieldError id={`${id}-code`} refused={codeRefused} rule="admin.invalid.institutionCode" />
            <p id={`${id}-code-hint`} className="field__hint">
              {t('admin.institution.codeHint')}
            </p>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('institutions.type')}</label>
          <select
            value={type}
            disabled={existing !== undefined}
            onChange={(event) => setType(event.target.value as InstitutionType | '')}
            {...invalidProps(`${id}-type`, 'type' in refused.fields)}
          >
            <option value="">{t('admin.institution.typeFromCode')}</option>
            {INSTITUTION_TYPES.map((option) => (
              <option key={option} value={option}>
                {t(`institutionType.${option}`)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-type`} refused={'type' in refused.fields} rule="admin.invalid.type" />
        </div>
      </div>
      <div className="field field--wide">
        <label htmlFor={`${id}-name`}>{t('institutionsAdmin.name')}</label>
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          {...invalidProps(`${id}-name`, 'name' in refused.fields)}
        />
        <FieldError id={`${id}-name`} refused={'name' in refused.fields} rule="admin.invalid.institutionName" />
      </div>
      <button type="submit" className="button" disabled={save.busy}>
        {existing ? t('admin.entry.saveChange') : t('admin.institution.save')}
      </button>
      <FormError error={save.error} rest={refused.rest} />
    </form>
  );
}
