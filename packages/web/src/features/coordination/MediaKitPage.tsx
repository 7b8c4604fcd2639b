/** /kerja/koordinasi/media — the national media kit: materials by kind, period and aksi, with their reach. */
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { formatPeriodCode } from '../../lib/format';
import { Link } from '../../router';
import { can } from './can';
import { COORDINATION_PATHS } from './coordination-paths';
import '../../components/work/work.css';

export default function MediaKitPage() {
  const { t, tn } = useI18n();
  useDocumentTitle(t('coordination.mediaKit.title'));
  const { roles } = useAccount();
  const materials = useApiGet('/api/media-kit', { query: { limit: 100 } });
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>{t('coordination.mediaKit.title')}</h1>
        <p className="lead">{t('coordination.mediaKit.lead')}</p>
        {can(roles, 'mediakit.manage') ? (
          <p>
            <Link className="button" href={COORDINATION_PATHS.newMaterial}>
              {t('coordination.mediaKit.new')}
            </Link>
          </p>
        ) : null}
      </div>
      <AsyncContent state={materials}>
        {(page) =>
          page.items.length === 0 ? (
            <p className="muted">{t('coordination.mediaKit.none')}</p>
          ) : (
            <ul className="queue-list">
              {page.items.map((material) => (
                <li key={material.id}>
                  <Link href={COORDINATION_PATHS.material(material.id)}>{material.title}</Link>{' '}
                  <span className="badge badge--neutral">{t(`coordination.material.kind.${material.kind}`)}</span>{' '}
                  <span className="muted">
                    {formatPeriodCode(material.period)}
                    {material.aksi.length > 0
                      ? ` · ${t('coordination.material.aksi', { codes: material.aksi.join(', ') })}`
                      : ''}{' '}
                    · {tn('coordination.material.publications', material.publications)}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncContent>
    </>
  );
}
