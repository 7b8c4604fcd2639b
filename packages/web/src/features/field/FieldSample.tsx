/** A quarter's field-verification sample: how it was drawn, and the sampled reports in draw order. */
import { useState } from 'react';
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useQuarterName } from '../../components/useQuarterName';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/datetime';
import { itemsInScope, SAMPLE_PAGE_SIZE } from './field-sample';
import { SampleRow } from './SampleRow';

export function FieldSample({ period, quarter }: { period: string; quarter: number }) {
  const { t, lang } = useI18n();
  const quarterName = useQuarterName();
  const account = useAccount();
  const [shown, setShown] = useState(SAMPLE_PAGE_SIZE);
  // A saved result reloads the sample in place (retry keeps the rows and their forms mounted).
  const sample = useApiGet('/api/periods/{code}/quarters/{quarter}/sample', { path: { code: period, quarter } });
  // Verifiers check only their own aksi (admin and observers see the whole sample).
  const limited = account.roles.includes('verifier') && !account.roles.includes('admin');
  const ownAksi = limited ? account.verifierAksi.filter((a) => a.period === period).map((a) => a.code) : null;
  return (
    <section className="work-subsection" aria-labelledby="field-sample-heading">
      <h2 id="field-sample-heading">{t('field.sampleHeading', { quarter: quarterName(quarter) })}</h2>
      <AsyncContent state={sample}>
        {(data) => {
          const items = itemsInScope(data.items, ownAksi);
          const next = Math.min(SAMPLE_PAGE_SIZE, items.length - shown);
          return (
            <>
              <p>
                {t('field.sampleSummary', {
                  size: data.size,
                  population: data.population.length,
                  when: formatDateTime(data.drawnAt, lang),
                })}
              </p>
              <p className="muted field-check__seed">{t('field.seed', { seed: data.seed })}</p>
              {ownAksi ? <p>{t('field.ownAksiOnly', { count: items.length })}</p> : null}
              {items.length === 0 ? <p className="notice">{t('field.noneInScope')}</p> : null}
              <ol className="field-check__list">
                {items.slice(0, shown).map((item) => (
                  <SampleRow key={item.reportId} item={item} onSaved={sample.retry} />
                ))}
              </ol>
              {next > 0 ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setShown((count) => count + SAMPLE_PAGE_SIZE)}
                >
                  {t('field.showMore', { count: next })}
                </button>
              ) : null}
            </>
          );
        }}
      </AsyncContent>
    </section>
  );
}
