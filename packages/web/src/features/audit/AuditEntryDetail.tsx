/** One audit entry in full: who did what to which data, the change recorded, and the hashes that chain it. */
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { Link } from '../../router';

/** `headSeq`: the last entry's number, when known (no link past it). */
export function AuditEntryDetail({ seq, headSeq, listHref }: { seq: number; headSeq?: number; listHref: string }) {
  const { t, lang } = useI18n();
  const entry = useApiGet('/api/audit/{seq}', { path: { seq } });
  const withEntry = (n: number) => {
    const url = new URL(listHref, window.location.origin);
    url.searchParams.set('entri', String(n));
    return url.pathname + url.search;
  };
  return (
    <section className="panel panel--highlight audit-entry" aria-labelledby="audit-entry">
      <h2 id="audit-entry">{t('audit.entry.heading', { seq })}</h2>
      <AsyncContent state={entry}>
        {(data) => (
          <>
            <dl className="facts">
              <div>
                <dt>{t('audit.entry.at')}</dt>
                <dd>{formatDateTime(data.at, lang)}</dd>
              </div>
              <div>
                <dt>{t('audit.entry.actor')}</dt>
                <dd>{data.actor}</dd>
              </div>
              <div>
                <dt>{t('audit.entry.action')}</dt>
                <dd className="code">{data.action}</dd>
              </div>
              <div>
                <dt>{t('audit.entry.entity')}</dt>
                <dd className="code">
                  {data.entity}
                  {data.entityId ? ` ${data.entityId}` : ''}
                </dd>
              </div>
              <div>
                <dt>{t('audit.entry.prevHash')}</dt>
                <dd className="audit-hash">{data.prevHash}</dd>
              </div>
              <div>
                <dt>{t('audit.entry.hash')}</dt>
                <dd className="audit-hash">{data.hash}</dd>
              </div>
            </dl>
            <h3>{t('audit.entry.change')}</h3>
            <pre className="audit-change">{JSON.stringify(data.change, null, 2)}</pre>
          </>
        )}
      </AsyncContent>
      <nav className="audit-entry__nav" aria-label={t('audit.entry.neighbours')}>
        {seq > 1 ? <Link href={withEntry(seq - 1)}>← {t('audit.entry.previous', { seq: seq - 1 })}</Link> : null}
        {headSeq === undefined || seq < headSeq ? (
          <Link href={withEntry(seq + 1)}>{t('audit.entry.next', { seq: seq + 1 })} →</Link>
        ) : null}
        <Link href={listHref}>{t('audit.entry.close')}</Link>
      </nav>
    </section>
  );
}
