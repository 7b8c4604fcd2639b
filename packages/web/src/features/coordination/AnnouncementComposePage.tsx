/** /kerja/koordinasi/pengumuman/baru — write an announcement, choose its audience by name, attach files, send. */
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAccount } from '../../auth/AuthProvider';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useAction } from '../../components/work/useAction';
import { useFocusFirstInvalid } from '../../components/work/useFocusFirstInvalid';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigate } from '../../router';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';
import { AudienceFieldset, audiencePartId } from './AudienceFieldset';
import { audienceErrors } from './audience-errors';
import {
  type AudienceFields,
  type AudiencePart,
  audienceOf,
  EMPTY_AUDIENCE,
  missingAudienceParts,
} from './audience-form';
import { COORDINATION_PATHS } from './coordination-paths';
import { uploadAll } from './upload-attachment';
import '../../components/work/work.css';
import './coordination.css';

const FIELDS = ['title', 'body', 'audience', 'attachmentIds'] as const;
const AUDIENCE_ID = 'announcement-audience';

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
    own ? { ...EMPTY_AUDIENCE, institutions: [own.code] } : EMPTY_AUDIENCE,
  );
  const [attempt, setAttempt] = useState(0);
  const send = useAction(async () => {
    const attachmentIds = await uploadAll(files, lang);
    return apiSend(
      'post',
      '/api/announcements',
      { body: { title, body, audience: audienceOf(fields), attachmentIds } },
      { lang },
    );
  });

  // What to mark: the form's own checks once sending was tried, and what the server refused.
  const checked = attempt > 0;
  const refused = fieldErrorsOf(send.error, FIELDS);
  const titleWrong = (checked && title.trim().length < 3) || 'title' in refused.fields;
  const bodyWrong = (checked && body.trim() === '') || 'body' in refused.fields;
  const audience = audienceErrors(fields, checked, send.error, ['audience'], t);
  const invalidIds = [
    ...(titleWrong ? ['announcement-title'] : []),
    ...(bodyWrong ? ['announcement-body'] : []),
    ...(Object.keys(audience) as AudiencePart[]).map((part) => audiencePartId(AUDIENCE_ID, part)),
  ];
  useFocusFirstInvalid(attempt, invalidIds);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = title.trim().length < 3 || body.trim() === '' || missingAudienceParts(fields).length > 0;
    if (problems) {
      send.reset();
      setAttempt((n) => n + 1);
      return;
    }
    const sent = await send.run();
    if (sent) navigate(COORDINATION_PATHS.announcement(sent.id));
    else setAttempt((n) => n + 1);
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
      <form className="coordination-form" onSubmit={submit} noValidate>
        <div className="field field--wide">
          <label htmlFor="announcement-title">{t('coordination.field.title')}</label>
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            {...invalidProps('announcement-title', titleWrong)}
          />
          <FieldError id="announcement-title" refused={titleWrong} rule="coordination.invalid.title" />
        </div>
        <div className="field field--wide">
          <label htmlFor="announcement-body">{t('coordination.compose.body')}</label>
          <textarea
            rows={8}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            {...invalidProps('announcement-body', bodyWrong)}
          />
          <FieldError id="announcement-body" refused={bodyWrong} rule="coordination.invalid.body" />
        </div>
        <AudienceFieldset
          id={AUDIENCE_ID}
          legend={t('coordination.compose.audience')}
          value={fields}
          onChange={setFields}
          ownInstitution={own}
          errors={audience}
        />
        <div className="field">
          <label htmlFor="announcement-files">{t('coordination.field.attachments')}</label>
          <input id="announcement-files" type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </div>
        {checked && invalidIds.length > 0 && !send.error ? (
          <p className="notice notice--error" role="alert">
            {t('coordination.invalid.form')}
          </p>
        ) : null}
        <FormError error={send.error} rest={refused.rest.filter((detail) => !detail.path.includes('audience'))} />
        <div>
          <button type="submit" className="button" disabled={send.busy}>
            {t('coordination.compose.send')}
          </button>
        </div>
      </form>
    </>
  );
}
