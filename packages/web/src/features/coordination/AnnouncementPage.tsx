/** /kerja/koordinasi/pengumuman/:id — one announcement; opening it marks it read for a recipient. */
import { apiGet, apiSend } from '../../api/typed';
import { useAsync } from '../../api/useApi';
import { type Account, useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import type { PageProps } from '../../router';
import { followsReceipts, isAddressedTo } from './announcement-access';
import { COORDINATION_PATHS, idParam } from './coordination-paths';
import { ReadReceipts } from './ReadReceipts';
import '../../components/work/work.css';
import './coordination.css';

/** Opens an announcement and, when it is addressed to me and still unread, marks it read. */
function useOpenedAnnouncement(id: number, me: Account) {
  return useAsync(`announcement:${id}`, async ({ lang, signal }) => {
    const item = await apiGet('/api/announcements/{id}', { path: { id } }, { lang, signal });
    if (!isAddressedTo(me, item) || item.readAt !== null) return item;
    return apiSend('post', '/api/announcements/{id}/read', { path: { id } }, { lang, signal });
  });
}

export default function AnnouncementPage({ params }: PageProps) {
  const { t, lang } = useI18n();
  const id = idParam(params.id) ?? 0;
  const me = useAccount();
  const announcement = useOpenedAnnouncement(id, me);
  useDocumentTitle(announcement.data?.title ?? t('coordination.announcements.title'));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.heading') },
          { href: COORDINATION_PATHS.announcements, label: t('coordination.announcements.title') },
        ]}
      />
      <AsyncContent state={announcement}>
        {(item) => (
          <article className="announcement">
            <h1>{item.title}</h1>
            <p className="muted">
              {t('coordination.announcements.from', {
                name: item.sender.institution?.name ?? item.sender.name,
                when: formatDateTime(item.sentAt, lang),
              })}
            </p>
            <div className="announcement__body">{item.body}</div>
            {item.attachments.length > 0 ? (
              <section aria-labelledby="announcement-attachments">
                <h2 id="announcement-attachments">{t('coordination.field.attachments')}</h2>
                <ul>
                  {item.attachments.map((file) => (
                    <li key={file.id}>
                      <a href={`/api/announcements/${item.id}/attachments/${file.id}`} download={file.fileName}>
                        {file.fileName}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {followsReceipts(me, item) ? <ReadReceipts id={item.id} /> : null}
          </article>
        )}
      </AsyncContent>
    </>
  );
}
