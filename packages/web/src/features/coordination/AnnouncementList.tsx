/** A list of announcements: title (a link), sender, when, and for an inbox whether it is still unread. */
import type { AnnouncementDto } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { Link } from '../../router';
import { COORDINATION_PATHS } from './coordination-paths';

export function AnnouncementList({ items, inbox }: { items: readonly AnnouncementDto[]; inbox: boolean }) {
  const { t, tn, lang } = useI18n();
  if (items.length === 0) return <p className="muted">{t('coordination.announcements.none')}</p>;
  return (
    <ul className="queue-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={COORDINATION_PATHS.announcement(item.id)}>{item.title}</Link>{' '}
          {inbox && item.readAt === null ? (
            <span className="badge badge--accent">{t('coordination.announcements.unread')}</span>
          ) : null}{' '}
          <span className="muted">
            {inbox
              ? t('coordination.announcements.from', {
                  name: item.sender.institution?.name ?? item.sender.name,
                  when: formatDateTime(item.sentAt, lang),
                })
              : `${formatDateTime(item.sentAt, lang)} · ${tn('coordination.institutions', item.recipientCount)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
