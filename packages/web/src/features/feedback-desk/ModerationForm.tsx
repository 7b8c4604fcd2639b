/**
 * Admin's moderation of a new item: forward it (to the institution the sender chose or another,
 * with the text to publish cleaned of personal details and an optional note), or reject it with a
 * reason the sender will read. Fields the rules refuse are marked and focused.
 */
import type { FeedbackDetailDto } from '@pantau/core';
import { type FormEvent, useEffect, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';
import { InstitutionChooser } from './InstitutionChooser';

type Field = 'institution' | 'publicMessage' | 'reason';
const FIELDS: readonly Field[] = ['institution', 'publicMessage', 'reason'];
const IDS: Record<Field, string> = {
  institution: 'desk-institution',
  publicMessage: 'desk-public-message',
  reason: 'desk-reason',
};

/** The fields that break a rule before anything is sent. */
function localProblems(decision: 'accept' | 'reject', values: Record<Field, string>): Field[] {
  if (decision === 'reject') return values.reason.trim().length < 5 ? ['reason'] : [];
  const problems: Field[] = [];
  if (values.institution.trim() === '') problems.push('institution');
  if (values.publicMessage.trim().length < 20) problems.push('publicMessage');
  return problems;
}

export function ModerationForm({ item, onDone }: { item: FeedbackDetailDto; onDone: (message: string) => void }) {
  const { t, lang, formatDate } = useI18n();
  const [decision, setDecision] = useState<'accept' | 'reject'>('accept');
  const [values, setValues] = useState<Record<Field, string>>({
    institution: item.institution.code,
    publicMessage: item.publicMessage ?? item.message,
    reason: '',
  });
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Field[]>([]);
  const moderate = useAction(() =>
    apiSend(
      'post',
      '/api/feedback/{id}/moderate',
      {
        path: { id: item.id },
        body:
          decision === 'accept'
            ? {
                decision,
                institution: values.institution.trim(),
                publicMessage: values.publicMessage.trim(),
                reason: note.trim() || undefined,
              }
            : { decision, reason: values.reason.trim() },
      },
      { lang },
    ),
  );
  const server = fieldErrorsOf(moderate.error, FIELDS);
  const refused = (field: Field) => local.includes(field) || server.fields[field] !== undefined;
  // A refusal by the server moves focus to the first field it names, as a local check does.
  const firstRefused = FIELDS.find((field) => server.fields[field] !== undefined);
  useEffect(() => {
    if (firstRefused) document.getElementById(IDS[firstRefused])?.focus();
  }, [firstRefused]);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = localProblems(decision, values);
    setLocal(problems);
    if (problems.length > 0) {
      document.getElementById(IDS[problems[0] as Field])?.focus();
      return;
    }
    const result = await moderate.run();
    if (!result) return;
    onDone(
      result.status === 'forwarded'
        ? t('desk.moderate.done.forwarded', {
            institution: result.institution.name,
            date: formatDate(result.dueOn ?? ''),
          })
        : t('desk.moderate.done.rejected'),
    );
  };

  return (
    <form className="desk-form" onSubmit={submit} aria-labelledby="desk-moderate" noValidate>
      <h2 id="desk-moderate">{t('desk.moderate.heading')}</h2>
      <fieldset>
        <legend>{t('desk.moderate.decision')}</legend>
        <div className="check-row">
          {(['accept', 'reject'] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name="desk-decision"
                value={value}
                checked={decision === value}
                onChange={() => {
                  setDecision(value);
                  setLocal([]);
                  moderate.reset();
                }}
              />
              {t(value === 'accept' ? 'desk.moderate.accept' : 'desk.moderate.reject')}
            </label>
          ))}
        </div>
      </fieldset>
      {decision === 'accept' ? (
        <>
          <InstitutionChooser
            id={IDS.institution}
            value={values.institution}
            known={item.institution}
            refused={refused('institution')}
            onChange={set('institution')}
          />
          <div className="field field--wide">
            <label htmlFor={IDS.publicMessage}>{t('desk.moderate.publicMessage')}</label>
            <textarea
              {...invalidProps(IDS.publicMessage, refused('publicMessage'), `${IDS.publicMessage}-hint`)}
              rows={6}
              value={values.publicMessage}
              onChange={(event) => set('publicMessage')(event.target.value)}
            />
            <p id={`${IDS.publicMessage}-hint`} className="field__hint">
              {t('desk.moderate.publicMessageHint')}
            </p>
            <FieldError
              id={IDS.publicMessage}
              refused={refused('publicMessage')}
              rule="desk.validation.publicMessage"
            />
          </div>
          <div className="field field--wide">
            <label htmlFor="desk-note">{t('desk.moderate.note')}</label>
            <textarea id="desk-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
        </>
      ) : (
        <div className="field field--wide">
          <label htmlFor={IDS.reason}>{t('desk.moderate.reason')}</label>
          <textarea
            {...invalidProps(IDS.reason, refused('reason'), `${IDS.reason}-hint`)}
            rows={3}
            value={values.reason}
            onChange={(event) => set('reason')(event.target.value)}
          />
          <p id={`${IDS.reason}-hint`} className="field__hint">
            {t('desk.moderate.reasonHint')}
          </p>
          <FieldError id={IDS.reason} refused={refused('reason')} rule="desk.validation.reason" />
        </div>
      )}
      <FormError error={moderate.error} rest={server.rest} />
      <div>
        <button type="submit" className="button" disabled={moderate.busy}>
          {t(decision === 'accept' ? 'desk.moderate.submitAccept' : 'desk.moderate.submitReject')}
        </button>
      </div>
    </form>
  );
}
