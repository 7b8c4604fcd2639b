/**
 * The bell in the officials' header: the unread count at a glance, and on opening the latest
 * notifications, each a link to what it is about, with "mark all read" and the way to the inbox.
 * The count reloads on every page change, every minute while the tab is visible, and whenever
 * something is marked read.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { useAuth } from '../../auth/AuthProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { Link, useLocation } from '../../router';
import { NotificationItem } from './NotificationItem';
import { announceNotificationsChanged } from './notification-link';
import { useNotificationsChanged } from './useNotificationsChanged';
import './notifications.css';

const LATEST = 5;
const POLL_MS = 60_000;

export function NotificationBell() {
  const signedIn = useAuth().state.status === 'signed-in';
  return signedIn ? <Bell /> : null;
}

function Bell() {
  const { t, tn, lang } = useI18n();
  const { pathname } = useLocation();
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [top, setTop] = useState(0);
  const latest = useApiGet('/api/notifications', { query: { limit: LATEST } });
  const { retry } = latest;
  useNotificationsChanged(retry, POLL_MS);
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    setOpen(false);
    retry();
  }, [pathname, retry]);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true);
    };
    const onPointer = (event: PointerEvent) => {
      const root = button.current?.closest('.notification-bell');
      if (root && !root.contains(event.target as Node)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, close]);

  const toggle = () => {
    if (!open) {
      // The panel hangs below the header, at the right edge of the window, on phones as on desktops.
      setTop(Math.round(button.current?.getBoundingClientRect().bottom ?? 0) + 6);
      retry();
    }
    setOpen(!open);
  };
  const markAll = async () => {
    await apiSend('post', '/api/notifications/read-all', {}, { lang }).catch(() => undefined);
    announceNotificationsChanged();
  };

  const unread = latest.data?.unread ?? 0;
  const label = unread === 0 ? t('notifications.bell.label.zero') : tn('notifications.bell.label', unread);
  const items = latest.data?.items ?? [];
  return (
    <div className="notification-bell">
      <button
        ref={button}
        type="button"
        className="account__button notification-bell__button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
          />
        </svg>
        {unread > 0 ? (
          <span className="notification-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      <section
        id={panelId}
        className="notification-panel"
        aria-label={t('notifications.title')}
        hidden={!open}
        style={{ top }}
      >
        <div className="notification-panel__head">
          <h2 className="notification-panel__title">{t('notifications.title')}</h2>
          {unread > 0 ? (
            <button type="button" className="button--link" onClick={() => void markAll()}>
              {t('notifications.markAllRead')}
            </button>
          ) : null}
        </div>
        {items.length === 0 ? (
          <p className="muted">{t('notifications.panel.empty')}</p>
        ) : (
          <ul className="notification-list notification-list--compact">
            {items.map((item) => (
              <li key={item.id}>
                <NotificationItem item={item} compact onFollow={() => close(false)} />
              </li>
            ))}
          </ul>
        )}
        <p className="notification-panel__foot">
          <Link href="/kerja/notifikasi" onClick={() => close(false)}>
            {t('notifications.panel.all')}
          </Link>
        </p>
      </section>
    </div>
  );
}
