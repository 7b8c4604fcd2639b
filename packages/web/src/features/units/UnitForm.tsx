/** Adding a work unit, or changing one: code, name, short name, kind, and (when changing) active. */
import { normaliseUnitCode, UNIT_CODE, UNIT_KINDS, type UnitDto, type UnitKind } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';
import { UNIT_KIND_LABELS } from './unit-kinds';

type Field = 'code' | 'name';

interface Props {
  institution: string;
  /** The unit being changed; absent: a new one. */
  unit?: UnitDto;
  onSaved: (unit: UnitDto) => void;
  onCancel?: () => void;
}

export function UnitForm({ institution, unit, onSaved, onCancel }: Props) {
  const { t, lang } = useI18n();
  const prefix = unit ? `unit-${unit.id}` : 'unit-new';
  const ids: Record<Field, string> = { code: `${prefix}-code`, name: `${prefix}-name` };
  const [code, setCode] = useState(unit?.code ?? '');
  const [name, setName] = useState(unit?.name ?? '');
  const [shortName, setShortName] = useState(unit?.shortName ?? '');
  const [kind, setKind] = useState<UnitKind>(unit?.kind ?? 'opd');
  const [active, setActive] = useState(unit?.active ?? true);
  const [local, setLocal] = useState<Field[]>([]);
  const save = useAction(async () => {
    const body = { code: normaliseUnitCode(code), name: name.trim(), shortName: shortName.trim() || null, kind };
    return unit
      ? apiSend('patch', '/api/units/{id}', { path: { id: unit.id }, body: { ...body, active } }, { lang })
      : apiSend('post', '/api/institutions/{code}/units', { path: { code: institution }, body }, { lang });
  });
  const server = fieldErrorsOf(save.error, ['code', 'name'] as const);
  const refused = (field: Field) => local.includes(field) || server.fields[field] !== undefined;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Field[] = [];
    if (!UNIT_CODE.test(normaliseUnitCode(code))) problems.push('code');
    if (name.trim().length < 3) problems.push('name');
    setLocal(problems);
    if (problems.length > 0) {
      document.getElementById(ids[problems[0] as Field])?.focus();
      return;
    }
    const saved = await save.run();
    if (!saved) {
      window.setTimeout(() => document.querySelector<HTMLElement>(`#${prefix}-form [aria-invalid="true"]`)?.focus());
      return;
    }
    if (!unit) {
      setCode('');
      setName('');
      setShortName('');
    }
    onSaved(saved);
  };
  const headingId = `${prefix}-heading`;
  return (
    <form id={`${prefix}-form`} className="filters unit-form" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h3 id={headingId} className="unit-form__heading">
        {unit ? t('units.form.editHeading', { code: unit.code }) : t('units.form.addHeading')}
      </h3>
      <div className="field">
        <label htmlFor={ids.code}>{t('units.form.code')}</label>
        <input
          {...invalidProps(ids.code, refused('code'), `${ids.code}-hint`)}
          value={code}
          autoCapitalize="characters"
          onChange={(event) => setCode(event.target.value)}
        />
        <p id={`${ids.code}-hint`} className="field__hint">
          {t('units.form.codeHint')}
        </p>
        <FieldError id={ids.code} refused={refused('code')} rule="units.validation.code" />
      </div>
      <div className="field field--wide">
        <label htmlFor={ids.name}>{t('units.form.name')}</label>
        <input
          {...invalidProps(ids.name, refused('name'))}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <FieldError id={ids.name} refused={refused('name')} rule="units.validation.name" />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-short`}>{t('units.form.shortName')}</label>
        <input
          id={`${prefix}-short`}
          value={shortName}
          maxLength={40}
          onChange={(event) => setShortName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-kind`}>{t('units.form.kind')}</label>
        <select id={`${prefix}-kind`} value={kind} onChange={(event) => setKind(event.target.value as UnitKind)}>
          {UNIT_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(UNIT_KIND_LABELS[value])}
            </option>
          ))}
        </select>
      </div>
      {unit ? (
        <label className="check check--block">
          <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
          {t('units.form.active')}
        </label>
      ) : null}
      <FormError error={save.error} rest={server.rest} />
      <div className="filters__actions">
        <button type="submit" className="button" disabled={save.busy}>
          {unit ? t('units.form.save') : t('units.form.add')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('units.form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
