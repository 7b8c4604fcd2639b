/** The institution's answer to forwarded feedback, and whether the portal shows it. */
import type { FeedbackDetailDto } from '@pantau/core';
import { type FormEvent, useEffect, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';

const ID = 'desk-answer';

export function AnswerForm({ item, onDone }: { item: FeedbackDetailDto; onDone: (message: string) => void }) {
  const { t, lang } = useI18n();
  const [answer, setAnswer] = useState('');
  const [publish, setPublish] = useState(false);
  const [tooShort, setTooShort] = useState(false);
  const send = useAction(() =>
    apiSend(
      'post',
      '/api/feedback/{id}/answer',
      { path: { id: item.id }, body: { answer: answer.trim(), publish } },
      { lang },
    ),
  );
  const server = fieldErrorsOf(send.error, ['answer'] as const);
  const refused = tooShort || server.fields.answer !== undefined;
  useEffect(() => {
    if (server.fields.answer !== undefined) document.getElementById(ID)?.focus();
  }, [server.fields.answer]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const short = answer.trim().length < 10;
    setTooShort(short);
    if (short) {
      document.getElementById(ID)?.focus();
      return;
    }
    if (await send.run()) onDone(t('desk.answer.done'));
  };
  return (
    <form className="desk-form" onSubmit={submit} aria-labelledby="desk-answer-heading" noValidate>
      <h2 id="desk-answer-heading">{t('desk.answer.heading')}</h2>
      <div className="field field--wide">
        <label htmlFor={ID}>{t('desk.answer.text')}</label>
        <textarea
          {...invalidProps(ID, refused, `${ID}-hint`)}
          rows={6}
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
        />
        <p id={`${ID}-hint`} className="field__hint">
          {t('desk.answer.textHint')}
        </p>
        <FieldError id={ID} refused={refused} rule="desk.validation.answer" />
      </div>
      <label className="check check--block">
        <input
          type="checkbox"
          checked={publish}
          aria-describedby={`${ID}-publish-hint`}
          onChange={(event) => setPublish(event.target.checked)}
        />
        {t('desk.answer.publish')}
      </label>
      <p id={`${ID}-publish-hint`} className="field__hint">
        {t('desk.answer.publishHint')}
      </p>
      <FormError error={send.error} rest={server.rest} />
      <div>
        <button type="submit" className="button" disabled={send.busy}>
          {t('desk.answer.submit')}
        </button>
      </div>
    </form>
  );
}
