/**
 * /kerja/koordinasi/rapat/:id — one meeting: when and where, agenda, invitees and their answers;
 * an invitee confirms or declines; the organiser records attendance, minutes and follow-ups.
 */
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import type { PageProps } from '../../router';
import { can } from './can';
import { meetingWhen } from './coordination-format';
import { COORDINATION_PATHS, idParam } from './coordination-paths';
import { FollowUpForm } from './FollowUpForm';
import { FollowUpList } from './FollowUpList';
import { InviteeTable } from './InviteeTable';
import { MeetingResponseForm } from './MeetingResponseForm';
import { MinutesForm } from './MinutesForm';
import '../../components/work/work.css';
import './coordination.css';

export default function MeetingPage({ params }: PageProps) {
  const { t, lang } = useI18n();
  const id = idParam(params.id) ?? 0;
  const { roles } = useAccount();
  const organiser = can(roles, 'meeting.manage');
  const meeting = useApiGet('/api/meetings/{id}', { path: { id } });
  const refresh = meeting.retry;
  useDocumentTitle(meeting.data?.title ?? t('coordination.meetings.title'));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.heading') },
          { href: COORDINATION_PATHS.meetings, label: t('coordination.meetings.title') },
        ]}
      />
      <AsyncContent state={meeting}>
        {(data) => (
          <>
            <h1>{data.title}</h1>
            <dl className="coordination-facts">
              <dt>{t('coordination.meeting.when')}</dt>
              <dd>{meetingWhen(data.localStartsAt, data.timeZone, lang)}</dd>
              {data.onlineUrl ? (
                <>
                  <dt>{t('coordination.meeting.onlineUrl')}</dt>
                  <dd>
                    <a href={data.onlineUrl} rel="noopener noreferrer" target="_blank">
                      {data.onlineUrl}
                    </a>
                  </dd>
                </>
              ) : null}
              {data.place ? (
                <>
                  <dt>{t('coordination.meeting.place')}</dt>
                  <dd>{data.place}</dd>
                </>
              ) : null}
              <dt>{t('coordination.meeting.organiser')}</dt>
              <dd>{data.organiser}</dd>
              <dt>{t('coordination.meeting.answers')}</dt>
              <dd>
                {t('coordination.meeting.answersText', {
                  invited: data.counts.invited,
                  attending: data.counts.attending,
                  declined: data.counts.declined,
                  pending: data.counts.pending,
                  present: data.counts.present,
                })}
              </dd>
            </dl>
            <h2>{t('coordination.meeting.agenda')}</h2>
            <div className="announcement__body">{data.agenda}</div>
            <MeetingResponseForm meeting={data} onAnswered={refresh} />
            <InviteeTable meeting={data} organiser={organiser} onSaved={refresh} />
            <section className="work-subsection" aria-labelledby="meeting-minutes-heading">
              <h2 id="meeting-minutes-heading">{t('coordination.minutes.heading')}</h2>
              {data.minutes ? (
                <>
                  <div className="announcement__body">{data.minutes.text}</div>
                  <p className="muted">
                    {t('coordination.minutes.by', {
                      name: data.minutes.recordedBy,
                      when: formatDateTime(data.minutes.recordedAt, lang),
                    })}
                  </p>
                </>
              ) : (
                <p className="muted">{t('coordination.minutes.none')}</p>
              )}
              {organiser ? <MinutesForm meeting={data} onSaved={refresh} /> : null}
            </section>
            <section className="work-subsection" aria-labelledby="meeting-follow-ups">
              <h2 id="meeting-follow-ups">{t('coordination.followUps.title')}</h2>
              <FollowUpList items={data.followUps} showMeeting={false} />
              {organiser ? <FollowUpForm meeting={data} onAdded={refresh} /> : null}
            </section>
          </>
        )}
      </AsyncContent>
    </>
  );
}
