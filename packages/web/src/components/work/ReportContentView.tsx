import type { ResponseOf } from '../../api/typed';
import { useI18n } from '../../i18n/I18nProvider';
import { JudgedImpactText } from './ImpactText';

type Report = ResponseOf<'/api/reports/{id}', 'get'>;

/** The report's narrative, progress, impact value and any not-applicable claim, read-only. */
export function ReportContentView({ report }: { report: Report }) {
  const { t, formatNumber } = useI18n();
  return (
    <dl className="facts">
      <div>
        <dt>{t('report.narrative')}</dt>
        <dd className="narrative">{report.narrative || <span className="muted">{t('report.empty')}</span>}</dd>
      </div>
      <div>
        <dt>{t('report.progress')}</dt>
        <dd>{report.progress === null ? '–' : `${formatNumber(report.progress)} %`}</dd>
      </div>
      {report.target.impact ? (
        <div>
          <dt>{t('report.impactValue', { name: report.target.impact.name, unit: report.target.impact.unit })}</dt>
          <dd>
            {report.impactValue === null ? '–' : formatNumber(report.impactValue)}
            <br />
            <JudgedImpactText indicator={report.target.impact} value={report.impactValue} />
          </dd>
        </div>
      ) : null}
      {report.notApplicable ? (
        <div>
          <dt>{t('report.naLegend')}</dt>
          <dd>{report.notApplicableReason}</dd>
        </div>
      ) : null}
    </dl>
  );
}
