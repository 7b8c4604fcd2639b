/** Follow-ups as a table: what, whose, due when, where it stands. */
import type { FollowUpDto } from '@pantau/core';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { followUpTone } from './coordination-format';
import { COORDINATION_PATHS } from './coordination-paths';

export function FollowUpStatus({ followUp }: { followUp: Pick<FollowUpDto, 'status' | 'overdue' | 'daysOverdue'> }) {
  const { t, tn } = useI18n();
  return (
    <span className={`badge badge--${followUpTone(followUp)}`}>
      {t(`coordination.followUp.status.${followUp.status}`)}
      {followUp.overdue ? ` · ${tn('coordination.daysOverdue', followUp.daysOverdue)}` : ''}
    </span>
  );
}

export function FollowUpList({ items, showMeeting }: { items: readonly FollowUpDto[]; showMeeting: boolean }) {
  const { t, formatDate } = useI18n();
  if (items.length === 0) return <p className="muted">{t('coordination.followUps.none')}</p>;
  return (
    <ScrollRegion label={t('coordination.followUps.title')}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('coordination.field.title')}</th>
            <th scope="col">{t('coordination.followUps.owner')}</th>
            {showMeeting ? <th scope="col">{t('coordination.followUps.meeting')}</th> : null}
            <th scope="col">{t('coordination.followUps.dueOn')}</th>
            <th scope="col">{t('coordination.receipts.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link href={COORDINATION_PATHS.followUp(item.id)}>{item.title}</Link>
              </th>
              <td>{item.owner.name}</td>
              {showMeeting ? <td>{item.meeting.title}</td> : null}
              <td>{formatDate(item.dueOn)}</td>
              <td>
                <FollowUpStatus followUp={item} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
