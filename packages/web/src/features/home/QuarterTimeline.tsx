import type { PeriodDto } from '@pantau/core';
import { DeadlineCountdown } from '../../components/DeadlineCountdown';
import { QuarterStatusBadge } from '../../components/QuarterStatusBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { useQuarterName } from '../../components/useQuarterName';
import { useI18n } from '../../i18n/I18nProvider';

interface QuarterTimelineProps {
  period: PeriodDto;
  today: string;
}

/** The eight quarters of a period in order, with dates, deadline and status; the current one stands out. */
export function QuarterTimeline({ period, today }: QuarterTimelineProps) {
  const { t, formatDate, formatDateRange } = useI18n();
  const quarterName = useQuarterName();
  return (
    <ol className="timeline">
      {period.quarters.map((quarter) => {
        const current = quarter.number === period.currentQuarter;
        return (
          <li
            key={quarter.number}
            className={`timeline__item timeline__item--${quarter.status}${current ? ' timeline__item--current' : ''}`}
            aria-current={current ? 'step' : undefined}
          >
            <div className="timeline__head">
              <h3 className="timeline__name">{quarterName(quarter.number)}</h3>
              {current ? <StatusBadge tone="accent">{t('quarter.current')}</StatusBadge> : null}
              <QuarterStatusBadge status={quarter.status} />
            </div>
            <dl className="facts facts--compact">
              <div>
                <dt>{t('quarter.period')}</dt>
                <dd>{formatDateRange(quarter.startsOn, quarter.endsOn)}</dd>
              </div>
              <div>
                <dt>{t('quarter.deadline')}</dt>
                <dd>
                  <time dateTime={quarter.deadline}>{formatDate(quarter.deadline)}</time>
                  {current ? (
                    <span className="timeline__countdown">
                      <DeadlineCountdown deadline={quarter.deadline} today={today} />
                    </span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>{t('quarter.verificationEnds')}</dt>
                <dd>
                  <time dateTime={quarter.verificationEndsOn}>{formatDate(quarter.verificationEndsOn)}</time>
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
