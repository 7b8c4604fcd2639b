/** Every province on the map and in a table: the province with its kabupaten/kota, and its government alone. */
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useT } from '../../i18n/I18nProvider';
import { type ViewFrame, viewSearch } from './drill';
import { ExportLinks } from './ExportLinks';
import { FigureTable } from './FigureTable';
import { ProvinceMap } from './ProvinceMap';
import { provinceRows } from './table-rows';

export function ProvincesSection({ frame }: { frame: { period: string; quarter: number } }) {
  const t = useT();
  const state = useApiGet('/api/dashboard/provinces', { query: frame });
  const view: ViewFrame = frame;
  return (
    <section className="work-section" aria-labelledby="dash-provinces">
      <h2 id="dash-provinces">{t('dashboard.provinces.heading')}</h2>
      <p className="muted">{t('dashboard.provinces.text')}</p>
      <AsyncContent state={state}>
        {(data) => (
          <>
            <ProvinceMap
              rows={data.rows}
              title={t('dashboard.map.title', { quarter: data.label })}
              fileStem={`peta-provinsi-${data.period}-q${data.quarter}`}
              query={viewSearch(view)}
            />
            <FigureTable
              id="dash-provinces"
              title={t('dashboard.provinces.heading')}
              period={data.period}
              nameHeader={t('dashboard.col.province')}
              rows={provinceRows(data.rows, data.quarter, view)}
              showOwn
              downloads={
                <ExportLinks
                  table="provinces"
                  name={t('dashboard.provinces.heading')}
                  params={{ period: data.period, quarter: data.quarter }}
                />
              }
            />
          </>
        )}
      </AsyncContent>
    </section>
  );
}
