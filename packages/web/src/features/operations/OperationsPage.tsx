/** /kerja/operasi — admin's view of the machinery: the mail outbox and the scheduled job runs. */
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { JobsSection } from './JobsSection';
import { OutboxSection } from './OutboxSection';
import '../../components/work/work.css';
import './operations.css';

export default function OperationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('ops.title'));
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <h1>{t('ops.title')}</h1>
      <p className="lead">{t('ops.lead')}</p>
      <OutboxSection />
      <JobsSection />
    </>
  );
}
