/** /pantauan/provinsi/:code — a province with its kabupaten/kota, its government alone, its trend, types and institutions. */
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useT } from '../../i18n/I18nProvider';
import type { PageProps } from '../../router';
import { DashboardTop } from './DashboardTop';
import { ExportLinks } from './ExportLinks';
import { FigureTable } from './FigureTable';
import { Headline } from './Headline';
import { TrendSection } from './TrendSection';
import { TypesSection } from './TypesSection';
import { figureRows } from './table-rows';
import { useViewFrame } from './useViewFrame';
import '../../components/work/work.css';
import './dashboard.css';

export default function ProvincePage({ params }: PageProps) {
  const t = useT();
  const code = params.code ?? '';
  const asked = useViewFrame();
  const state = useApiGet('/api/dashboard/provinces/{code}', { path: { code }, query: asked });
  return (
    <div className="dash">
      <AsyncContent state={state}>
        {(data) => {
          const frame = { period: data.period, quarter: data.quarter };
          const { province } = data;
          return (
            <>
              <DashboardTop title={province.name} frame={data}>
                <p>{t('dashboard.province.intro')}</p>
              </DashboardTop>
              <Headline figures={province} drill={province.drill} period={data.period} quarter={data.quarter} />
              {province.own && (
                <section className="work-subsection" aria-labelledby="dash-own">
                  <h2 id="dash-own">{t('dashboard.province.own')}</h2>
                  <Headline
                    figures={province.own}
                    drill={{ institution: province.code }}
                    period={data.period}
                    quarter={data.quarter}
                  />
                </section>
              )}
              <TrendSection
                id="dash-trend"
                title={t('dashboard.trend.heading')}
                period={data.period}
                points={data.trend}
                drill={province.drill}
                fileStem={`tren-provinsi-${province.code}-${data.period}-q${data.quarter}`}
                downloads={
                  <ExportLinks
                    table="province-trend"
                    name={t('dashboard.trend.table')}
                    params={{ period: data.period, quarter: data.quarter, province: province.code }}
                  />
                }
              />
              <section className="work-section" aria-labelledby="dash-institutions">
                <h2 id="dash-institutions">{t('dashboard.province.institutions')}</h2>
                <FigureTable
                  id="dash-institutions"
                  title={t('dashboard.province.institutions')}
                  period={data.period}
                  nameHeader={t('dashboard.col.institution')}
                  rows={figureRows(data.institutions, data.quarter, frame, 'institution')}
                  downloads={
                    <ExportLinks
                      table="province-institutions"
                      name={t('dashboard.province.institutions')}
                      params={{ period: data.period, quarter: data.quarter, province: province.code }}
                    />
                  }
                />
              </section>
              <TypesSection
                rows={data.byType}
                period={data.period}
                quarter={data.quarter}
                frame={frame}
                table="province-types"
                params={{ period: data.period, quarter: data.quarter, province: province.code }}
              />
            </>
          );
        }}
      </AsyncContent>
    </div>
  );
}
