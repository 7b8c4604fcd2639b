import type { InstitutionTargetsDto } from '@pantau/core';
import { ReportStateBadge } from '../../components/work/ReportStateBadge';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { StartReportButton } from '../../components/work/StartReportButton';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { boardStatus, isLate, missingEvidence, sortForBoard } from '../../lib/report-board';
import { Link } from '../../router';

/** Every target of the quarter × its report's state; late and incomplete rows are marked in words. */
export function InstitutionBoard({ data, headingId }: { data: InstitutionTargetsDto; headingId: string }) {
  const { t, lang, formatNumber } = useI18n();
  if (data.targets.length === 0) return <p className="notice">{t('board.noTargets')}</p>;
  return (
    <ScrollRegion labelledBy={headingId}>
      <table className="data-table board">
        <thead>
          <tr>
            <th scope="col">{t('board.target')}</th>
            <th scope="col">{t('board.status')}</th>
            <th scope="col">{t('board.progress')}</th>
            <th scope="col">{t('board.evidence')}</th>
            <th scope="col">{t('board.submitted')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('board.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sortForBoard(data.targets).map((row) => {
            const status = boardStatus(row);
            const late = isLate(row, data.daysLeft);
            const missing = missingEvidence(row);
            return (
              <tr key={row.targetCode} className={late ? 'board__row--late' : undefined}>
                <th scope="row">
                  <span className="output__code">{row.targetCode}</span>
                  <span className="board__output">{row.output.name}</span>
                  {row.unit ? (
                    <span className="board__output muted">{t('units.unitOf', { unit: row.unit.name })}</span>
                  ) : null}
                </th>
                <td>
                  <ReportStateBadge state={status} />
                  {late ? <span className="badge badge--danger">{t('board.late')}</span> : null}
                </td>
                <td>{row.report?.progress === null || !row.report ? '–' : `${formatNumber(row.report.progress)} %`}</td>
                <td className={missing > 0 ? 'board__missing' : undefined}>
                  {t('board.evidenceCount', {
                    covered: row.report?.evidenceCovered ?? 0,
                    required: row.evidenceRequired,
                  })}
                  {missing > 0 ? (
                    <span className="board__missing-note"> {t('board.missingShort', { count: missing })}</span>
                  ) : null}
                </td>
                <td>{row.report?.submittedAt ? formatDateTime(row.report.submittedAt, lang) : '–'}</td>
                <td>
                  {row.report ? (
                    <Link href={`/kerja/laporan/${row.report.id}`}>
                      {t(status === 'ready' ? 'board.review' : 'board.open')}
                      <span className="visually-hidden"> {row.targetCode}</span>
                    </Link>
                  ) : data.quarterStatus === 'open' ? (
                    <StartReportButton period={data.period} targetCode={row.targetCode} />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
