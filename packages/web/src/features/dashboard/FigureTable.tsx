/** A table of figure rows (a breakdown, a trend, a province's institutions); every count links to its reports. */
import type { Band, GradeDistribution } from '@pantau/core';
import type { ReactNode } from 'react';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { Link } from '../../router';
import { BandBadge } from './BandBadge';
import { type DrillFilters, type DrillMeasure, drillHref } from './drill';
import { formatPercent } from './figure-format';
import { GradeBar } from './GradeBar';

export interface FigureCounts {
  achievement: number | null;
  band: Band | null;
  expected: number;
  submitted: number;
  onTime: number;
  complete: number;
  verified: number;
  notApplicable: number;
  rates: { submitted: number | null; onTime: number | null; complete: number | null; verified: number | null };
  grades?: GradeDistribution;
}

export interface FigureTableRow {
  key: string;
  name: string;
  /** The view one level down, when there is one. */
  href?: string | null;
  figures: FigureCounts;
  drill: DrillFilters;
  /** The quarter the row's counts are of (a trend row's own quarter). */
  quarter: number;
  institutions?: number;
  /** A province's own government, beside the province aggregate. */
  own?: { figures: FigureCounts; drill: DrillFilters } | null;
}

const COUNTS: readonly {
  measure: Exclude<DrillMeasure, 'achievement'>;
  label: MessageKey;
  rate?: 'submitted' | 'onTime' | 'complete' | 'verified';
}[] = [
  { measure: 'submitted', label: 'dashboard.col.submitted', rate: 'submitted' },
  { measure: 'onTime', label: 'dashboard.col.onTime', rate: 'onTime' },
  { measure: 'complete', label: 'dashboard.col.complete', rate: 'complete' },
  { measure: 'verified', label: 'dashboard.col.verified', rate: 'verified' },
  { measure: 'notApplicable', label: 'dashboard.col.notApplicable' },
];

export function FigureTable({
  id,
  title,
  period,
  rows,
  nameHeader,
  showInstitutions = true,
  showOwn = false,
  downloads,
}: {
  id: string;
  title: string;
  period: string;
  rows: readonly FigureTableRow[];
  nameHeader: string;
  showInstitutions?: boolean;
  showOwn?: boolean;
  downloads?: ReactNode;
}) {
  const { t, lang, formatNumber } = useI18n();
  const showGrades = rows.some((row) => row.figures.grades !== undefined);
  const drillLink = (row: FigureTableRow, drill: DrillFilters, measure: DrillMeasure, text: string, owner: string) => (
    <Link
      href={drillHref(period, row.quarter, drill, measure)}
      aria-label={t('dashboard.drillLabel', { value: text, measure: t(`dashboard.measure.${measure}`), row: owner })}
    >
      {text}
    </Link>
  );
  const achievementCell = (row: FigureTableRow, figures: FigureCounts, drill: DrillFilters, owner: string) => (
    <td className="dash-num">
      {figures.achievement === null
        ? '–'
        : drillLink(row, drill, 'achievement', formatPercent(figures.achievement, lang), owner)}{' '}
      <BandBadge band={figures.band} />
    </td>
  );
  return (
    <div className="dash-table">
      {downloads}
      <ScrollRegion labelledBy={id}>
        <table className="data-table dash-figures">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{nameHeader}</th>
              <th scope="col">{t('dashboard.col.achievement')}</th>
              {showInstitutions && <th scope="col">{t('dashboard.col.institutions')}</th>}
              <th scope="col">{t('dashboard.col.expected')}</th>
              {COUNTS.map((count) => (
                <th scope="col" key={count.measure}>
                  {t(count.label)}
                </th>
              ))}
              {showGrades && <th scope="col">{t('dashboard.grades.heading')}</th>}
              {showOwn && <th scope="col">{t('dashboard.col.ownAchievement')}</th>}
              {showOwn && <th scope="col">{t('dashboard.col.ownOnTime')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.href ? <Link href={row.href}>{row.name}</Link> : row.name}</th>
                {achievementCell(row, row.figures, row.drill, row.name)}
                {showInstitutions && <td className="dash-num">{formatNumber(row.institutions ?? 0)}</td>}
                <td className="dash-num">{formatNumber(row.figures.expected)}</td>
                {COUNTS.map((count) => (
                  <td className="dash-num" key={count.measure}>
                    {drillLink(row, row.drill, count.measure, formatNumber(row.figures[count.measure]), row.name)}
                    {count.rate && row.figures.rates[count.rate] !== null && (
                      <span className="dash-rate"> ({formatPercent(row.figures.rates[count.rate], lang)})</span>
                    )}
                  </td>
                ))}
                {showGrades && (
                  <td className="dash-grades">{row.figures.grades && <GradeBar grades={row.figures.grades} />}</td>
                )}
                {showOwn &&
                  (row.own ? (
                    achievementCell(row, row.own.figures, row.own.drill, t('dashboard.ownOf', { name: row.name }))
                  ) : (
                    <td>–</td>
                  ))}
                {showOwn && (
                  <td className="dash-num">
                    {row.own
                      ? drillLink(
                          row,
                          row.own.drill,
                          'onTime',
                          formatNumber(row.own.figures.onTime),
                          t('dashboard.ownOf', { name: row.name }),
                        )
                      : '–'}
                    {row.own && row.own.figures.rates.onTime !== null && (
                      <span className="dash-rate"> ({formatPercent(row.own.figures.rates.onTime, lang)})</span>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
