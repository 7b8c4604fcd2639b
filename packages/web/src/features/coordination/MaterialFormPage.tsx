/** /kerja/koordinasi/media/baru — admin publishes a material tagged by period and aksi. */
import { MATERIAL_KINDS, type MaterialDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ActionError } from '../../components/work/ActionError';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigate } from '../../router';
import { splitCodes } from './audience-form';
import { COORDINATION_PATHS } from './coordination-paths';
import { uploadAttachment } from './upload-attachment';
import '../../components/work/work.css';
import './coordination.css';

type Kind = MaterialDto['kind'];

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
    aksi: '',
  });
  const [file, setFile] = useState<File | null>(null);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
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
          period: form.period.trim(),
          aksi: splitCodes(form.aksi),
        },
      },
      { lang },
    );
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await publish.run();
    if (created) navigate(COORDINATION_PATHS.material(created.id));
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
      <form className="coordination-form" onSubmit={submit}>
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
          <input id="material-title" required value={form.title} onChange={(e) => set({ title: e.target.value })} />
        </div>
        <div className="field field--wide">
          <label htmlFor="material-description">{t('coordination.material.description')}</label>
          <textarea
            id="material-description"
            rows={5}
            value={form.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        </div>
        <div className="field field--wide">
          <label htmlFor="material-url">{t('coordination.material.url')}</label>
          <input id="material-url" type="url" value={form.url} onChange={(e) => set({ url: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="material-file">{t('coordination.material.file')}</label>
          <input id="material-file" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="field">
          <label htmlFor="material-period">{t('coordination.material.period')}</label>
          <input
            id="material-period"
            required
            placeholder="2025-2026"
            value={form.period}
            onChange={(e) => set({ period: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="material-aksi">{t('coordination.audience.aksi')}</label>
          <input
            id="material-aksi"
            value={form.aksi}
            aria-describedby="material-aksi-hint"
            onChange={(e) => set({ aksi: e.target.value })}
          />
          <p id="material-aksi-hint" className="field__hint">
            {t('coordination.audience.aksi.hint')}
          </p>
        </div>
        <ActionError error={publish.error} />
        <button type="submit" className="button" disabled={publish.busy}>
          {t('coordination.mediaKit.publish')}
        </button>
      </form>
    </>
  );
}
