/**
 * /kerja/notifikasi — the notification centre: every notification of the signed-in person, filtered
 * by kind or to unread ones, marked read one by one or all at once, each opening what it is about;
 * and the choice of channels per kind below. The filters live in the address (?jenis=, ?belum=1).
 */
import { CONFIGURABLE_NOTIFICATION_KINDS, type NotificationKind } from '@pantau/core';
import { useState } from 'react';
import { apiSend } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { ActionError } from '../../components/work/ActionError';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigate, useSearchParams } from '../../router';
import { ListPager } from './ListPager';
import { markNotificationRead, NotificationItem } from './NotificationItem';
import { NotificationPreferences } from './NotificationPreferences';
import { announceNotificationsChanged } from './notification-link';
import { useNotificationsChanged } from './useNotificationsChanged';
import '../../components/work/work.css';
import './notifications.css';

const PAGE = 20;

function kindOf(value: string | null): NotificationKind | undefined {
  return (CONFIGURABLE_NOTIFICATION_KINDS as readonly string[]).includes(value ?? '')
    ? (value as NotificationKind)
    : undefined;
}

export default function NotificationsPage() {
  const { t, tn, lang } = useI18n();
  useDocumentTitle(t('notifications.title'));
  const params = useSearchParams();
  const navigate = useNavigate();
  const kind = kindOf(params.get('jenis'));
  const unreadOnly = params.get('belum') === '1';
  const [offset, setOffset] = useState(0);
  const [marked, setMarked] = useState<number | null>(null);
  const page = useApiGet('/api/notifications', {
    query: { kind, unread: unreadOnly ? 'true' : undefined, limit: PAGE, offset },
  });
  useNotificationsChanged(page.retry);

  const setFilter = (next: { jenis?: string | undefined; belum?: boolean }) => {
    const search = new URLSearchParams();
    const jenis = 'jenis' in next ? next.jenis : kind;
    const belum = 'belum' in next ? next.belum : unreadOnly;
    if (jenis) search.set('jenis', jenis);
    if (belum) search.set('belum', '1');
    setOffset(0);
    setMarked(null);
    const text = search.toString();
    navigate(`/kerja/notifikasi${text ? `?${text}` : ''}`, { replace: true });
  };
  const markAll = useAction(async () => {
    const result = await apiSend('post', '/api/notifications/read-all', {}, { lang });
    setMarked(result.updated);
    announceNotificationsChanged();
  });
  const markOne = useAction((id: number) => markNotificationRead(id, lang));

  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <h1>{t('notifications.title')}</h1>
      <p className="lead">{t('notifications.lead')}</p>
      <form
        className="filters"
        onSubmit={(event) => event.preventDefault()}
        aria-label={t('notifications.filter.kind')}
      >
        <div className="field">
          <label htmlFor="notification-kind">{t('notifications.filter.kind')}</label>
          <select
            id="notification-kind"
            value={kind ?? ''}
            onChange={(event) => setFilter({ jenis: event.target.value || undefined })}
          >
            <option value="">{t('notifications.filter.allKinds')}</option>
            {CONFIGURABLE_NOTIFICATION_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`notifications.kind.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <label className="check">
            <input
              type="checkbox"
              checked={unreadOnly}
              onChange={(event) => setFilter({ belum: event.target.checked })}
            />
            {t('notifications.filter.unreadOnly')}
          </label>
        </div>
      </form>
      <AsyncContent state={page}>
        {(data) => (
          <section aria-labelledby="notification-list-heading">
            <div className="notification-toolbar">
              <h2 id="notification-list-heading" className="visually-hidden">
                {t('notifications.list')}
              </h2>
              <p className="muted" aria-live="polite">
                {tn('notifications.count', data.total)} · {tn('notifications.unread', data.unread)}
              </p>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={data.unread === 0 || markAll.busy}
                onClick={() => void markAll.run()}
              >
                {t('notifications.markAllRead')}
              </button>
            </div>
            {marked !== null ? (
              <p className="notice notice--success" role="status">
                {tn('notifications.markedAll', marked)}
              </p>
            ) : null}
            <ActionError error={markAll.error ?? markOne.error} />
            {data.items.length === 0 ? (
              <p className="notice">{kind || unreadOnly ? t('notifications.noneFiltered') : t('notifications.none')}</p>
            ) : (
              <ul className="notification-list">
                {data.items.map((item) => (
                  <li key={item.id}>
                    <NotificationItem item={item}>
                      {item.readAt === null ? (
                        <button
                          type="button"
                          className="button--link"
                          disabled={markOne.busy}
                          onClick={() => void markOne.run(item.id)}
                        >
                          {t('notifications.markRead')}
                          <span className="visually-hidden">: {item.title}</span>
                        </button>
                      ) : null}
                    </NotificationItem>
                  </li>
                ))}
              </ul>
            )}
            <ListPager offset={offset} pageSize={PAGE} total={data.total} onChange={setOffset} />
          </section>
        )}
      </AsyncContent>
      <NotificationPreferences />
    </>
  );
}
