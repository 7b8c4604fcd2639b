/**
 * /kerja/koordinasi/media/:id — one material: its file, link or text to download and reuse, its
 * reach by province, and for a publicist the form to record a republication.
 */
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBytes } from '../../lib/datetime';
import { formatPeriodCode } from '../../lib/format';
import type { PageProps } from '../../router';
import { can } from './can';
import { COORDINATION_PATHS, idParam } from './coordination-paths';
import { ReachTable } from './ReachTable';
import { RepublicationForm } from './RepublicationForm';
import '../../components/work/work.css';
import './coordination.css';

export default function MaterialPage({ params }: PageProps) {
  const { t, lang } = useI18n();
  const id = idParam(params.id) ?? 0;
  const { roles } = useAccount();
  const material = useApiGet('/api/media-kit/{id}', { path: { id } });
  useDocumentTitle(material.data?.title ?? t('coordination.mediaKit.title'));
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/kerja', label: t('work.heading') },
          { href: COORDINATION_PATHS.mediaKit, label: t('coordination.mediaKit.title') },
        ]}
      />
      <AsyncContent state={material}>
        {(item) => (
          <>
            <h1>{item.title}</h1>
            <p className="muted">
              {t(`coordination.material.kind.${item.kind}`)} · {formatPeriodCode(item.period)}
              {item.aksi.length > 0 ? ` · ${t('coordination.material.aksi', { codes: item.aksi.join(', ') })}` : ''}
            </p>
            {item.description ? <div className="announcement__body">{item.description}</div> : null}
            <ul className="material-links">
              {item.file ? (
                <li>
                  <a
                    className="button button--secondary"
                    href={`/api/media-kit/${item.id}/file`}
                    download={item.file.fileName}
                  >
                    {t('coordination.material.download', {
                      name: item.file.fileName,
                      size: formatBytes(item.file.size, lang),
                    })}
                  </a>
                </li>
              ) : null}
              {item.url ? (
                <li>
                  <a href={item.url} rel="noopener noreferrer" target="_blank">
                    {item.url}
                  </a>
                </li>
              ) : null}
            </ul>
            <ReachTable reach={item.reach} />
            {can(roles, 'publication.write') ? (
              <RepublicationForm materialId={item.id} title={item.title} onRecorded={material.retry} />
            ) : null}
          </>
        )}
      </AsyncContent>
    </>
  );
}
