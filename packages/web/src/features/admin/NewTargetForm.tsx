/** Adds the target of an output for one quarter that has none yet (version 1). */
import { targetCode } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useQuarterName } from '../../components/useQuarterName';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { contentOfDraft, EMPTY_TARGET_DRAFT, type TargetDraft } from '../../lib/target-draft';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from './FormErrors';
import { TARGET_CONTENT_FIELDS, TargetContentFields } from './TargetContentFields';

const FIELDS = [...TARGET_CONTENT_FIELDS, 'target'] as const;

export function NewTargetForm({
  period,
  outputCode,
  freeQuarters,
  onSaved,
}: {
  period: string;
  outputCode: string;
  /** Quarters of the period the output has no target for. */
  freeQuarters: readonly number[];
  onSaved: () => void;
}) {
  const { t, lang } = useI18n();
  const quarterName = useQuarterName();
  const id = `new-target-${outputCode}`;
  const [quarter, setQuarter] = useState(String(freeQuarters[0] ?? 1));
  const [draft, setDraft] = useState<TargetDraft>(EMPTY_TARGET_DRAFT);
  const save = useAction(async () => {
    await apiSend(
      'put',
      '/api/periods/{code}/targets/{target}',
      { path: { code: period, target: targetCode(outputCode, Number(quarter)) }, body: contentOfDraft(draft) },
      { lang },
    );
    onSaved();
  });
  const refused = fieldErrorsOf(save.error, FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save.run();
  };
  return (
    <form
      className="revision-form"
      onSubmit={submit}
      noValidate
      aria-label={t('admin.target.newFor', { code: outputCode })}
    >
      <div className="field">
        <label htmlFor={`${id}-quarter`}>{t('periods.quarter')}</label>
        <select
          value={quarter}
          onChange={(event) => setQuarter(event.target.value)}
          {...invalidProps(`${id}-quarter`, 'target' in refused.fields)}
        >
          {freeQuarters.map((number) => (
            <option key={number} value={number}>
              {quarterName(number)}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-quarter`} refused={'target' in refused.fields} rule="admin.invalid.quarter" />
      </div>
      <TargetContentFields idPrefix={id} draft={draft} onChange={setDraft} refused={refused.fields} />
      <button type="submit" className="button" disabled={save.busy}>
        {t('admin.target.save')}
      </button>
      <FormError error={save.error} rest={refused.rest} />
    </form>
  );
}
