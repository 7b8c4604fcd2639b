/** /kerja/publikasi — the publicist's record of its institution's publications: list, publish drafts, record a new one. */
import { useApiGet } from '../../api/useTyped';
import { useAccount } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { StorySources } from '../stories/StorySources';
import { can } from './can';
import { PublicationForm } from './PublicationForm';
import { PublicationList } from './PublicationList';
import '../../components/work/work.css';
import './coordination.css';

export default function PublicationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('coordination.publications.title'));
  const { roles, institution } = useAccount();
  const code = institution?.code ?? '';
  const publications = useApiGet('/api/publications', code ? { query: { institution: code, limit: 200 } } : null);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <div className="page-intro">
        <h1>{t('coordination.publications.title')}</h1>
        <p className="lead">{t('coordination.publications.lead')}</p>
      </div>
      {code ? (
        <>
          <section className="work-subsection" aria-labelledby="publications-list">
            <h2 id="publications-list">{t('coordination.publications.listHeading')}</h2>
            <AsyncContent state={publications}>
              {(page) => <PublicationList items={page.items} onPublished={publications.retry} />}
            </AsyncContent>
          </section>
          {can(roles, 'publication.write') ? <PublicationForm onRecorded={publications.retry} /> : null}
          {can(roles, 'story.start') ? <StorySources onStarted={publications.retry} /> : null}
        </>
      ) : (
        <p className="notice">{t('work.noInstitution')}</p>
      )}
    </>
  );
}
