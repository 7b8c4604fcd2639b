/** /kerja/verifikasi: the full review queue (verifiers, admin, observers). */
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { ReviewQueue } from './ReviewQueue';
import '../../components/work/work.css';

export default function ReviewQueuePage() {
  const { t } = useI18n();
  useDocumentTitle(t('queue.heading'));
  const periods = usePeriods();
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>{t('queue.heading')}</h1>
        <p className="lead">{t('queue.lead')}</p>
      </div>
      <AsyncContent state={periods}>{(list) => <ReviewQueue base="/kerja/verifikasi" periods={list} />}</AsyncContent>
    </>
  );
}
