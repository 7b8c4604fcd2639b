/** Starts a process and results story from an accepted report: a draft publication linked to it, for Humas to publish. */
import { PUBLICATION_KINDS } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';

type Kind = (typeof PUBLICATION_KINDS)[number];
const FIELDS = ['title', 'summary', 'url', 'kind'] as const;

export function StoryStartForm({
  reportId,
  defaultTitle,
  onStarted,
  showPublicationsLink = true,
}: {
  reportId: number;
  defaultTitle: string;
  onStarted?: () => void;
  /** Whether the notice after saving links to the Publications page (not when already on it). */
  showPublicationsLink?: boolean;
}) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState({ title: defaultTitle, summary: '', url: '', kind: 'berita' as Kind });
  const [done, setDone] = useState(false);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
  const start = useAction(() =>
    apiSend(
      'post',
      '/api/reports/{id}/story',
      {
        path: { id: reportId },
        body: {
          kind: form.kind,
          title: form.title,
          summary: form.summary.trim() || undefined,
          url: form.url.trim() || undefined,
        },
      },
      { lang },
    ),
  );
  const refused = fieldErrorsOf(start.error, FIELDS);
  const has = (field: (typeof FIELDS)[number]) => field in refused.fields;
  const id = (name: string) => `story-${reportId}-${name}`;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    if (await start.run()) {
      setDone(true);
      setForm({ title: defaultTitle, summary: '', url: '', kind: 'berita' });
      onStarted?.();
    }
  };
  return (
    <form className="coordination-form story-start" onSubmit={submit} noValidate>
      <div className="field field--wide">
        <label htmlFor={id('title')}>{t('stories.start.title')}</label>
        <input
          value={form.title}
          onChange={(e) => set({ title: e.target.value })}
          {...invalidProps(id('title'), has('title'))}
        />
        <FieldError id={id('title')} refused={has('title')} rule="stories.start.invalid.title" />
      </div>
      <div className="field field--wide">
        <label htmlFor={id('summary')}>{t('stories.start.summary')}</label>
        <textarea
          rows={3}
          maxLength={2000}
          value={form.summary}
          onChange={(e) => set({ summary: e.target.value })}
          {...invalidProps(id('summary'), has('summary'))}
        />
      </div>
      <div className="field">
        <label htmlFor={id('kind')}>{t('stories.start.kind')}</label>
        <select
          value={form.kind}
          onChange={(e) => set({ kind: e.target.value as Kind })}
          {...invalidProps(id('kind'), has('kind'))}
        >
          {PUBLICATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`coordination.publication.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--wide">
        <label htmlFor={id('url')}>{t('stories.start.url')}</label>
        <input
          type="url"
          value={form.url}
          onChange={(e) => set({ url: e.target.value })}
          {...invalidProps(id('url'), has('url'))}
        />
        <FieldError id={id('url')} refused={has('url')} rule="stories.start.invalid.url" />
      </div>
      <FormError error={start.error} rest={refused.rest} />
      {done ? (
        <p className="notice notice--success" role="status">
          {t('stories.start.done')}{' '}
          {showPublicationsLink ? <a href="/kerja/publikasi">{t('stories.start.openPublications')}</a> : null}
        </p>
      ) : null}
      <div className="publication-actions">
        <button type="submit" className="button" disabled={start.busy}>
          {t('stories.start.submit')}
        </button>
      </div>
    </form>
  );
}
