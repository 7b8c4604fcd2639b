/**
 * The leader's home (/kerja): the one-page brief of their institution, then the way to its report
 * card, support log and work units, the province view when the account has it, and coordination
 * (meetings they are invited to, announcements addressed to them).
 */
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { Tool } from '../../components/work/Tool';
import { useI18n } from '../../i18n/I18nProvider';
import { CoordinationSection } from '../coordination/CoordinationSection';
import { BriefView } from './BriefView';

function Brief({ code }: { code: string }) {
  const brief = useApiGet('/api/institutions/{code}/brief', { path: { code }, query: {} });
  return <AsyncContent state={brief}>{(data) => <BriefView brief={data} linkReports />}</AsyncContent>;
}

export default function LeaderHome() {
  const { t } = useI18n();
  const user = useAccount();
  const code = user.institution?.code;
  return (
    <section className="work-section" aria-labelledby="home-leader">
      <h2 id="home-leader">{t('leader.heading', { name: user.institution?.name ?? '' })}</h2>
      {code ? <Brief code={code} /> : <p className="notice">{t('work.noInstitution')}</p>}
      <ul className="tool-grid">
        <Tool href="/kerja/unduhan" title={t('downloads.tool.card')} text={t('downloads.tool.card.text')} />
        <Tool href="/kerja/pendampingan" title={t('support.tool')} text={t('support.tool.text')} />
        <Tool href="/kerja/unit" title={t('units.tool')} text={t('units.tool.text')} />
        {user.provinceView ? (
          <Tool href="/kerja/provinsi" title={t('province.tool')} text={t('province.tool.text')} />
        ) : null}
      </ul>
      <CoordinationSection id="leader-coordination" />
    </section>
  );
}
