/** The verifier's home: the review queue of its aksi, with counts, age, filters and shortcuts. */
import { AsyncContent } from '../../components/AsyncContent';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { CoordinationSection } from '../coordination/CoordinationSection';
import { ReviewQueue } from '../review/ReviewQueue';
import { DashboardLinks } from './DashboardLinks';

export default function VerifierHome() {
  const { t } = useI18n();
  const periods = usePeriods();
  return (
    <section className="work-section" aria-labelledby="home-verifier">
      <h2 id="home-verifier">{t('queue.heading')}</h2>
      <p className="muted">{t('queue.lead')}</p>
      <AsyncContent state={periods}>{(list) => <ReviewQueue base="/kerja" periods={list} />}</AsyncContent>
      <p>
        <Link href="/kerja/lapangan">{t('field.homeLink')}</Link> — {t('field.homeLink.text')}
      </p>
      <DashboardLinks id="verifier-dashboards" />
      <CoordinationSection id="verifier-coordination" />
    </section>
  );
}
