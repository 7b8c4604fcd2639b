/** How long an unanswered item has left, in working days, coloured by urgency; nothing once answered. */
import { useI18n } from '../../i18n/I18nProvider';
import { urgencyOf } from './desk-tabs';

const TONE = { late: 'badge--danger', today: 'badge--warn', soon: 'badge--warn', ahead: 'badge--open' } as const;

export function SlaBadge({ workingDaysLeft }: { workingDaysLeft: number | null }) {
  const { t, tn } = useI18n();
  const urgency = urgencyOf(workingDaysLeft);
  if (urgency === null || workingDaysLeft === null) return null;
  const text =
    urgency === 'late'
      ? tn('desk.sla.late', -workingDaysLeft)
      : urgency === 'today'
        ? t('desk.sla.today')
        : tn('desk.sla.ahead', workingDaysLeft);
  return <span className={`badge ${TONE[urgency]}`}>{text}</span>;
}
