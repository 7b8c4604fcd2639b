import type { ResponseOf } from '../../api/typed';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { DeadlineCountdown } from '../DeadlineCountdown';
import { useQuarterName } from '../useQuarterName';
import { ImpactIndicatorText } from './ImpactText';
import { ReportStateBadge } from './ReportStateBadge';

type Report = ResponseOf<'/api/reports/{id}', 'get'>;

/** The report's target (what counts as success, weight, impact indicator) and where the report stands. */
export function ReportSummary({ report, today }: { report: Report; today: string }) {
  const { t, formatDate, lang } = useI18n();
  const quarterName = useQuarterName();
  const { target } = report;
  return (
    <div className="report-summary">
      <p className="report-summary__state">
        <ReportStateBadge state={report.state} />
        {report.round > 0 ? <span className="muted"> {t('queue.round', { round: report.round + 1 })}</span> : null}
        {report.onTime === false ? <span className="badge badge--danger">{t('board.late')}</span> : null}
      </p>
      <dl className="facts facts--grid">
        <div>
          <dt>{t('report.institution')}</dt>
          <dd>{report.institution.name}</dd>
        </div>
        {report.unit ? (
          <div>
            <dt>{t('units.reportUnit')}</dt>
            <dd>{report.unit.name}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('report.quarter')}</dt>
          <dd>
            {quarterName(report.quarter)} · {report.period.replace('-', '–')}
          </dd>
        </div>
        <div>
          <dt>{t('quarter.deadline')}</dt>
          <dd>
            {formatDate(report.deadline)}
            {report.submittedAt ? null : (
              <>
                {' · '}
                <DeadlineCountdown deadline={report.deadline} today={today} />
              </>
            )}
          </dd>
        </div>
        {report.submittedAt ? (
          <div>
            <dt>{t('board.submitted')}</dt>
            <dd>{formatDateTime(report.submittedAt, lang)}</dd>
          </div>
        ) : null}
        {report.score !== null ? (
          <div>
            <dt>{t('review.score')}</dt>
            <dd>
              {report.score}
              {report.qualityGrade ? ` · ${t(`grade.${report.qualityGrade}`)}` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      <h2 className="report-summary__aksi">
        <span className="eyebrow">{t('catalogue.aksi', { code: report.aksi.code })}</span>
        {report.aksi.name}
      </h2>
      <p>
        <span className="output__code">{report.output.code}</span> {report.output.name}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('catalogue.successMeasure')}</dt>
          <dd>{target.successMeasure}</dd>
        </div>
        <div>
          <dt>{t('catalogue.weight')}</dt>
          <dd>{target.weight}</dd>
        </div>
        {target.impact ? (
          <div>
            <dt>{t('catalogue.impact')}</dt>
            <dd>
              <ImpactIndicatorText indicator={target.impact} />
            </dd>
          </div>
        ) : null}
        {target.version !== target.currentVersion ? (
          <div>
            <dt>{t('report.targetVersion')}</dt>
            <dd>{t('report.targetVersionOld', { version: target.version, current: target.currentVersion })}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
