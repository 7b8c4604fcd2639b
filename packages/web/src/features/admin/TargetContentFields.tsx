/** The fields of a target's content (success measure, evidence checklist, weight, impact), each with its refusal. */

import { IMPACT_DIRECTION_NAMES, IMPACT_DIRECTIONS } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import type { TargetDraft } from '../../lib/target-draft';
import { FieldError, invalidProps } from './FormErrors';

/** The body fields the server may refuse in a target's content. */
export const TARGET_CONTENT_FIELDS = ['successMeasure', 'evidenceChecklist', 'weight', 'impact'] as const;
export type TargetContentField = (typeof TARGET_CONTENT_FIELDS)[number];

export function TargetContentFields({
  idPrefix,
  draft,
  onChange,
  refused,
}: {
  idPrefix: string;
  draft: TargetDraft;
  onChange: (draft: TargetDraft) => void;
  refused: Partial<Record<TargetContentField, string>>;
}) {
  const { t, lang } = useI18n();
  const set = (key: keyof TargetDraft) => (event: { target: { value: string } }) =>
    onChange({ ...draft, [key]: event.target.value });
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <div className="field field--wide">
        <label htmlFor={id('measure')}>{t('catalogue.successMeasure')}</label>
        <textarea
          rows={2}
          value={draft.successMeasure}
          onChange={set('successMeasure')}
          {...invalidProps(id('measure'), 'successMeasure' in refused)}
        />
        <FieldError id={id('measure')} refused={'successMeasure' in refused} rule="admin.invalid.successMeasure" />
      </div>
      <div className="field field--wide">
        <label htmlFor={id('checklist')}>{t('catalogue.evidence')}</label>
        <textarea
          rows={4}
          value={draft.checklist}
          onChange={set('checklist')}
          {...invalidProps(id('checklist'), 'evidenceChecklist' in refused, id('checklist-hint'))}
        />
        <FieldError
          id={id('checklist')}
          refused={'evidenceChecklist' in refused}
          rule="admin.invalid.evidenceChecklist"
        />
        <p id={id('checklist-hint')} className="field__hint">
          {t('revision.checklistHint')}
        </p>
      </div>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={id('weight')}>{t('catalogue.weight')}</label>
          <input
            inputMode="numeric"
            value={draft.weight}
            onChange={set('weight')}
            {...invalidProps(id('weight'), 'weight' in refused)}
          />
          <FieldError id={id('weight')} refused={'weight' in refused} rule="admin.invalid.weight" />
        </div>
        <div className="field">
          <label htmlFor={id('impact-name')}>{t('revision.impactName')}</label>
          <input
            value={draft.impactName}
            onChange={set('impactName')}
            {...invalidProps(id('impact-name'), 'impact' in refused)}
          />
          <FieldError id={id('impact-name')} refused={'impact' in refused} rule="admin.invalid.impact" />
        </div>
        <div className="field">
          <label htmlFor={id('impact-unit')}>{t('revision.impactUnit')}</label>
          <input
            value={draft.impactUnit}
            onChange={set('impactUnit')}
            {...invalidProps(id('impact-unit'), 'impact' in refused, undefined, id('impact-name-error'))}
          />
        </div>
        <div className="field">
          <label htmlFor={id('impact-baseline')}>{t('revision.impactBaseline')}</label>
          <input
            inputMode="decimal"
            value={draft.impactBaseline}
            onChange={set('impactBaseline')}
            {...invalidProps(id('impact-baseline'), 'impact' in refused, undefined, id('impact-name-error'))}
          />
        </div>
        <div className="field">
          <label htmlFor={id('impact-target')}>{t('revision.impactTarget')}</label>
          <input
            inputMode="decimal"
            value={draft.impactTarget}
            onChange={set('impactTarget')}
            {...invalidProps(id('impact-target'), 'impact' in refused, undefined, id('impact-name-error'))}
          />
        </div>
        <div className="field">
          <label htmlFor={id('impact-direction')}>{t('revision.impactDirection')}</label>
          <select
            id={id('impact-direction')}
            value={draft.impactDirection}
            onChange={(event) =>
              onChange({ ...draft, impactDirection: event.target.value === 'lower' ? 'lower' : 'higher' })
            }
          >
            {IMPACT_DIRECTIONS.map((direction) => (
              <option key={direction} value={direction}>
                {IMPACT_DIRECTION_NAMES[direction][lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('impact-source')}>{t('revision.impactSource')}</label>
          <input
            value={draft.impactSource}
            onChange={set('impactSource')}
            {...invalidProps(id('impact-source'), 'impact' in refused, undefined, id('impact-name-error'))}
          />
        </div>
      </div>
    </>
  );
}
