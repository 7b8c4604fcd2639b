/** /kerja/koordinasi/pengumuman — the announcements addressed to me and, for senders, those sent. */
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { AnnouncementList } from './AnnouncementList';
import { can } from './can';
import { COORDINATION_PATHS } from './coordination-paths';
import '../../components/work/work.css';

function SentAnnouncements() {
  const { t } = useI18n();
  const sent = useApiGet('/api/announcements/sent', { query: { limit: 50 } });
  return (
    <section className="work-subsection" aria-labelledby="announcements-sent">
      <h2 id="announcements-sent">{t('coordination.announcements.sent')}</h2>
      <AsyncContent state={sent}>{(page) => <AnnouncementList items={page.items} inbox={false} />}</AsyncContent>
    </section>
  );
}

export default function AnnouncementsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('coordination.announcements.title'));
  const { roles } = useAccount();
  const inbox = useApiGet('/api/announcements', { query: { limit: 50 } });
  const sender = can(roles, 'announcement.send');
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>{t('coordination.announcements.title')}</h1>
        {sender ? (
          <p>
            <Link className="button" href={COORDINATION_PATHS.newAnnouncement}>
              {t('coordination.announcements.compose')}
            </Link>
          </p>
        ) : null}
      </div>
      <section className="work-subsection" aria-labelledby="announcements-inbox">
        <h2 id="announcements-inbox">{t('coordination.announcements.inbox')}</h2>
        <AsyncContent state={inbox}>{(page) => <AnnouncementList items={page.items} inbox />}</AsyncContent>
      </section>
      {sender ? <SentAnnouncements /> : null}
    </>
  );
}
