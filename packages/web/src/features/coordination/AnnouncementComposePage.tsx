/** /kerja/koordinasi/pengumuman/baru — write an announcement, choose its audience, attach files, send. */
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAccount } from '../../auth/AuthProvider';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ActionError } from '../../components/work/ActionError';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigate } from '../../router';
import { AudienceFieldset } from './AudienceFieldset';
import { type AudienceFields, audienceIsComplete, audienceOf, EMPTY_AUDIENCE } from './audience-form';
import { COORDINATION_PATHS } from './coordination-paths';
import { uploadAll } from './upload-attachment';
import '../../components/work/work.css';
import './coordination.css';

export default function AnnouncementComposePage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('coordination.compose.title'));
  const me = useAccount();
  const navigate = useNavigate();
  const own = me.roles.includes('admin') ? null : me.institution;
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [fields, setFields] = useState<AudienceFields>(
    own ? { ...EMPTY_AUDIENCE, institutions: own.code } : EMPTY_AUDIENCE,
  );
  const audience = audienceOf(fields);
  const send = useAction(async () => {
    const attachmentIds = await uploadAll(files, lang);
    return apiSend('post', '/api/announcements', { body: { title, body, audience, attachmentIds } }, { lang });
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await send.run();
    if (sent) navigate(COORDINATION_PATHS.announcement(sent.id));
  };
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.heading') },
          { href: COORDINATION_PATHS.announcements, label: t('coordination.announcements.title') },
        ]}
      />
      <h1>{t('coordination.compose.title')}</h1>
      <form className="coordination-form" onSubmit={submit}>
        <div className="field field--wide">
          <label htmlFor="announcement-title">{t('coordination.field.title')}</label>
          <input
            id="announcement-title"
            required
            minLength={3}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field field--wide">
          <label htmlFor="announcement-body">{t('coordination.compose.body')}</label>
          <textarea id="announcement-body" required rows={8} value={body} onChange={(e) => setBody(e.target.value)} />
        </div>
        <AudienceFieldset
          id="announcement-audience"
          legend={t('coordination.compose.audience')}
          value={fields}
          onChange={setFields}
          ownInstitution={own}
        />
        <div className="field">
          <label htmlFor="announcement-files">{t('coordination.field.attachments')}</label>
          <input id="announcement-files" type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </div>
        <ActionError error={send.error} />
        {audienceIsComplete(audience) ? null : <p className="muted">{t('coordination.audience.incomplete')}</p>}
        <button type="submit" className="button" disabled={send.busy || !audienceIsComplete(audience)}>
          {t('coordination.compose.send')}
        </button>
      </form>
    </>
  );
}
