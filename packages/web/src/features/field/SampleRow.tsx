/** One sampled report: who reported what, the verifier's score, the field result, and the form to record it. */
import { ApiError } from '../../api/client';
import type { ResponseOf } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { FieldCheckForm } from './FieldCheckForm';

export type SampleItem = ResponseOf<'/api/periods/{code}/quarters/{quarter}/sample', 'get'>['items'][number];

export function SampleRow({ item, onSaved }: { item: SampleItem; onSaved: () => void }) {
  const { t } = useI18n();
  const report = useApiGet('/api/reports/{id}', { path: { id: item.reportId } });
  const headingId = `field-item-${item.reportId}`;
  const body = () => {
    if (report.data === undefined && report.error !== undefined) {
      if (report.error instanceof ApiError && report.error.status === 404) {
        return <p className="muted">{t('field.outOfScope')}</p>;
      }
      return <ErrorState error={report.error} onRetry={report.retry} />;
    }
    if (report.data === undefined) return <LoadingState />;
    const data = report.data;
    return (
      <>
        <dl className="field-check__facts">
          <dt>{t('field.institution')}</dt>
          <dd>{data.institution.name}</dd>
          <dt>{t('field.output')}</dt>
          <dd>
            {data.output.code} — {data.output.name}
          </dd>
          <dt>{t('field.verifierScore')}</dt>
          <dd>{data.score ?? t('field.noScore')}</dd>
          <dt>{t('field.status')}</dt>
          <dd>
            <RecordedResult item={item} />
          </dd>
        </dl>
        <p>
          <Link href={`/kerja/laporan/${data.id}`}>
            {t('field.reportLink')}
            <span className="visually-hidden"> {item.key}</span>
          </Link>
        </p>
        <FieldCheckForm reportId={data.id} label={item.key} recorded={item.status === 'done'} onSaved={onSaved} />
      </>
    );
  };
  return (
    <li className="field-check__item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{item.key}</h3>
        <p className="muted">{t('field.position', { position: item.position })}</p>
        {body()}
      </article>
    </li>
  );
}

/** "Belum diperiksa", or the recorded result with the score change. */
function RecordedResult({ item }: { item: SampleItem }) {
  const { t } = useI18n();
  if (item.status !== 'done' || item.result === null) return <>{t('field.pending')}</>;
  const from = item.originalScore ?? t('field.noScore');
  if (item.result === 'adjusted') return <>{t('field.recordedAdjusted', { from, to: item.adjustedScore ?? '' })}</>;
  if (item.result === 'not_found') return <>{t('field.recordedNotFound', { to: item.adjustedScore ?? 0 })}</>;
  return <>{t('field.result.confirmed')}</>;
}
