/** /pantauan/instansi/:code — one institution per quarter of the period and per output it carries. */
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useT } from '../../i18n/I18nProvider';
import { Link, type PageProps } from '../../router';
import { DashboardTop } from './DashboardTop';
import { ExportLinks } from './ExportLinks';
import { FigureTable } from './FigureTable';
import { Headline } from './Headline';
import { TrendSection } from './TrendSection';
import { figureRows, viewHref } from './table-rows';
import { useViewFrame } from './useViewFrame';
import '../../components/work/work.css';
import './dashboard.css';

export default function InstitutionPage({ params }: PageProps) {
  const t = useT();
  const code = params.code ?? '';
  const asked = useViewFrame();
  const state = useApiGet('/api/dashboard/institutions/{code}', { path: { code }, query: asked });
  return (
    <div className="dash">
      <AsyncContent state={state}>
        {(data) => {
          const frame = { period: data.period, quarter: data.quarter };
          const { institution } = data;
          const drill = { institution: institution.code };
          const current = data.quarters.find((point) => point.quarter === data.quarter);
          const params = { period: data.period, quarter: data.quarter, institution: institution.code };
          return (
            <>
              <DashboardTop title={institution.name} frame={data}>
                <p>
                  {t(`institutionType.${institution.type}`)}
                  {institution.provinceCode && institution.type !== 'kl' && (
                    <>
                      {' · '}
                      <Link href={viewHref('province', institution.provinceCode, frame)}>
                        {t('dashboard.institution.province')}
                      </Link>
                    </>
                  )}
                </p>
              </DashboardTop>
              {current && <Headline figures={current} drill={drill} period={data.period} quarter={data.quarter} />}
              <TrendSection
                id="dash-trend"
                title={t('dashboard.trend.heading')}
                period={data.period}
                points={data.quarters}
                drill={drill}
                fileStem={`tren-instansi-${institution.code}-${data.period}-q${data.quarter}`}
                downloads={
                  <ExportLinks table="institution-quarters" name={t('dashboard.trend.table')} params={params} />
                }
              />
              <section className="work-section" aria-labelledby="dash-outputs">
                <h2 id="dash-outputs">{t('dashboard.outputs.heading')}</h2>
                <FigureTable
                  id="dash-outputs"
                  title={t('dashboard.outputs.heading')}
                  period={data.period}
                  nameHeader={t('dashboard.col.output')}
                  showInstitutions={false}
                  rows={figureRows(
                    data.outputs.map((row) => ({ ...row, name: `${row.code} ${row.name}` })),
                    data.quarter,
                    frame,
                  )}
                  downloads={
                    <ExportLinks table="institution-outputs" name={t('dashboard.outputs.heading')} params={params} />
                  }
                />
              </section>
            </>
          );
        }}
      </AsyncContent>
    </div>
  );
}
