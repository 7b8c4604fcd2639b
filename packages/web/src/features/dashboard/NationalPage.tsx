/** /pantauan: the national view — headline, trend, map and provinces, breakdowns, rankings, early warning. */
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useT } from '../../i18n/I18nProvider';
import { SupportActivitySection } from '../leader/SupportActivitySection';
import { BreakdownSection } from './BreakdownSection';
import { DashboardTop } from './DashboardTop';
import { ExportLinks } from './ExportLinks';
import { Headline } from './Headline';
import { ProvincesSection } from './ProvincesSection';
import { PublicationsSection } from './PublicationsSection';
import { RankingsSection } from './RankingsSection';
import { TrendSection } from './TrendSection';
import { TypesSection } from './TypesSection';
import { useScrollToHash } from './useScrollToHash';
import { useViewFrame } from './useViewFrame';
import { WarningsSection } from './WarningsSection';
import '../../components/work/work.css';
import './dashboard.css';

export default function NationalPage() {
  const t = useT();
  const asked = useViewFrame();
  const state = useApiGet('/api/dashboard/national', { query: asked });
  useScrollToHash(state.data !== undefined);
  return (
    <div className="dash">
      <AsyncContent state={state}>
        {(data) => {
          const frame = { period: data.period, quarter: data.quarter };
          const params = { period: data.period, quarter: data.quarter };
          return (
            <>
              <DashboardTop title={t('dashboard.national.title')} frame={data} national={false} />
              <Headline
                figures={data.headline}
                drill={{}}
                period={data.period}
                quarter={data.quarter}
                bands={data.headline.bands}
                impact={data.headline.impact}
              />
              <TrendSection
                id="dash-trend"
                title={t('dashboard.trend.heading')}
                period={data.period}
                points={data.trend}
                drill={{}}
                fileStem={`tren-nasional-${data.period}-q${data.quarter}`}
                downloads={<ExportLinks table="trend" name={t('dashboard.trend.table')} params={params} />}
              />
              <ProvincesSection frame={frame} />
              <TypesSection
                rows={data.byType}
                period={data.period}
                quarter={data.quarter}
                frame={frame}
                table="types"
                params={params}
              />
              <BreakdownSection frame={frame} />
              <section className="work-section" aria-labelledby="dash-rankings">
                <h2 id="dash-rankings">{t('dashboard.rankings.heading')}</h2>
                <RankingsSection measure="achievement" frame={frame} />
                <RankingsSection measure="compliance" frame={frame} />
              </section>
              <WarningsSection frame={frame} />
              <PublicationsSection frame={frame} />
              <SupportActivitySection frame={frame} />
            </>
          );
        }}
      </AsyncContent>
    </div>
  );
}
