/** The owner changes a follow-up's status with a note, a link or a file as evidence. */
import { FOLLOW_UP_STATUSES, type FollowUpDto, type FollowUpStatus } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { uploadAttachment } from './upload-attachment';

export function FollowUpUpdateForm({ followUp, onSaved }: { followUp: FollowUpDto; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<FollowUpStatus>(followUp.status);
  const [note, setNote] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const save = useAction(async () => {
    const attachmentId = file ? (await uploadAttachment(file, lang)).id : undefined;
    return apiSend(
      'post',
      '/api/follow-ups/{id}/updates',
      {
        path: { id: followUp.id },
        body: { status, note: note.trim() || undefined, url: url.trim() || undefined, attachmentId },
      },
      { lang },
    );
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setNote('');
      setUrl('');
      setFile(null);
      onSaved();
    }
  };
  return (
    <form className="coordination-form" onSubmit={submit} aria-labelledby="follow-up-update">
      <h2 id="follow-up-update">{t('coordination.followUp.update')}</h2>
      <div className="field">
        <label htmlFor="follow-up-status">{t('coordination.receipts.status')}</label>
        <select id="follow-up-status" value={status} onChange={(e) => setStatus(e.target.value as FollowUpStatus)}>
          {FOLLOW_UP_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`coordination.followUp.status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--wide">
        <label htmlFor="follow-up-note">{t('coordination.field.note')}</label>
        <textarea id="follow-up-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="field field--wide">
        <label htmlFor="follow-up-url">{t('coordination.followUp.url')}</label>
        <input id="follow-up-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="follow-up-file">{t('coordination.followUp.file')}</label>
        <input id="follow-up-file" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <p className="field__hint">{t('coordination.followUp.evidenceHint')}</p>
      <ActionError error={save.error} />
      <button type="submit" className="button" disabled={save.busy}>
        {t('coordination.followUp.save')}
      </button>
    </form>
  );
}
