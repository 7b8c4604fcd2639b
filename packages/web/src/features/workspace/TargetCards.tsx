import type { InstitutionTargetsDto } from '@pantau/core';
import { ReportStateBadge } from '../../components/work/ReportStateBadge';
import { StartReportButton } from '../../components/work/StartReportButton';
import { useI18n } from '../../i18n/I18nProvider';
import { boardStatus, isLate, missingEvidence, sortForBoard } from '../../lib/report-board';
import { Link } from '../../router';

/** The contributor's targets of the quarter as cards: what to do, what is missing, one button to go on. */
export function TargetCards({ data }: { data: InstitutionTargetsDto }) {
  const { t, tn } = useI18n();
  if (data.targets.length === 0) return <p className="notice">{t('board.noTargets')}</p>;
  return (
    <ul className="target-cards">
      {sortForBoard(data.targets).map((row) => {
        const status = boardStatus(row);
        const missing = missingEvidence(row);
        const late = isLate(row, data.daysLeft);
        const editable = status === 'draft' || status === 'revision_requested';
        const headingId = `target-${row.targetCode}`;
        return (
          <li key={row.targetCode} className={`target-card${late ? ' target-card--late' : ''}`}>
            <article aria-labelledby={headingId}>
              <h3 id={headingId} className="target-card__title">
                <span className="output__code">{row.targetCode}</span> {row.output.name}
              </h3>
              <p className="target-card__measure">{row.successMeasure}</p>
              {row.unit ? (
                <p className="target-card__unit muted">{t('units.unitOf', { unit: row.unit.name })}</p>
              ) : null}
              <p className="target-card__status">
                <ReportStateBadge state={status} />
                {late ? <span className="badge badge--danger">{t('board.late')}</span> : null}
                {row.report?.progress !== null && row.report?.progress !== undefined ? (
                  <span>{t('board.progressValue', { value: row.report.progress })}</span>
                ) : null}
                <span className={missing > 0 ? 'target-card__missing' : 'muted'}>
                  {missing > 0
                    ? tn('board.missingEvidence', missing, { required: row.evidenceRequired })
                    : t('board.evidenceComplete')}
                </span>
              </p>
              <div className="target-card__actions">
                {row.report === null ? (
                  data.quarterStatus === 'open' ? (
                    <StartReportButton period={data.period} targetCode={row.targetCode} />
                  ) : (
                    <span className="muted">{t('board.quarterNotOpen')}</span>
                  )
                ) : (
                  <Link
                    className={editable ? 'button' : 'button button--secondary'}
                    href={`/kerja/laporan/${row.report.id}`}
                  >
                    {t(editable ? 'board.continue' : 'board.view')}
                    <span className="visually-hidden"> {row.targetCode}</span>
                  </Link>
                )}
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
