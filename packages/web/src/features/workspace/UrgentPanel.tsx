/**
 * "Perlu segera": what cannot wait, at the top of the home, whatever the roles below — unread
 * announcements, unread notifications that ask for action (a meeting invitation to answer, a
 * report sent back, a deadline reminder) and, for the institution's own roles, reporting deadlines
 * within a week. Nothing urgent: nothing shown.
 */
import { useMemo, useState } from 'react';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInJakarta } from '../../lib/dates';
import { toRoman } from '../../lib/format';
import { nearDeadlines, URGENT_KINDS } from '../../lib/urgent';
import { Link } from '../../router';
import { COORDINATION_PATHS } from '../coordination/coordination-paths';
import { NotificationItem } from '../notifications/NotificationItem';
import { useNotificationsChanged } from '../notifications/useNotificationsChanged';

export function UrgentPanel() {
  const { t, tn, formatDate } = useI18n();
  const { roles } = useAccount();
  const today = useMemo(() => todayInJakarta(new Date()), []);
  const [changed, setChanged] = useState(0);
  useNotificationsChanged(() => setChanged((n) => n + 1));
  const announcements = useApiGet('/api/announcements', { query: { unread: 'true', limit: 1 } });
  const notifications = useApiGet('/api/notifications', { query: { unread: 'true', limit: 50 } }, String(changed));
  const periods = usePeriods();
  const reports = roles.includes('contributor') || roles.includes('focal_point');
  const deadlines = reports && periods.data ? nearDeadlines(periods.data, today) : [];
  const unreadAnnouncements = announcements.data?.total ?? 0;
  const urgent = (notifications.data?.items ?? []).filter(
    // Unread announcements are counted once, above.
    (item) => URGENT_KINDS.has(item.kind) && item.kind !== 'announcement' && item.kind !== 'announcement_reminder',
  );
  if (unreadAnnouncements === 0 && urgent.length === 0 && deadlines.length === 0) return null;
  return (
    <section className="work-section urgent-panel" aria-labelledby="home-urgent">
      <h2 id="home-urgent">{t('urgent.heading')}</h2>
      <ul className="urgent-list">
        {deadlines.map((near) => (
          <li key={`${near.period}/${near.quarter}`} className="notice notice--warn">
            {t(near.days === 0 ? 'urgent.deadlineToday' : 'urgent.deadline', {
              quarter: t('quarter.name', { roman: toRoman(near.quarter) }),
              date: formatDate(near.deadline),
              days: near.days,
            })}
          </li>
        ))}
        {unreadAnnouncements > 0 ? (
          <li className="notice notice--warn">
            <Link href={COORDINATION_PATHS.announcements}>{tn('coordination.unread', unreadAnnouncements)}</Link>
          </li>
        ) : null}
        {urgent.slice(0, 5).map((item) => (
          <li key={item.id}>
            <NotificationItem item={item} compact />
          </li>
        ))}
      </ul>
      {urgent.length > 5 ? (
        <p>
          <Link href="/kerja/notifikasi">{tn('urgent.more', urgent.length - 5)}</Link>
        </p>
      ) : null}
    </section>
  );
}
