/** The institution's publications, newest first, with a Publish button on each draft. */
import type { PublicationDto } from '@pantau/core';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { ScrollRegion } from '../../components/work/ScrollRegion';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../lib/format';

export function PublicationList({ items, onPublished }: { items: readonly PublicationDto[]; onPublished: () => void }) {
  const { t, lang } = useI18n();
  const publish = useAction(async (id: number) => {
    await apiSend('post', '/api/publications/{id}/publish', { path: { id } }, { lang });
    onPublished();
  });
  if (items.length === 0) return <p className="muted">{t('coordination.publications.none')}</p>;
  return (
    <>
      <ActionError error={publish.error} />
      <ScrollRegion label={t('coordination.publications.listHeading')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('coordination.publications.listHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coordination.republication.date')}</th>
              <th scope="col">{t('coordination.material.kind')}</th>
              <th scope="col">{t('coordination.field.title')}</th>
              <th scope="col">{t('coordination.publications.where')}</th>
              <th scope="col">{t('coordination.audience.aksi')}</th>
              <th scope="col">{t('coordination.publications.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>{formatDate(item.publishedOn, lang)}</td>
                <td>{t(`coordination.publication.kind.${item.kind}`)}</td>
                <th scope="row">{item.title}</th>
                <td>
                  {item.url ? (
                    <a href={item.url} rel="noopener noreferrer" target="_blank">
                      {t('coordination.publications.openLink')}
                    </a>
                  ) : null}
                  {item.url && item.file ? ' · ' : null}
                  {item.file ? (
                    <a href={`/api/publications/${item.id}/file`} download={item.file.fileName}>
                      {item.file.fileName}
                    </a>
                  ) : null}
                </td>
                <td>
                  {item.aksi.join(', ')}
                  {item.story ? (
                    <span className="muted"> · {t('stories.list.tells', { code: item.story.target })}</span>
                  ) : null}
                </td>
                <td>
                  {item.status === 'published' ? (
                    <span className="badge badge--neutral">{t('coordination.publications.status.published')}</span>
                  ) : (
                    <>
                      <span className="badge badge--warn">{t('coordination.publications.status.draft')}</span>{' '}
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={publish.busy}
                        aria-label={t('coordination.publications.publishOne', { title: item.title })}
                        onClick={() => void publish.run(item.id)}
                      >
                        {t('coordination.publications.publish')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
