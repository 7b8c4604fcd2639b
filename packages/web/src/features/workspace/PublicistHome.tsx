/** The publicist's home: the institution's verified figures, the material for its publications. */
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { InstitutionFigures } from '../../components/work/InstitutionFigures';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { pickDefaultPeriod } from '../../lib/periods';
import { Link } from '../../router';
import { CoordinationSection } from '../coordination/CoordinationSection';
import { COORDINATION_PATHS } from '../coordination/coordination-paths';

export default function PublicistHome() {
  const { t } = useI18n();
  const user = useAccount();
  const periods = usePeriods();
  const code = user.institution?.code;
  return (
    <section className="work-section" aria-labelledby="home-publicist">
      <h2 id="home-publicist">{t('publicist.heading', { name: user.institution?.name ?? '' })}</h2>
      <p className="muted">{t('publicist.lead')}</p>
      <p>
        <Link className="button" href={COORDINATION_PATHS.publications}>
          {t('coordination.publications.title')}
        </Link>
      </p>
      {code ? (
        <AsyncContent state={periods}>
          {(list) => {
            const period = pickDefaultPeriod(list);
            if (!period) return <p className="notice">{t('home.noPeriod')}</p>;
            return (
              <section className="work-subsection" aria-labelledby="publicist-figures">
                <h3 id="publicist-figures">{t('figures.heading')}</h3>
                <InstitutionFigures
                  code={code}
                  period={period.code}
                  highlight={period.currentQuarter ?? undefined}
                  headingId="publicist-figures"
                />
                <p>
                  <Link href={`/instansi/${encodeURIComponent(code)}`}>{t('publicist.publicPage')}</Link>
                </p>
              </section>
            );
          }}
        </AsyncContent>
      ) : (
        <p className="notice">{t('work.noInstitution')}</p>
      )}
      <CoordinationSection id="publicist-coordination" />
    </section>
  );
}
