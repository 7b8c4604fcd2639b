/** /kerja/lapangan: the field-verification sample of a quarter, with a form per report to record what was found. */
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { usePeriods } from '../../components/work/usePeriods';
import { useI18n } from '../../i18n/I18nProvider';
import { pickWorkQuarter } from '../../lib/work-quarter';
import { useSearchParams } from '../../router';
import { QuarterPicker } from '../workspace/QuarterPicker';
import { FieldSample } from './FieldSample';
import { sampleQuarter } from './field-sample';
import '../../components/work/work.css';
import './field.css';

export default function FieldCheckPage() {
  const { t } = useI18n();
  useDocumentTitle(t('field.title'));
  const periods = usePeriods();
  const asked = useSearchParams().get('triwulan');
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>{t('field.title')}</h1>
        <p className="lead">{t('field.lead')}</p>
      </div>
      <AsyncContent state={periods}>
        {(list) => {
          const work = pickWorkQuarter(list);
          if (!work) return <p className="notice">{t('work.noQuarter')}</p>;
          const quarter = sampleQuarter(work.period, asked, work.quarter.number);
          return (
            <>
              <QuarterPicker period={work.period} value={quarter} id="field-quarter" />
              <FieldSample period={work.period.code} quarter={quarter} />
            </>
          );
        }}
      </AsyncContent>
    </>
  );
}
