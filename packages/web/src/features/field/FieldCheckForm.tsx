/** The field result of one sampled report: what was found, the field score when adjusted, and notes. */
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';

export const FIELD_RESULTS = ['confirmed', 'adjusted', 'not_found'] as const;
export type FieldResult = (typeof FIELD_RESULTS)[number];
const FIELDS = ['result', 'adjustedScore', 'notes'] as const;

interface FieldCheckFormProps {
  reportId: number;
  /** Names the report for screen readers, e.g. "32/1.2-TW7". */
  label: string;
  recorded: boolean;
  onSaved: () => void;
}

export function FieldCheckForm({ reportId, label, recorded, onSaved }: FieldCheckFormProps) {
  const { t, lang } = useI18n();
  const [result, setResult] = useState<FieldResult | ''>('');
  const [score, setScore] = useState('');
  const [notes, setNotes] = useState('');
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    const trimmed = notes.trim();
    await apiSend(
      'post',
      '/api/reports/{id}/field-check',
      {
        path: { id: reportId },
        body: {
          result: result as FieldResult,
          ...(result === 'adjusted' && score.trim() !== '' ? { adjustedScore: Number(score) } : {}),
          ...(trimmed ? { notes: trimmed } : {}),
        },
      },
      { lang },
    );
    setSaved(true);
    onSaved();
  });
  const refused = fieldErrorsOf(save.error, FIELDS);
  const id = `field-${reportId}`;
  const headingId = `${id}-heading`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    void save.run();
  };
  return (
    <form className="field-check__form" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h4 id={headingId}>
        {t(recorded ? 'field.formHeading.again' : 'field.formHeading')}
        <span className="visually-hidden"> {label}</span>
      </h4>
      <fieldset
        className="field"
        aria-invalid={refused.fields.result ? true : undefined}
        aria-describedby={refused.fields.result ? `${id}-result-error` : undefined}
      >
        <legend>{t('field.resultLegend')}</legend>
        {FIELD_RESULTS.map((value) => (
          <label key={value} className="field-check__choice">
            <input
              type="radio"
              name={`${id}-result`}
              value={value}
              checked={result === value}
              onChange={() => setResult(value)}
            />{' '}
            {t(`field.result.${value}`)}
          </label>
        ))}
        <FieldError id={`${id}-result`} refused={Boolean(refused.fields.result)} rule="field.result.rule" />
      </fieldset>
      {result === 'adjusted' ? (
        <div className="field">
          <label htmlFor={`${id}-score`}>{t('field.adjustedScore')}</label>
          <input
            {...invalidProps(`${id}-score`, Boolean(refused.fields.adjustedScore))}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={score}
            onChange={(event) => setScore(event.target.value)}
          />
          <FieldError
            id={`${id}-score`}
            refused={Boolean(refused.fields.adjustedScore)}
            rule="field.adjustedScore.rule"
          />
        </div>
      ) : null}
      <div className="field field--wide">
        <label htmlFor={`${id}-notes`}>{t('field.notes')}</label>
        <textarea
          {...invalidProps(`${id}-notes`, Boolean(refused.fields.notes), `${id}-notes-hint`)}
          rows={3}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
        />
        <p id={`${id}-notes-hint`} className="field__hint">
          {t('field.notes.hint')}
        </p>
        <FieldError id={`${id}-notes`} refused={Boolean(refused.fields.notes)} rule="field.notes.rule" />
      </div>
      <FormError error={save.error} rest={refused.rest} />
      <button type="submit" className="button" disabled={save.busy}>
        {t('field.save')}
        <span className="visually-hidden"> {label}</span>
      </button>
      {saved ? (
        <p className="notice notice--success" role="status">
          {t('field.saved')}
        </p>
      ) : null}
    </form>
  );
}
