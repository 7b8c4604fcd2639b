/** Which of the institution's contributors belong to a unit: ticked by name, saved at once. */
import type { AccountDto, UnitDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  unit: UnitDto;
  contributors: readonly AccountDto[];
  onSaved: () => void;
  onCancel: () => void;
}

export function UnitContributors({ unit, contributors, onSaved, onCancel }: Props) {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState<number[]>(unit.contributorIds);
  const save = useAction(() =>
    apiSend('put', '/api/units/{id}/contributors', { path: { id: unit.id }, body: { userIds: chosen } }, { lang }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save.run()) onSaved();
  };
  const toggle = (id: number, on: boolean) =>
    setChosen((list) => (on ? [...list, id] : list.filter((other) => other !== id)));
  const legendId = `unit-${unit.id}-contributors`;
  return (
    <form className="unit-contributors" onSubmit={submit}>
      <fieldset aria-describedby={`${legendId}-hint`}>
        <legend id={legendId}>{t('units.contributors.legend', { name: unit.name })}</legend>
        <p id={`${legendId}-hint`} className="field__hint">
          {t('units.contributors.hint')}
        </p>
        {contributors.length === 0 ? (
          <p className="notice">{t('units.contributors.none')}</p>
        ) : (
          contributors.map((person) => (
            <label key={person.id} className="check check--block">
              <input
                type="checkbox"
                checked={chosen.includes(person.id)}
                onChange={(event) => toggle(person.id, event.target.checked)}
              />
              {person.name} <span className="muted">({person.email})</span>
            </label>
          ))
        )}
      </fieldset>
      <ActionError error={save.error} />
      <div className="filters__actions">
        <button type="submit" className="button" disabled={save.busy}>
          {t('units.contributors.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('units.form.cancel')}
        </button>
      </div>
    </form>
  );
}
