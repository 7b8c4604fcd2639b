/** The trend over the period's quarters: the chart, and the same figures as a table (its text alternative). */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { DrillFilters } from './drill';
import { type FigureCounts, FigureTable } from './FigureTable';
import { TrendChart } from './TrendChart';
import { trendRows } from './table-rows';

export function TrendSection({
  id,
  title,
  period,
  points,
  drill,
  fileStem,
  downloads,
}: {
  id: string;
  title: string;
  period: string;
  points: readonly (FigureCounts & { quarter: number; label: string })[];
  drill: DrillFilters;
  fileStem: string;
  downloads?: ReactNode;
}) {
  const t = useT();
  return (
    <section className="work-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <TrendChart points={points} title={title} fileStem={fileStem} />
      <h3 id={`${id}-table`}>{t('dashboard.trend.table')}</h3>
      <FigureTable
        id={`${id}-table`}
        title={t('dashboard.trend.table')}
        period={period}
        nameHeader={t('dashboard.col.quarter')}
        rows={trendRows(points, drill)}
        showInstitutions={false}
        downloads={downloads}
      />
    </section>
  );
}
