/** The contributor's home: this quarter's targets, their state, missing evidence and the days left. */
import { useMemo } from 'react';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { QuarterHeading } from '../../components/work/QuarterHeading';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { todayInJakarta } from '../../lib/dates';
import { summarizeBoard } from '../../lib/report-board';
import { pickWorkQuarter, type WorkQuarter } from '../../lib/work-quarter';
import { CoordinationSection } from '../coordination/CoordinationSection';
import { OverdueFollowUps } from '../coordination/OverdueFollowUps';
import { TargetCards } from './TargetCards';
import { useInstitutionQuarter } from './useInstitutionQuarter';

function ThisQuarter({ code, work }: { code: string; work: WorkQuarter }) {
  const { tn } = useI18n();
  const today = useMemo(() => todayInJakarta(new Date()), []);
  const targets = useInstitutionQuarter(code, work);
  return (
    <AsyncContent state={targets}>
      {(data) => {
        const summary = summarizeBoard(data);
        const toDo = summary.byStatus.not_started + summary.byStatus.draft + summary.byStatus.revision_requested;
        return (
          <>
            <div className="panel panel--highlight">
              <QuarterHeading work={work} deadline={data.deadline} today={today} />
              <p className="work-summary">
                {tn('contributor.toDo', toDo)} · {tn('contributor.incomplete', summary.incomplete)}
              </p>
            </div>
            <TargetCards data={data} />
          </>
        );
      }}
    </AsyncContent>
  );
}

export default function ContributorHome() {
  const { t } = useI18n();
  const user = useAccount();
  const periods = usePeriods();
  return (
    <section className="work-section" aria-labelledby="home-contributor">
      <h2 id="home-contributor">{t('contributor.heading')}</h2>
      {user.institution ? (
        <AsyncContent state={periods}>
          {(list) => {
            const work = pickWorkQuarter(list);
            if (!work) return <p className="notice">{t('work.noQuarter')}</p>;
            return <ThisQuarter code={user.institution?.code ?? ''} work={work} />;
          }}
        </AsyncContent>
      ) : (
        <p className="notice">{t('work.noInstitution')}</p>
      )}
      <OverdueFollowUps id="contributor-overdue-follow-ups" />
      <CoordinationSection id="contributor-coordination" />
    </section>
  );
}
