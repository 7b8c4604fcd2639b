/** "Koordinasi" on a role's home: announcements (with the unread count), meetings, follow-ups, media kit, calendar. */
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { Tool } from '../../components/work/Tool';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { Link } from '../../router';
import { can } from './can';
import { COORDINATION_PATHS } from './coordination-paths';

interface ToolEntry {
  href: string;
  title: MessageKey;
  text: MessageKey;
  shown: boolean;
}

export function CoordinationSection({ id }: { id: string }) {
  const { t, tn } = useI18n();
  const { roles } = useAccount();
  const unread = useApiGet('/api/announcements', { query: { unread: 'true', limit: 1 } });
  const tools: ToolEntry[] = [
    {
      href: COORDINATION_PATHS.announcements,
      title: 'coordination.tool.announcements',
      text: 'coordination.tool.announcements.text',
      shown: true,
    },
    {
      href: COORDINATION_PATHS.meetings,
      title: 'coordination.tool.meetings',
      text: 'coordination.tool.meetings.text',
      shown: can(roles, 'meeting.read'),
    },
    {
      href: COORDINATION_PATHS.followUps,
      title: 'coordination.tool.followUps',
      text: 'coordination.tool.followUps.text',
      shown: can(roles, 'followup.read'),
    },
    {
      href: COORDINATION_PATHS.mediaKit,
      title: 'coordination.tool.mediaKit',
      text: 'coordination.tool.mediaKit.text',
      shown: can(roles, 'mediakit.read'),
    },
  ];
  return (
    <section className="work-subsection" aria-labelledby={id}>
      <h3 id={id}>{t('coordination.heading')}</h3>
      {unread.data && unread.data.total > 0 ? (
        <p className="notice">
          <Link href={COORDINATION_PATHS.announcements}>{tn('coordination.unread', unread.data.total)}</Link>
        </p>
      ) : null}
      <ul className="tool-grid">
        {tools
          .filter((tool) => tool.shown)
          .map((tool) => (
            <Tool key={tool.href} href={tool.href} title={t(tool.title)} text={t(tool.text)} />
          ))}
        <li className="tool">
          <a href={COORDINATION_PATHS.calendar} download="pantau.ics" className="tool__link">
            {t('coordination.tool.calendar')}
          </a>
          <p className="muted">{t('coordination.tool.calendar.text')}</p>
        </li>
      </ul>
    </section>
  );
}
