/** One notification: its title (a link to what it is about, marking it read), text, kind and time. */
import type { NotificationDto } from '@pantau/core';
import type { ReactNode } from 'react';
import { apiSend } from '../../api/typed';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { Link } from '../../router';
import { announceNotificationsChanged, inAppPath } from './notification-link';

/** Marks a notification read; the bell and lists reload once the server has it. */
export async function markNotificationRead(id: number, lang: 'id' | 'en'): Promise<void> {
  await apiSend('post', '/api/notifications/{id}/read', { path: { id } }, { lang });
  announceNotificationsChanged();
}

export function NotificationItem({
  item,
  compact = false,
  onFollow,
  children,
}: {
  item: NotificationDto;
  /** The bell's short form: no kind line. */
  compact?: boolean;
  /** Called when the person follows the link (e.g. to close the bell's panel). */
  onFollow?: () => void;
  /** Actions shown beside the item (e.g. "Tandai dibaca"). */
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const path = inAppPath(item.link);
  const unread = item.readAt === null;
  const follow = () => {
    if (unread) void markNotificationRead(item.id, lang).catch(() => undefined);
    onFollow?.();
  };
  return (
    <article className={`notification${unread ? ' notification--unread' : ''}`}>
      <h3 className="notification__title">
        {path ? (
          <Link href={path} onClick={follow}>
            {item.title}
          </Link>
        ) : (
          item.title
        )}{' '}
        {unread ? <span className="badge badge--accent">{t('notifications.unreadBadge')}</span> : null}
      </h3>
      {compact ? null : <p className="notification__body">{item.body}</p>}
      <p className="notification__meta">
        {compact ? null : <>{t(`notifications.kind.${item.kind}`)} · </>}
        <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, lang)}</time>
      </p>
      {children}
    </article>
  );
}
