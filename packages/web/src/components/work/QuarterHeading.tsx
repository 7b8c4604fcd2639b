import { useI18n } from '../../i18n/I18nProvider';
import { formatPeriodCode } from '../../lib/format';
import type { WorkQuarter } from '../../lib/work-quarter';
import { DeadlineCountdown } from '../DeadlineCountdown';
import { QuarterStatusBadge } from '../QuarterStatusBadge';
import { useQuarterName } from '../useQuarterName';

/** "Triwulan VIII · 2025–2026", its status, the deadline and the days left (counted in WIB). */
export function QuarterHeading({ work, deadline, today }: { work: WorkQuarter; deadline: string; today: string }) {
  const { t, formatDate } = useI18n();
  const quarterName = useQuarterName();
  return (
    <div className="quarter-heading">
      <p className="quarter-heading__name">
        <strong>{quarterName(work.quarter.number)}</strong> ·{' '}
        {t('period.label', { code: formatPeriodCode(work.period.code) })}{' '}
        <QuarterStatusBadge status={work.quarter.status} />
      </p>
      <p className="quarter-heading__deadline">
        {t('home.deadlineOn', { date: formatDate(deadline) })} ·{' '}
        <strong>
          <DeadlineCountdown deadline={deadline} today={today} />
        </strong>
      </p>
    </div>
  );
}
