/** Figures per institution type (K/L, provinsi, kabupaten, kota), as a table with its downloads. */
import { useT } from '../../i18n/I18nProvider';
import type { ViewFrame } from './drill';
import { ExportLinks } from './ExportLinks';
import { FigureTable } from './FigureTable';
import { type ApiRow, figureRows } from './table-rows';

export function TypesSection({
  rows,
  period,
  quarter,
  frame,
  table,
  params,
}: {
  rows: readonly ApiRow[];
  period: string;
  quarter: number;
  frame: ViewFrame;
  /** The export of these rows, and its filters. */
  table: string;
  params: Record<string, string | number | undefined>;
}) {
  const t = useT();
  const title = t('dashboard.types.heading');
  const named = rows.map((row) => ({ ...row, name: t(`institutionType.${row.code}` as 'institutionType.kl') }));
  return (
    <section className="work-section" aria-labelledby="dash-types">
      <h2 id="dash-types">{title}</h2>
      <FigureTable
        id="dash-types"
        title={title}
        period={period}
        nameHeader={t('dashboard.col.type')}
        rows={figureRows(named, quarter, frame)}
        downloads={<ExportLinks table={table} name={title} params={params} />}
      />
    </section>
  );
}
