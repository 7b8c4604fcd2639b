/** /kerja/koordinasi/rapat — coordination meetings: upcoming soonest first, then past ones. */
import type { MeetingSummaryDto } from '@pantau/core';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { can } from './can';
import { meetingWhen } from './coordination-format';
import { COORDINATION_PATHS } from './coordination-paths';
import '../../components/work/work.css';

function MeetingList({ items }: { items: readonly MeetingSummaryDto[] }) {
  const { t, lang } = useI18n();
  if (items.length === 0) return <p className="muted">{t('coordination.meetings.none')}</p>;
  return (
    <ul className="queue-list">
      {items.map((meeting) => (
        <li key={meeting.id}>
          <Link href={COORDINATION_PATHS.meeting(meeting.id)}>{meeting.title}</Link>{' '}
          <span className="muted">
            {meetingWhen(meeting.localStartsAt, meeting.timeZone, lang)} ·{' '}
            {t('coordination.meetings.counts', {
              attending: meeting.counts.attending,
              pending: meeting.counts.pending,
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

function MeetingSection({ when, heading }: { when: 'upcoming' | 'past'; heading: string }) {
  const meetings = useApiGet('/api/meetings', { query: { when, limit: 50 } });
  const id = `meetings-${when}`;
  return (
    <section className="work-subsection" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <AsyncContent state={meetings}>{(page) => <MeetingList items={page.items} />}</AsyncContent>
    </section>
  );
}

export default function MeetingsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('coordination.meetings.title'));
  const { roles } = useAccount();
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>{t('coordination.meetings.title')}</h1>
        {can(roles, 'meeting.manage') ? (
          <p>
            <Link className="button" href={COORDINATION_PATHS.newMeeting}>
              {t('coordination.meetings.new')}
            </Link>
          </p>
        ) : null}
      </div>
      <MeetingSection when="upcoming" heading={t('coordination.meetings.upcoming')} />
      <MeetingSection when="past" heading={t('coordination.meetings.past')} />
    </>
  );
}
