/**
 * /kerja/katalog — admin: the catalogue of a period (fokus → aksi → outputs → targets): add and
 * rename fokus, aksi and outputs, add targets and revise them (every version kept), and edit each
 * output's assignment rules with a live count of the institutions a rule reaches.
 */
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { WorkPeriodPicker } from '../../components/work/WorkPeriodPicker';
import { useI18n } from '../../i18n/I18nProvider';
import { pickDefaultPeriod } from '../../lib/periods';
import { useSearchParams } from '../../router';
import { CatalogueEntryToggle } from './CatalogueEntryForm';
import { OutputAdmin } from './OutputAdmin';
import '../../components/work/work.css';
import '../catalogue/catalogue.css';
import './admin.css';

export default function CatalogueAdminPage() {
  const { t } = useI18n();
  useDocumentTitle(t('catalogueAdmin.title'));
  const requested = useSearchParams().get('periode');
  const periods = useApiGet('/api/periods', {});
  const code = periods.data
    ? (periods.data.find((p) => p.code === requested) ?? pickDefaultPeriod(periods.data))?.code
    : null;
  const quarterCount = periods.data?.find((p) => p.code === code)?.quarters.length ?? 8;
  const catalogue = useApiGet('/api/periods/{code}/catalogue', code ? { path: { code } } : null);
  const changed = catalogue.retry;
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
      {code ? (
        <AsyncContent state={catalogue}>
          {(data) => {
            const fokusChoices = data.fokus.map(({ code: fokusCode, name }) => ({ code: fokusCode, name }));
            return (
              <div className="catalogue-admin">
                <div className="admin-actions">
                  <CatalogueEntryToggle
                    kind="fokus"
                    period={data.period}
                    label={t('admin.fokus.add')}
                    primary
                    onChanged={changed}
                  />
                </div>
                {data.fokus.map((fokus) => (
                  <section key={fokus.code} aria-labelledby={`fokus-${fokus.code}`}>
                    <h2 id={`fokus-${fokus.code}`}>
                      <span className="eyebrow">{t('catalogue.fokus', { code: fokus.code })}</span>
                      {fokus.name}
                    </h2>
                    <div className="admin-actions">
                      <CatalogueEntryToggle
                        kind="fokus"
                        period={data.period}
                        existing={fokus}
                        label={t('admin.fokus.edit', { code: fokus.code })}
                        onChanged={changed}
                      />
                      <CatalogueEntryToggle
                        kind="aksi"
                        period={data.period}
                        fokusChoices={fokusChoices}
                        defaultFokus={fokus.code}
                        label={t('admin.aksi.addUnder', { code: fokus.code })}
                        onChanged={changed}
                      />
                    </div>
                    {fokus.aksi.map((aksi) => (
                      <section key={aksi.code} aria-labelledby={`aksi-${aksi.code}`} className="aksi-admin">
                        <h3 id={`aksi-${aksi.code}`}>
                          <span className="eyebrow">{t('catalogue.aksi', { code: aksi.code })}</span>
                          {aksi.name}
                        </h3>
                        <div className="admin-actions">
                          <CatalogueEntryToggle
                            kind="aksi"
                            period={data.period}
                            existing={{ ...aksi, fokusCode: fokus.code }}
                            fokusChoices={fokusChoices}
                            label={t('admin.aksi.edit', { code: aksi.code })}
                            onChanged={changed}
                          />
                          <CatalogueEntryToggle
                            kind="output"
                            period={data.period}
                            codePrefix={`${aksi.code}.`}
                            label={t('admin.output.addUnder', { code: aksi.code })}
                            onChanged={changed}
                          />
                        </div>
                        {aksi.outputs.map((output) => (
                          <OutputAdmin
                            key={output.code}
                            period={data.period}
                            quarterCount={quarterCount}
                            output={output}
                            onChanged={changed}
                          />
                        ))}
                      </section>
                    ))}
                  </section>
                ))}
              </div>
            );
          }}
        </AsyncContent>
      ) : null}
    </>
  );
}
