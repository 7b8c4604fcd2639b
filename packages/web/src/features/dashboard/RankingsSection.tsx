/** Best and worst institutions by one measure, with the band, and the movers since the previous quarter. */
import type { RankingsDto } from '@pantau/core';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useQuarterName } from '../../components/useQuarterName';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { BandBadge } from './BandBadge';
import type { ViewFrame } from './drill';
import { ExportLinks } from './ExportLinks';
import { formatChange, formatPercent } from './figure-format';
import { viewHref } from './table-rows';

type Measure = RankingsDto['by'];
type Institution = RankingsDto['best'][number]['institution'];

function InstitutionLink({ institution, frame }: { institution: Institution; frame: ViewFrame }) {
  return <Link href={viewHref('institution', institution.code, frame)}>{institution.name}</Link>;
}

function RankTable({
  id,
  title,
  rows,
  frame,
}: {
  id: string;
  title: string;
  rows: RankingsDto['best'];
  frame: ViewFrame;
}) {
  const { t, lang, formatNumber } = useI18n();
  return (
    <>
      <h4 id={id}>{title}</h4>
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.none')}</p>
      ) : (
        <ScrollRegion labelledBy={id}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.col.rank')}</th>
                <th scope="col">{t('dashboard.col.institution')}</th>
                <th scope="col">{t('dashboard.col.value')}</th>
                <th scope="col">{t('dashboard.col.band')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.institution.code}>
                  <td className="dash-num">{formatNumber(row.rank)}</td>
                  <th scope="row">
                    <InstitutionLink institution={row.institution} frame={frame} />
                  </th>
                  <td className="dash-num">{formatPercent(row.value, lang)}</td>
                  <td>
                    <BandBadge band={row.band} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}

function MoverTable({
  id,
  title,
  rows,
  frame,
}: {
  id: string;
  title: string;
  rows: RankingsDto['movers']['up'];
  frame: ViewFrame;
}) {
  const { t, lang } = useI18n();
  return (
    <>
      <h4 id={id}>{title}</h4>
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.none')}</p>
      ) : (
        <ScrollRegion labelledBy={id}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.col.institution')}</th>
                <th scope="col">{t('dashboard.col.previous')}</th>
                <th scope="col">{t('dashboard.col.current')}</th>
                <th scope="col">{t('dashboard.col.change')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.institution.code}>
                  <th scope="row">
                    <InstitutionLink institution={row.institution} frame={frame} />
                  </th>
                  <td className="dash-num">{formatPercent(row.previous, lang)}</td>
                  <td className="dash-num">{formatPercent(row.current, lang)}</td>
                  <td className="dash-num">{formatChange(row.change, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}

export function RankingsSection({ measure, frame }: { measure: Measure; frame: ViewFrame }) {
  const t = useI18n().t;
  const quarterName = useQuarterName();
  const state = useApiGet('/api/dashboard/rankings', {
    query: { period: frame.period, quarter: frame.quarter, by: measure, limit: 5 },
  });
  const heading = t(`dashboard.rankings.${measure}`);
  const base = `dash-rank-${measure}`;
  return (
    <section className="work-subsection" aria-labelledby={base}>
      <h3 id={base}>{heading}</h3>
      <AsyncContent state={state}>
        {(data) => (
          <>
            <p className="muted">{t('dashboard.rankings.ranked', { count: data.ranked })}</p>
            <ExportLinks
              table="rankings"
              name={heading}
              params={{ period: data.period, quarter: data.quarter, by: measure, limit: 5 }}
            />
            <div className="dash-pair">
              <div>
                <RankTable id={`${base}-best`} title={t('dashboard.rankings.best')} rows={data.best} frame={frame} />
              </div>
              <div>
                <RankTable id={`${base}-worst`} title={t('dashboard.rankings.worst')} rows={data.worst} frame={frame} />
              </div>
            </div>
            {data.movers.previousQuarter !== null && (
              <div className="dash-pair">
                <div>
                  <MoverTable
                    id={`${base}-up`}
                    title={t('dashboard.rankings.up', { quarter: quarterName(data.movers.previousQuarter) })}
                    rows={data.movers.up}
                    frame={frame}
                  />
                </div>
                <div>
                  <MoverTable
                    id={`${base}-down`}
                    title={t('dashboard.rankings.down', { quarter: quarterName(data.movers.previousQuarter) })}
                    rows={data.movers.down}
                    frame={frame}
                  />
                </div>
              </div>
            )}
          </>
        )}
      </AsyncContent>
    </section>
  );
}
