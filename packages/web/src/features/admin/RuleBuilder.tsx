/**
 * Adds an assignment rule to an output: a whole type of institution or a list of institutions
 * (chosen by name, filled from a province, or pasted as codes), with a live count of the
 * institutions it reaches.
 */
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { InstitutionPicker } from '../../components/pickers/SourcePickers';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import {
  addCodes,
  EMPTY_RULE_DRAFT,
  parseCodeList,
  RULE_KINDS,
  type RuleDraft,
  ruleOfDraft,
} from '../../lib/rule-builder';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from './FormErrors';
import { ProvinceFiller } from './ProvinceFiller';
import { type RulePreview, useRulePreview } from './useRulePreview';

function PreviewText({ preview }: { preview: RulePreview }) {
  const { t, tn } = useI18n();
  return (
    <>
      <strong>{tn('admin.rule.reaches', preview.total)}</strong>{' '}
      {t('admin.rule.reachesSplit', { new: preview.newCount, already: preview.alreadyAssigned })}
      {preview.unknownCodes.length > 0 ? (
        <span className="field__error"> {t('admin.rule.unknown', { codes: preview.unknownCodes.join(', ') })}</span>
      ) : null}
    </>
  );
}

export function RuleBuilder({
  period,
  outputCode,
  onAdded,
}: {
  period: string;
  outputCode: string;
  onAdded: () => void;
}) {
  const { t, tn, lang } = useI18n();
  const id = `rule-${outputCode.replace('.', '-')}`;
  const [draft, setDraft] = useState<RuleDraft>(EMPTY_RULE_DRAFT);
  const [added, setAdded] = useState<number | null>(null);
  const rule = ruleOfDraft(draft);
  const codes = parseCodeList(draft.codesText);
  const preview = useRulePreview(period, outputCode, rule);
  const add = useAction(async () => {
    if (!rule) return; // the button is disabled without a rule
    const result = await apiSend(
      'post',
      '/api/periods/{code}/outputs/{output}/rules',
      { path: { code: period, output: outputCode }, body: { rule } },
      { lang },
    );
    setAdded(result.added + result.reactivated);
    setDraft(EMPTY_RULE_DRAFT);
    onAdded();
  });
  const refused = fieldErrorsOf(add.error, ['rule'] as const);
  const previewRefused = preview.error !== undefined || (preview.data?.unknownCodes.length ?? 0) > 0;
  const listRefused = 'rule' in refused.fields || previewRefused;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAdded(null);
    void add.run();
  };
  return (
    <form
      className="revision-form rule-builder"
      onSubmit={submit}
      noValidate
      aria-label={t('admin.rule.add', { code: outputCode })}
    >
      <fieldset>
        <legend>{t('admin.rule.kind')}</legend>
        <div className="check-row">
          {RULE_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input
                type="radio"
                name={`${id}-kind`}
                checked={draft.kind === kind}
                onChange={() => setDraft({ ...draft, kind })}
              />
              {kind === 'list' ? t('admin.rule.list') : t(`rule.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {draft.kind === 'list' ? (
        <>
          <InstitutionPicker
            id={`${id}-institutions`}
            label={t('admin.rule.institutions')}
            hint={t('admin.rule.institutionsHint')}
            error={listRefused ? t('admin.invalid.codes') : null}
            multiple
            value={codes}
            onChange={(chosen) => setDraft((current) => ({ ...current, codesText: chosen.join('\n') }))}
          />
          <details className="rule-builder__paste">
            <summary>{t('admin.rule.paste')}</summary>
            <div className="field field--wide">
              <label htmlFor={`${id}-codes`}>{t('admin.rule.codes')}</label>
              <textarea
                rows={4}
                value={draft.codesText}
                onChange={(event) => setDraft({ ...draft, codesText: event.target.value })}
                {...invalidProps(`${id}-codes`, listRefused, `${id}-codes-hint`)}
              />
              <FieldError id={`${id}-codes`} refused={listRefused} rule="admin.invalid.codes" />
              <p id={`${id}-codes-hint`} className="field__hint">
                {t('admin.rule.codesHint')}
              </p>
            </div>
          </details>
          <ProvinceFiller
            idPrefix={id}
            onCodes={(added) => setDraft((current) => ({ ...current, codesText: addCodes(current.codesText, added) }))}
          />
        </>
      ) : null}
      <p className="rule-preview" role="status">
        {rule === null ? (
          t('admin.rule.noCodes')
        ) : preview.data ? (
          <PreviewText preview={preview.data} />
        ) : preview.error !== undefined ? (
          t('admin.rule.cannotCount')
        ) : (
          t('admin.rule.counting')
        )}
      </p>
      <button type="submit" className="button" disabled={add.busy || rule === null}>
        {t('admin.rule.save')}
      </button>
      <FormError error={add.error} rest={refused.rest} />
      {added !== null ? (
        <p className="notice notice--success" role="status">
          {tn('admin.rule.added', added)}
        </p>
      ) : null}
    </form>
  );
}
