import type { CatalogueDto } from '@pantau/core';
import { useI18n } from '../../i18n/I18nProvider';
import { countCatalogue } from '../../lib/catalogue';
import { OutputDetails } from './OutputDetails';

/** Fokus → aksi → outputs of one period. */
export function CatalogueTree({ catalogue }: { catalogue: CatalogueDto }) {
  const { t } = useI18n();
  const counts = countCatalogue(catalogue);
  if (counts.outputs === 0) return <p className="notice">{t('catalogue.empty')}</p>;
  return (
    <>
      <p className="muted">
        {t('catalogue.summary', { fokus: counts.fokus, aksi: counts.aksi, outputs: counts.outputs })}
      </p>
      {catalogue.fokus.map((fokus) => (
        <section key={fokus.code} className="fokus" aria-labelledby={`fokus-${fokus.code}`}>
          <h2 id={`fokus-${fokus.code}`}>
            <span className="eyebrow">{t('catalogue.fokus', { code: fokus.code })}</span> {fokus.name}
          </h2>
          {fokus.aksi.map((aksi) => (
            <section key={aksi.code} className="aksi" aria-labelledby={`aksi-${aksi.code}`}>
              <h3 id={`aksi-${aksi.code}`}>
                <span className="eyebrow">{t('catalogue.aksi', { code: aksi.code })}</span> {aksi.name}
              </h3>
              <ul className="outputs">
                {aksi.outputs.map((output) => (
                  <li key={output.code}>
                    <OutputDetails output={output} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
