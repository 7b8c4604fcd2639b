import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';

/** How many reports wait for verification nationally (in a period), with the way to the queue. */
export function QueueCounts({ period }: { period: string }) {
  const { t, formatNumber } = useI18n();
  const queue = useApiGet('/api/review-queue', { query: { period, limit: 1 } });
  return (
    <AsyncContent state={queue}>
      {(data) => (
        <>
          <ul className="stat-row" aria-label={t('queue.countsLabel')}>
            <li className="stat">
              <span className="stat__value">{formatNumber(data.counts.submitted)}</span>
              <span className="stat__label">{t('queue.countSubmitted')}</span>
            </li>
            <li className="stat">
              <span className="stat__value">{formatNumber(data.counts.inReview)}</span>
              <span className="stat__label">{t('queue.countInReview')}</span>
            </li>
            {data.items[0] ? (
              <li className="stat">
                <span className="stat__value">{formatNumber(data.items[0].ageDays)}</span>
                <span className="stat__label">{t('queue.oldest')}</span>
              </li>
            ) : null}
          </ul>
          <p>
            <Link href="/kerja/verifikasi">{t('queue.open')}</Link>
          </p>
        </>
      )}
    </AsyncContent>
  );
}
