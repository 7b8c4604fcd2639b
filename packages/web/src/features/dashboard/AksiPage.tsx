/** /pantauan/aksi/:code — one aksi: its figures, per output and per institution type. */
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useT } from '../../i18n/I18nProvider';
import type { PageProps } from '../../router';
import { DashboardTop } from './DashboardTop';
import { ExportLinks } from './ExportLinks';
import { FigureTable } from './FigureTable';
import { Headline } from './Headline';
import { TypesSection } from './TypesSection';
import { figureRows } from './table-rows';
import { useViewFrame } from './useViewFrame';
import '../../components/work/work.css';
import './dashboard.css';

export default function AksiPage({ params }: PageProps) {
  const t = useT();
  const code = params.code ?? '';
  const asked = useViewFrame();
  const state = useApiGet('/api/dashboard/aksi/{code}', { path: { code }, query: asked });
  return (
    <div className="dash">
      <AsyncContent state={state}>
        {(data) => {
          const frame = { period: data.period, quarter: data.quarter };
          const { aksi } = data;
          const params = { period: data.period, quarter: data.quarter, aksi: aksi.code };
          return (
            <>
              <DashboardTop title={t('dashboard.aksi.title', { code: aksi.code, name: aksi.name })} frame={data}>
                <p>{t('dashboard.aksi.fokus', { name: aksi.fokusName })}</p>
              </DashboardTop>
              <Headline figures={aksi} drill={aksi.drill} period={data.period} quarter={data.quarter} />
              <section className="work-section" aria-labelledby="dash-outputs">
                <h2 id="dash-outputs">{t('dashboard.outputs.heading')}</h2>
                <FigureTable
                  id="dash-outputs"
                  title={t('dashboard.outputs.heading')}
                  period={data.period}
                  nameHeader={t('dashboard.col.output')}
                  rows={figureRows(
                    data.outputs.map((row) => ({ ...row, name: `${row.code} ${row.name}` })),
                    data.quarter,
                    frame,
                  )}
                  downloads={<ExportLinks table="aksi-outputs" name={t('dashboard.outputs.heading')} params={params} />}
                />
              </section>
              <TypesSection
                rows={data.byType}
                period={data.period}
                quarter={data.quarter}
                frame={frame}
                table="aksi-types"
                params={params}
              />
            </>
          );
        }}
      </AsyncContent>
    </div>
  );
}
