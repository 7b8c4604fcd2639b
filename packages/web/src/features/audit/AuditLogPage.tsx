/**
 * /kerja/audit — the audit log for admin and observers: the chain's head and a check of the whole
 * chain, entries newest first filtered by kind of data, id and action (?entitas=, ?id=, ?tindakan=),
 * older pages on request, and one entry in full (?entri=).
 */
import type { AuditEntryDto } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiGet } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ActionError } from '../../components/work/ActionError';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { Link, useNavigate, useSearchParams } from '../../router';
import { AuditEntryDetail } from './AuditEntryDetail';
import { ChainStatus } from './ChainStatus';
import '../../components/work/work.css';
import './audit.css';

const PAGE = 50;

interface Filter {
  entity: string;
  entityId: string;
  action: string;
}

/** The list's address for a filter (empty fields left out). */
function listHref(filter: Filter): string {
  const search = new URLSearchParams();
  if (filter.entity) search.set('entitas', filter.entity);
  if (filter.entityId) search.set('id', filter.entityId);
  if (filter.action) search.set('tindakan', filter.action);
  const text = search.toString();
  return `/kerja/audit${text ? `?${text}` : ''}`;
}

function EntryRow({ entry, href }: { entry: AuditEntryDto; href: string }) {
  const { t, lang } = useI18n();
  return (
    <article className="audit-row">
      <p className="audit-row__head">
        <Link href={href} aria-label={t('audit.list.details', { seq: entry.seq })}>
          #{entry.seq}
        </Link>{' '}
        <span className="code">{entry.action}</span>
      </p>
      <p className="audit-row__meta">
        <span className="code">
          {entry.entity}
          {entry.entityId ? ` ${entry.entityId}` : ''}
        </span>{' '}
        · {entry.actor} · <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
      </p>
    </article>
  );
}

function FilterForm({ filter }: { filter: Filter }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(filter);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(listHref({ entity: draft.entity.trim(), entityId: draft.entityId.trim(), action: draft.action.trim() }));
  };
  const field = (name: keyof Filter, id: string, label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={draft[name]}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
  return (
    <form className="filters" onSubmit={submit} aria-labelledby="audit-filter">
      <h2 id="audit-filter" className="visually-hidden">
        {t('audit.filter.heading')}
      </h2>
      {field('entity', 'audit-entity', t('audit.filter.entity'), t('audit.filter.entityHint'))}
      {field('entityId', 'audit-entity-id', t('audit.filter.entityId'), t('audit.filter.entityIdHint'))}
      {field('action', 'audit-action', t('audit.filter.action'), t('audit.filter.actionHint'))}
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('audit.filter.show')}
        </button>
        <Link href="/kerja/audit">{t('audit.filter.clear')}</Link>
      </div>
    </form>
  );
}

function Entries({ filter }: { filter: Filter }) {
  const { t, lang } = useI18n();
  const query = {
    entity: filter.entity || undefined,
    entityId: filter.entityId || undefined,
    action: filter.action || undefined,
  };
  const first = useApiGet('/api/audit', { query: { ...query, limit: PAGE } });
  const [older, setOlder] = useState<AuditEntryDto[]>([]);
  const [done, setDone] = useState(false);
  const more = useAction(async (before: number) => {
    const page = await apiGet('/api/audit', { query: { ...query, before, limit: PAGE } }, { lang });
    setOlder((current) => [...current, ...page]);
    if (page.length < PAGE) setDone(true);
  });
  const base = listHref(filter);
  const hrefOf = (seq: number) => `${base}${base.includes('?') ? '&' : '?'}entri=${seq}`;
  return (
    <section aria-labelledby="audit-list">
      <h2 id="audit-list">{t('audit.list.heading')}</h2>
      <AsyncContent state={first}>
        {(page) => {
          const entries = [...page, ...older];
          const last = entries.at(-1);
          return entries.length === 0 ? (
            <p className="notice">{t('audit.list.none')}</p>
          ) : (
            <>
              <ul className="audit-list">
                {entries.map((entry) => (
                  <li key={entry.seq}>
                    <EntryRow entry={entry} href={hrefOf(entry.seq)} />
                  </li>
                ))}
              </ul>
              <ActionError error={more.error} />
              {page.length === PAGE && !done && last && last.seq > 1 ? (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={more.busy}
                  onClick={() => void more.run(last.seq)}
                >
                  {t('audit.list.more')}
                </button>
              ) : null}
            </>
          );
        }}
      </AsyncContent>
    </section>
  );
}

export default function AuditLogPage() {
  const { t } = useI18n();
  useDocumentTitle(t('audit.title'));
  const params = useSearchParams();
  const filter: Filter = {
    entity: params.get('entitas') ?? '',
    entityId: params.get('id') ?? '',
    action: params.get('tindakan') ?? '',
  };
  const entry = Number(params.get('entri'));
  const key = listHref(filter);
  const head = useApiGet('/api/public/audit/head', {});
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.lead')}</p>
      <ChainStatus head={head} />
      {Number.isInteger(entry) && entry > 0 ? (
        <AuditEntryDetail key={entry} seq={entry} headSeq={head.data?.seq} listHref={key} />
      ) : null}
      <FilterForm key={`form-${key}`} filter={filter} />
      <Entries key={`list-${key}`} filter={filter} />
    </>
  );
}
