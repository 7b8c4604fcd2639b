/** A publicist records one of its institution's publications: kind, title, link or image, date, aksi; draft or published. */
import { PUBLICATION_KINDS } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { AksiPicker, PeriodPicker } from '../../components/pickers/SourcePickers';
import { useDefaultPeriod } from '../../components/pickers/useDefaultPeriod';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInJakarta } from '../../lib/dates';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';
import { uploadAttachment } from './upload-attachment';

type Kind = (typeof PUBLICATION_KINDS)[number];
type Status = 'draft' | 'published';

const FIELDS = ['kind', 'title', 'url', 'attachmentId', 'publishedOn', 'period', 'aksi'] as const;

const emptyForm = () => ({
  kind: 'berita' as Kind,
  title: '',
  url: '',
  publishedOn: todayInJakarta(new Date()),
  period: '',
  aksi: [] as string[],
});

export function PublicationForm({ onRecorded }: { onRecorded: () => void }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState(emptyForm);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [done, setDone] = useState<Status | null>(null);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
  // The aksi belong to a period: the active one unless another is chosen.
  const defaultPeriod = useDefaultPeriod();
  const period = form.period || defaultPeriod;
  const record = useAction(async (status: Status) => {
    const attachmentId = file ? (await uploadAttachment(file, lang)).id : undefined;
    const aksi = form.aksi;
    return apiSend(
      'post',
      '/api/publications',
      {
        body: {
          kind: form.kind,
          title: form.title,
          url: form.url.trim() || undefined,
          attachmentId,
          publishedOn: form.publishedOn,
          period: aksi.length > 0 ? period : form.period || undefined,
          aksi: aksi.length > 0 ? aksi : undefined,
          status,
        },
      },
      { lang },
    );
  });
  const refused = fieldErrorsOf(record.error, FIELDS);
  const has = (field: (typeof FIELDS)[number]) => field in refused.fields;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const status: Status = submitter?.value === 'draft' ? 'draft' : 'published';
    setDone(null);
    if (await record.run(status)) {
      setForm(emptyForm());
      setFile(null);
      setFileKey((key) => key + 1);
      setDone(status);
      onRecorded();
    }
  };
  return (
    <form className="coordination-form" onSubmit={submit} noValidate aria-labelledby="publication-new-heading">
      <h2 id="publication-new-heading">{t('coordination.publications.new')}</h2>
      <div className="field">
        <label htmlFor="publication-kind">{t('coordination.material.kind')}</label>
        <select
          value={form.kind}
          onChange={(e) => set({ kind: e.target.value as Kind })}
          {...invalidProps('publication-kind', has('kind'))}
        >
          {PUBLICATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`coordination.publication.kind.${kind}`)}
            </option>
          ))}
        </select>
        <FieldError id="publication-kind" refused={has('kind')} rule="coordination.publications.invalid.kind" />
      </div>
      <div className="field field--wide">
        <label htmlFor="publication-title">{t('coordination.field.title')}</label>
        <input
          value={form.title}
          onChange={(e) => set({ title: e.target.value })}
          {...invalidProps('publication-title', has('title'))}
        />
        <FieldError id="publication-title" refused={has('title')} rule="coordination.publications.invalid.title" />
      </div>
      <div className="field field--wide">
        <label htmlFor="publication-url">{t('coordination.republication.url')}</label>
        <input
          type="url"
          value={form.url}
          onChange={(e) => set({ url: e.target.value })}
          {...invalidProps('publication-url', has('url'), 'publication-url-hint')}
        />
        <FieldError id="publication-url" refused={has('url')} rule="coordination.publications.invalid.url" />
        <p id="publication-url-hint" className="field__hint">
          {t('coordination.publications.url.hint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="publication-file">{t('coordination.publications.image')}</label>
        <input
          key={fileKey}
          type="file"
          accept="image/*"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          {...invalidProps('publication-file', has('attachmentId'))}
        />
        <FieldError id="publication-file" refused={has('attachmentId')} rule="coordination.publications.invalid.file" />
      </div>
      <div className="field">
        <label htmlFor="publication-date">{t('coordination.republication.date')}</label>
        <input
          type="date"
          value={form.publishedOn}
          onChange={(e) => set({ publishedOn: e.target.value })}
          {...invalidProps('publication-date', has('publishedOn'))}
        />
        <FieldError id="publication-date" refused={has('publishedOn')} rule="coordination.publications.invalid.date" />
      </div>
      <PeriodPicker
        id="publication-period"
        label={t('coordination.audience.aksiPeriod')}
        error={has('period') ? t('coordination.publications.invalid.period') : null}
        value={period ? [period] : []}
        onChange={([chosen]) => set({ period: chosen ?? '', aksi: [] })}
      />
      <AksiPicker
        id="publication-aksi"
        label={t('coordination.audience.aksi')}
        hint={t('coordination.publications.aksi.hint')}
        error={has('aksi') ? t('coordination.publications.invalid.aksi') : null}
        period={period}
        disabled={!period}
        multiple
        value={form.aksi}
        onChange={(aksi) => set({ aksi, period })}
      />
      <FormError error={record.error} rest={refused.rest} />
      {done ? (
        <p className="notice notice--success" role="status">
          {t(done === 'draft' ? 'coordination.publications.savedDraft' : 'coordination.publications.published')}
        </p>
      ) : null}
      <div className="publication-actions">
        <button type="submit" className="button" value="published" disabled={record.busy}>
          {t('coordination.publications.publishNow')}
        </button>
        <button type="submit" className="button button--secondary" value="draft" disabled={record.busy}>
          {t('coordination.publications.saveDraft')}
        </button>
      </div>
    </form>
  );
}
