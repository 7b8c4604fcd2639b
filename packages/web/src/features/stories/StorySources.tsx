/** The publicist's starting point for stories: accepted reports of its institution, each a click away from a story draft. */
import { dateInZone } from '@pantau/core';
import { useState } from 'react';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../lib/format';
import { StoryStartForm } from './StoryStartForm';

export function StorySources({ onStarted }: { onStarted: () => void }) {
  const { t, lang } = useI18n();
  const [reload, setReload] = useState(0);
  const sources = useApiGet('/api/stories/sources', {}, String(reload));
  const [chosen, setChosen] = useState<number | null>(null);
  // Said outside the list, which reloads (and so redraws) once a story has started.
  const [started, setStarted] = useState(false);
  return (
    <section className="work-subsection" aria-labelledby="story-sources">
      <h2 id="story-sources">{t('stories.sources.heading')}</h2>
      <p className="muted">{t('stories.sources.lead')}</p>
      {started ? (
        <p className="notice notice--success" role="status">
          {t('stories.start.done')}
        </p>
      ) : null}
      <AsyncContent state={sources}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{t('stories.sources.none')}</p>
          ) : (
            <>
              <ScrollRegion label={t('stories.sources.heading')}>
                <table className="data-table">
                  <caption className="visually-hidden">{t('stories.sources.heading')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('stories.sources.target')}</th>
                      <th scope="col">{t('coordination.audience.aksi')}</th>
                      <th scope="col">{t('stories.sources.verifiedAt')}</th>
                      <th scope="col">{t('stories.sources.stories')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('stories.sources.choose')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item) => (
                      <tr key={item.reportId}>
                        <th scope="row">
                          {item.target} · {item.output.name}
                        </th>
                        <td>
                          {item.aksi.code} {item.aksi.name}
                        </td>
                        <td>{formatDate(dateInZone(new Date(item.verifiedAt)), lang)}</td>
                        <td>{item.stories}</td>
                        <td>
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-pressed={chosen === item.reportId}
                            aria-label={`${t('stories.sources.choose')}: ${item.target}`}
                            onClick={() => {
                              setStarted(false);
                              setChosen(item.reportId);
                            }}
                          >
                            {t('stories.sources.choose')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
              {items
                .filter((item) => item.reportId === chosen)
                .map((item) => (
                  <div key={item.reportId}>
                    <h3>{t('stories.sources.chosen', { code: item.target })}</h3>
                    <StoryStartForm
                      reportId={item.reportId}
                      defaultTitle={t('stories.start.defaultTitle', { output: item.output.name, code: item.target })}
                      showPublicationsLink={false}
                      onStarted={() => {
                        setStarted(true);
                        setChosen(null);
                        setReload((n) => n + 1);
                        onStarted();
                      }}
                    />
                  </div>
                ))}
            </>
          )
        }
      </AsyncContent>
    </section>
  );
}
