import type { PeriodDto } from '@pantau/core';
import { DeadlineCountdown } from '../../components/DeadlineCountdown';
import { QuarterStatusBadge } from '../../components/QuarterStatusBadge';
import { useQuarterName } from '../../components/useQuarterName';
import { useI18n } from '../../i18n/I18nProvider';
import { currentQuarter } from '../../lib/periods';

/** The headline of the home page: which quarter we are in and how long is left to report. */
export function CurrentQuarter({ period, today }: { period: PeriodDto; today: string }) {
  const { t, formatDate } = useI18n();
  const quarterName = useQuarterName();
  const quarter = currentQuarter(period);
  if (!quarter) return <p className="current-quarter">{t('home.noCurrentQuarter')}</p>;
  return (
    <div className="current-quarter">
      <p className="current-quarter__name">
        {t('home.currentQuarter', { quarter: quarterName(quarter.number) })}{' '}
        <QuarterStatusBadge status={quarter.status} />
      </p>
      <p className="current-quarter__deadline">
        {t('home.deadlineOn', { date: formatDate(quarter.deadline) })}
        {' · '}
        <strong>
          <DeadlineCountdown deadline={quarter.deadline} today={today} />
        </strong>
      </p>
    </div>
  );
}
