/** /kerja/koordinasi/tindak-lanjut/:id — one follow-up, its history with evidence, and the owner's update. */
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { Link, type PageProps } from '../../router';
import { can } from './can';
import { COORDINATION_PATHS, idParam } from './coordination-paths';
import { FollowUpStatus } from './FollowUpList';
import { FollowUpUpdateForm } from './FollowUpUpdateForm';
import '../../components/work/work.css';
import './coordination.css';

export default function FollowUpPage({ params }: PageProps) {
  const { t, lang, formatDate } = useI18n();
  const id = idParam(params.id) ?? 0;
  const { roles } = useAccount();
  const followUp = useApiGet('/api/follow-ups/{id}', { path: { id } });
  useDocumentTitle(followUp.data?.title ?? t('coordination.followUps.title'));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.heading') },
          { href: COORDINATION_PATHS.followUps, label: t('coordination.followUps.title') },
        ]}
      />
      <AsyncContent state={followUp}>
        {(item) => (
          <>
            <h1>{item.title}</h1>
            <p>
              <FollowUpStatus followUp={item} />
            </p>
            <dl className="coordination-facts">
              <dt>{t('coordination.followUps.meeting')}</dt>
              <dd>
                <Link href={COORDINATION_PATHS.meeting(item.meeting.id)}>{item.meeting.title}</Link>
              </dd>
              <dt>{t('coordination.followUps.owner')}</dt>
              <dd>{item.owner.name}</dd>
              <dt>{t('coordination.followUps.dueOn')}</dt>
              <dd>{formatDate(item.dueOn)}</dd>
            </dl>
            {item.description ? <div className="announcement__body">{item.description}</div> : null}
            <section className="work-subsection" aria-labelledby="follow-up-history">
              <h2 id="follow-up-history">{t('coordination.followUp.history')}</h2>
              {item.updates.length === 0 ? (
                <p className="muted">{t('coordination.followUp.noHistory')}</p>
              ) : (
                <ol className="queue-list">
                  {item.updates.map((update) => (
                    <li key={update.id}>
                      <strong>{t(`coordination.followUp.status.${update.status}`)}</strong>{' '}
                      <span className="muted">
                        {update.by} · {formatDateTime(update.at, lang)}
                      </span>
                      {update.note ? <p>{update.note}</p> : null}
                      {update.url ? (
                        <p>
                          <a href={update.url} rel="noopener noreferrer" target="_blank">
                            {update.url}
                          </a>
                        </p>
                      ) : null}
                      {update.attachment ? (
                        <p>
                          <a
                            href={`/api/follow-ups/${item.id}/updates/${update.id}/file`}
                            download={update.attachment.fileName}
                          >
                            {update.attachment.fileName}
                          </a>
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ol>
              )}
            </section>
            {can(roles, 'followup.update') ? <FollowUpUpdateForm followUp={item} onSaved={followUp.retry} /> : null}
          </>
        )}
      </AsyncContent>
    </>
  );
}
