/**
 * /kerja/katalog — admin: the catalogue of a period (fokus → aksi → outputs → targets) with each
 * output's assignment rules, every target's version history, and target revisions. Adding fokus,
 * aksi and outputs and editing assignments plug into the slots (./slots.tsx) when their API lands.
 */
import { useState } from 'react';
import type { ResponseOf } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useQuarterName } from '../../components/useQuarterName';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { WorkPeriodPicker } from '../../components/work/WorkPeriodPicker';
import { useI18n } from '../../i18n/I18nProvider';
import { pickDefaultPeriod } from '../../lib/periods';
import { useSearchParams } from '../../router';
import { AssignmentRules, CatalogueStructureSlot } from './slots';
import { TargetVersions } from './TargetVersions';
import '../../components/work/work.css';
import '../catalogue/catalogue.css';
import './admin.css';

type Catalogue = ResponseOf<'/api/periods/{code}/catalogue', 'get'>;
type Output = Catalogue['fokus'][number]['aksi'][number]['outputs'][number];

function OutputAdmin({ period, output }: { period: string; output: Output }) {
  const { t } = useI18n();
  const quarterName = useQuarterName();
  const [openTarget, setOpenTarget] = useState<string | null>(null);
  return (
    <details className="output">
      <summary className="output__summary">
        <span className="output__title">
          <span className="output__code">{output.code}</span> {output.name}
        </span>
      </summary>
      <div className="output__body">
        <AssignmentRules outputCode={output.code} rules={output.rules} institutionCount={output.institutionCount} />
        <ul className="admin-targets">
          {[...output.targets]
            .sort((a, b) => a.quarter - b.quarter)
            .map((target) => (
              <li key={target.code}>
                <p className="admin-targets__head">
                  <strong>{quarterName(target.quarter)}</strong> <span className="code">{target.code}</span>{' '}
                  <span className="muted">
                    {t('catalogue.version', { version: target.version })} · {t('catalogue.weight')} {target.weight}
                  </span>
                </p>
                <p>{target.successMeasure}</p>
                <button
                  type="button"
                  className="button--link"
                  aria-expanded={openTarget === target.code}
                  onClick={() => setOpenTarget(openTarget === target.code ? null : target.code)}
                >
                  {t('revision.history', { code: target.code })}
                </button>
                {openTarget === target.code ? <TargetVersions period={period} target={target} /> : null}
              </li>
            ))}
        </ul>
      </div>
    </details>
  );
}

export default function CatalogueAdminPage() {
  const { t } = useI18n();
  useDocumentTitle(t('catalogueAdmin.title'));
  const requested = useSearchParams().get('periode');
  const periods = useApiGet('/api/periods', {});
  const code = periods.data
    ? (periods.data.find((p) => p.code === requested) ?? pickDefaultPeriod(periods.data))?.code
    : null;
  const catalogue = useApiGet('/api/periods/{code}/catalogue', code ? { path: { code } } : null);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>{t('catalogueAdmin.title')}</h1>
        <p className="lead">{t('catalogueAdmin.lead')}</p>
      </div>
      <AsyncContent state={periods}>
        {(list) => (code ? <WorkPeriodPicker periods={list} value={code} base="/kerja/katalog" /> : null)}
      </AsyncContent>
      <CatalogueStructureSlot />
      {code ? (
        <AsyncContent state={catalogue}>
          {(data) => (
            <div className="catalogue-admin">
              {data.fokus.map((fokus) => (
                <section key={fokus.code} aria-labelledby={`fokus-${fokus.code}`}>
                  <h2 id={`fokus-${fokus.code}`}>
                    <span className="eyebrow">{t('catalogue.fokus', { code: fokus.code })}</span>
                    {fokus.name}
                  </h2>
                  {fokus.aksi.map((aksi) => (
                    <section key={aksi.code} aria-labelledby={`aksi-${aksi.code}`} className="aksi-admin">
                      <h3 id={`aksi-${aksi.code}`}>
                        <span className="eyebrow">{t('catalogue.aksi', { code: aksi.code })}</span>
                        {aksi.name}
                      </h3>
                      {aksi.outputs.map((output) => (
                        <OutputAdmin key={output.code} period={data.period} output={output} />
                      ))}
                    </section>
                  ))}
                </section>
              ))}
            </div>
          )}
        </AsyncContent>
      ) : null}
    </>
  );
}
