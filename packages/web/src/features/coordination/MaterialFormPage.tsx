/** /kerja/koordinasi/media/baru — admin publishes a material tagged by period and aksi. */
import { MATERIAL_KINDS, type MaterialDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { AksiPicker, PeriodPicker } from '../../components/pickers/SourcePickers';
import { useDefaultPeriod } from '../../components/pickers/useDefaultPeriod';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useAction } from '../../components/work/useAction';
import { useFocusFirstInvalid } from '../../components/work/useFocusFirstInvalid';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigate } from '../../router';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';
import { COORDINATION_PATHS } from './coordination-paths';
import { uploadAttachment } from './upload-attachment';
import '../../components/work/work.css';
import './coordination.css';

type Kind = MaterialDto['kind'];

const FIELDS = ['title', 'description', 'url', 'attachmentId', 'period', 'aksi'] as const;

export default function MaterialFormPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('coordination.mediaKit.new'));
  const navigate = useNavigate();
  const [form, setForm] = useState({
    kind: 'infographic' as Kind,
    title: '',
    description: '',
    url: '',
    period: '',
    aksi: [] as string[],
  });
  const [file, setFile] = useState<File | null>(null);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
  const defaultPeriod = useDefaultPeriod();
  const period = form.period || defaultPeriod;
  const publish = useAction(async () => {
    const attachmentId = file ? (await uploadAttachment(file, lang)).id : undefined;
    return apiSend(
      'post',
      '/api/media-kit',
      {
        body: {
          kind: form.kind,
          title: form.title,
          description: form.description,
          url: form.url.trim() || undefined,
          attachmentId,
          period,
          aksi: form.aksi,
        },
      },
      { lang },
    );
  });
  const [attempt, setAttempt] = useState(0);
  const refused = fieldErrorsOf(publish.error, FIELDS);
  const wrong = (field: (typeof FIELDS)[number]) =>
    field in refused.fields || (field === 'title' && attempt > 0 && form.title.trim().length < 3);
  useFocusFirstInvalid(
    attempt,
    FIELDS.filter(wrong).map((field) => (field === 'attachmentId' ? 'material-file' : `material-${field}`)),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.title.trim().length < 3) {
      publish.reset();
      setAttempt((n) => n + 1);
      return;
    }
    const created = await publish.run();
    if (created) navigate(COORDINATION_PATHS.material(created.id));
    else setAttempt((n) => n + 1);
  };
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.heading') },
          { href: COORDINATION_PATHS.mediaKit, label: t('coordination.mediaKit.title') },
        ]}
      />
      <h1>{t('coordination.mediaKit.new')}</h1>
      <form className="coordination-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="material-kind">{t('coordination.material.kind')}</label>
          <select id="material-kind" value={form.kind} onChange={(e) => set({ kind: e.target.value as Kind })}>
            {MATERIAL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`coordination.material.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--wide">
          <label htmlFor="material-title">{t('coordination.field.title')}</label>
          <input
            value={form.title}
            onChange={(e) => set({ title: e.target.value })}
            {...invalidProps('material-title', wrong('title'))}
          />
          <FieldError id="material-title" refused={wrong('title')} rule="coordination.invalid.title" />
        </div>
        <div className="field field--wide">
          <label htmlFor="material-description">{t('coordination.material.description')}</label>
          <textarea
            rows={5}
            value={form.description}
            onChange={(e) => set({ description: e.target.value })}
            {...invalidProps('material-description', wrong('description'))}
          />
          <FieldError
            id="material-description"
            refused={wrong('description')}
            rule="coordination.invalid.description"
          />
        </div>
        <div className="field field--wide">
          <label htmlFor="material-url">{t('coordination.material.url')}</label>
          <input
            type="url"
            value={form.url}
            onChange={(e) => set({ url: e.target.value })}
            {...invalidProps('material-url', wrong('url'))}
          />
          <FieldError id="material-url" refused={wrong('url')} rule="coordination.invalid.url" />
        </div>
        <div className="field">
          <label htmlFor="material-file">{t('coordination.material.file')}</label>
          <input
            type="file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            {...invalidProps('material-file', wrong('attachmentId'))}
          />
          <FieldError id="material-file" refused={wrong('attachmentId')} rule="coordination.invalid.file" />
        </div>
        <PeriodPicker
          id="material-period"
          label={t('coordination.material.period')}
          error={wrong('period') ? t('coordination.publications.invalid.period') : null}
          value={period ? [period] : []}
          onChange={([chosen]) => set({ period: chosen ?? '', aksi: [] })}
        />
        <AksiPicker
          id="material-aksi"
          label={t('coordination.audience.aksi')}
          hint={t('coordination.material.aksi.hint')}
          error={wrong('aksi') ? t('coordination.publications.invalid.aksi') : null}
          period={period}
          disabled={!period}
          multiple
          value={form.aksi}
          onChange={(aksi) => set({ aksi, period })}
        />
        <FormError error={publish.error} rest={refused.rest} />
        <button type="submit" className="button" disabled={publish.busy}>
          {t('coordination.mediaKit.publish')}
        </button>
      </form>
    </>
  );
}
