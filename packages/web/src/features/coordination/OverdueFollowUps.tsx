/** The institution's overdue follow-ups of meetings, on its home. */
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { COORDINATION_PATHS } from './coordination-paths';

export function OverdueFollowUps({ id }: { id: string }) {
  const { t, tn, formatDate } = useI18n();
  const overdue = useApiGet('/api/follow-ups', { query: { overdue: 'true', limit: 20 } });
  return (
    <section className="work-subsection" aria-labelledby={id}>
      <h3 id={id}>{t('coordination.overdue.heading')}</h3>
      <AsyncContent state={overdue}>
        {(page) =>
          page.total === 0 ? (
            <p className="muted">{t('coordination.overdue.none')}</p>
          ) : (
            <ul className="queue-list">
              {page.items.map((item) => (
                <li key={item.id}>
                  <Link href={COORDINATION_PATHS.followUp(item.id)}>{item.title}</Link>{' '}
                  <span className="badge badge--accent">{tn('coordination.daysOverdue', item.daysOverdue)}</span>{' '}
                  <span className="muted">
                    {t('coordination.overdue.due', { date: formatDate(item.dueOn), meeting: item.meeting.title })}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncContent>
    </section>
  );
}
