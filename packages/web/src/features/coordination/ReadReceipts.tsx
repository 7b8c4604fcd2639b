/** The sender's view of an announcement: read receipts per institution, unread first, and a reminder to the unread. */
import { useState } from 'react';
import { apiSend } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { ActionError } from '../../components/work/ActionError';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';

export function ReadReceipts({ id }: { id: number }) {
  const { t, tn, lang } = useI18n();
  const receipts = useApiGet('/api/announcements/{id}/receipts', { path: { id } });
  const remind = useAction(() => apiSend('post', '/api/announcements/{id}/remind', { path: { id } }, { lang }));
  const [reminded, setReminded] = useState<number | null>(null);
  return (
    <section className="work-subsection" aria-labelledby="receipts-heading">
      <h2 id="receipts-heading">{t('coordination.receipts.heading')}</h2>
      <AsyncContent state={receipts}>
        {(data) => (
          <>
            <p className="work-summary">
              {t('coordination.receipts.summary', { read: data.read, recipients: data.recipients })}
            </p>
            {data.unread > 0 ? (
              <p>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={remind.busy}
                  onClick={async () => {
                    const result = await remind.run();
                    if (result) {
                      setReminded(result.reminded);
                      receipts.retry();
                    }
                  }}
                >
                  {t('coordination.receipts.remind')}
                </button>
              </p>
            ) : null}
            {reminded !== null ? (
              <p className="notice notice--success" role="status">
                {tn('coordination.receipts.reminded', reminded)}
              </p>
            ) : null}
            <ActionError error={remind.error} />
            <ScrollRegion label={t('coordination.receipts.table')}>
              <table className="data-table">
                <caption className="visually-hidden">{t('coordination.receipts.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('coordination.field.institution')}</th>
                    <th scope="col">{t('coordination.receipts.status')}</th>
                    <th scope="col">{t('coordination.receipts.readers')}</th>
                    <th scope="col">{t('coordination.receipts.reminded.at')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.institutions.map((row) => (
                    <tr key={row.code}>
                      <th scope="row">{row.name}</th>
                      <td>
                        {row.readers > 0 && row.firstReadAt
                          ? t('coordination.receipts.read', { when: formatDateTime(row.firstReadAt, lang) })
                          : t('coordination.receipts.unread')}
                      </td>
                      <td>{row.readers}</td>
                      <td>{row.remindedAt ? formatDateTime(row.remindedAt, lang) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </>
        )}
      </AsyncContent>
    </section>
  );
}
