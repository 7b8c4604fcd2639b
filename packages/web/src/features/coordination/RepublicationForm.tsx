/** A publicist records that its institution republished a material: where, when, in what form. */
import { PUBLICATION_KINDS } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInJakarta } from '../../lib/dates';

type Kind = (typeof PUBLICATION_KINDS)[number];

export function RepublicationForm({
  materialId,
  title,
  onRecorded,
}: {
  materialId: number;
  title: string;
  onRecorded: () => void;
}) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState({
    kind: 'infografis' as Kind,
    title,
    url: '',
    publishedOn: todayInJakarta(new Date()),
  });
  const [done, setDone] = useState(false);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });
  const record = useAction(() =>
    apiSend('post', '/api/publications', { body: { ...form, materialId, status: 'published' } }, { lang }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (await record.run()) {
      setDone(true);
      onRecorded();
    }
  };
  return (
    <form className="coordination-form" onSubmit={submit} aria-labelledby="republication-heading">
      <h2 id="republication-heading">{t('coordination.republication.heading')}</h2>
      <div className="field">
        <label htmlFor="republication-kind">{t('coordination.material.kind')}</label>
        <select id="republication-kind" value={form.kind} onChange={(e) => set({ kind: e.target.value as Kind })}>
          {PUBLICATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`coordination.publication.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--wide">
        <label htmlFor="republication-title">{t('coordination.field.title')}</label>
        <input id="republication-title" required value={form.title} onChange={(e) => set({ title: e.target.value })} />
      </div>
      <div className="field field--wide">
        <label htmlFor="republication-url">{t('coordination.republication.url')}</label>
        <input
          id="republication-url"
          type="url"
          required
          value={form.url}
          onChange={(e) => set({ url: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="republication-date">{t('coordination.republication.date')}</label>
        <input
          id="republication-date"
          type="date"
          required
          value={form.publishedOn}
          onChange={(e) => set({ publishedOn: e.target.value })}
        />
      </div>
      <ActionError error={record.error} />
      {done ? (
        <p className="notice notice--success" role="status">
          {t('coordination.republication.done')}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={record.busy}>
        {t('coordination.republication.record')}
      </button>
    </form>
  );
}
