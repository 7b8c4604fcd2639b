/** The mail outbox: whether mail can leave, the count per status, each mail's attempts and last error, and "send again". */
import { OUTBOX_STATUSES } from '@pantau/core';
import { useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { ListPager } from '../notifications/ListPager';

type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
type Mail = ResponseOf<'/api/admin/outbox', 'get'>['items'][number];

const PAGE = 20;
const TONE: Record<OutboxStatus, string> = {
  pending: 'badge--planned',
  sending: 'badge--planned',
  sent: 'badge--open',
  failed: 'badge--danger',
};

function MailRow({ mail, onRetry, busy }: { mail: Mail; onRetry: (mail: Mail) => void; busy: boolean }) {
  const { t, tn, lang } = useI18n();
  const when = (iso: string) => formatDateTime(iso, lang);
  return (
    <article className="ops-row">
      <h3 className="ops-row__title">{mail.subject}</h3>
      <p className="ops-row__badges">
        <span className={`badge ${TONE[mail.status]}`}>{t(`ops.outbox.status.${mail.status}`)}</span>{' '}
        <span className="muted">{tn('ops.outbox.attempts', mail.attempts)}</span>
      </p>
      <p className="ops-row__meta">
        {t('ops.outbox.to', { to: mail.to })} · <span className="code">{mail.kind}</span> ·{' '}
        {t('ops.outbox.created', { when: when(mail.createdAt) })}
        {mail.sentAt ? ` · ${t('ops.outbox.sent', { when: when(mail.sentAt) })}` : ''}
        {mail.nextAttemptAt ? ` · ${t('ops.outbox.next', { when: when(mail.nextAttemptAt) })}` : ''}
      </p>
      {mail.lastError ? <p className="ops-row__error">{t('ops.outbox.lastError', { error: mail.lastError })}</p> : null}
      {mail.status === 'failed' || mail.status === 'pending' ? (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => onRetry(mail)}
        >
          {t('ops.outbox.retry')}
          <span className="visually-hidden">: {mail.subject}</span>
        </button>
      ) : null}
    </article>
  );
}

export function OutboxSection() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const [offset, setOffset] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const page = useApiGet('/api/admin/outbox', { query: { status: status || undefined, limit: PAGE, offset } });
  const retry = useAction(async (mail: Mail) => {
    await apiSend('post', '/api/admin/outbox/{id}/retry', { path: { id: mail.id } }, { lang });
    setDone(t('ops.outbox.retried', { subject: mail.subject }));
    page.retry();
  });
  return (
    <section className="work-subsection" aria-labelledby="ops-outbox">
      <h2 id="ops-outbox">{t('ops.outbox.heading')}</h2>
      <AsyncContent state={page}>
        {(data) => (
          <>
            <div className={`notice${data.delivery.configured ? '' : ' notice--warn'}`}>
              <p>{data.delivery.note}</p>
              <p className="notice__meta">{t('ops.outbox.configured', { from: data.delivery.from })}</p>
            </div>
            <div className="inline-form">
              <label htmlFor="ops-outbox-status">{t('ops.status')}</label>
              <select
                id="ops-outbox-status"
                value={status}
                onChange={(event) => {
                  setStatus(event.target.value as OutboxStatus | '');
                  setOffset(0);
                }}
              >
                <option value="">
                  {t('ops.all')} ({Object.values(data.counts).reduce((a, b) => a + b, 0)})
                </option>
                {OUTBOX_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`ops.outbox.status.${value}`)} ({data.counts[value] ?? 0})
                  </option>
                ))}
              </select>
            </div>
            {done ? (
              <p className="notice notice--success" role="status">
                {done}
              </p>
            ) : null}
            <ActionError error={retry.error} />
            {data.items.length === 0 ? (
              <p className="notice">{t('ops.outbox.none')}</p>
            ) : (
              <ul className="ops-list">
                {data.items.map((mail) => (
                  <li key={mail.id}>
                    <MailRow mail={mail} busy={retry.busy} onRetry={(m) => void retry.run(m)} />
                  </li>
                ))}
              </ul>
            )}
            <ListPager offset={offset} pageSize={PAGE} total={data.total} onChange={setOffset} />
          </>
        )}
      </AsyncContent>
    </section>
  );
}
