/** Publishing an answer kept private, or withdrawing a published one with a reason. */
import type { FeedbackDetailDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';

const ID = 'desk-withdraw-reason';

export function PublicationForm({ item, onDone }: { item: FeedbackDetailDto; onDone: (message: string) => void }) {
  const { t, lang } = useI18n();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const publish = !item.published;
  const change = useAction(() =>
    apiSend(
      'post',
      '/api/feedback/{id}/publication',
      { path: { id: item.id }, body: publish ? { publish } : { publish, reason: reason.trim() } },
      { lang },
    ),
  );
  const server = fieldErrorsOf(change.error, ['reason'] as const);
  const refused = tooShort || server.fields.reason !== undefined;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const short = !publish && reason.trim().length < 5;
    setTooShort(short);
    if (short) {
      document.getElementById(ID)?.focus();
      return;
    }
    if (await change.run()) {
      setReason('');
      onDone(t(publish ? 'desk.publication.done.published' : 'desk.publication.done.withdrawn'));
    }
  };
  return (
    <form className="desk-form" onSubmit={submit} aria-labelledby="desk-publication" noValidate>
      <h2 id="desk-publication">{t('desk.publication.heading')}</h2>
      <p>{t(item.published ? 'desk.publication.isPublished' : 'desk.publication.notPublished')}</p>
      {publish ? null : (
        <div className="field field--wide">
          <label htmlFor={ID}>{t('desk.publication.reason')}</label>
          <textarea
            {...invalidProps(ID, refused, `${ID}-hint`)}
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <p id={`${ID}-hint`} className="field__hint">
            {t('desk.publication.reasonHint')}
          </p>
          <FieldError id={ID} refused={refused} rule="desk.validation.reason" />
        </div>
      )}
      <FormError error={change.error} rest={server.rest} />
      <div>
        <button type="submit" className={publish ? 'button' : 'button button--secondary'} disabled={change.busy}>
          {t(publish ? 'desk.publication.publish' : 'desk.publication.withdraw')}
        </button>
      </div>
    </form>
  );
}
