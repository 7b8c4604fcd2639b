/** Detail instansi: what an institution is, where it sits, and which outputs it carries. */
import type { InstitutionDetailDto } from '@pantau/core';
import { useApi } from '../../api/useApi';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { institutionListHref } from '../../lib/institution-query';
import { Link, type PageProps } from '../../router';
import { AssignmentList } from './AssignmentList';
import './institutions.css';

function InstitutionDetail({ institution }: { institution: InstitutionDetailDto }) {
  const { t, tn } = useI18n();
  return (
    <>
      <dl className="facts facts--grid">
        <div>
          <dt>{t('institution.code')}</dt>
          <dd className="code">{institution.code}</dd>
        </div>
        <div>
          <dt>{t('institution.type')}</dt>
          <dd>{t(`institutionType.${institution.type}`)}</dd>
        </div>
        {institution.parent ? (
          <div>
            <dt>{t('institution.province')}</dt>
            <dd>
              <Link href={`/instansi/${encodeURIComponent(institution.parent.code)}`}>{institution.parent.name}</Link>
            </dd>
          </div>
        ) : null}
        {institution.type === 'provinsi' ? (
          <div>
            <dt>{t('institution.children')}</dt>
            <dd>
              <Link href={institutionListHref({ province: institution.code })}>
                {tn('institution.childrenLink', institution.childCount)}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="institution-assignments">
        <h2 id="institution-assignments">{t('institution.assignments')}</h2>
        <AssignmentList assignments={institution.assignments} />
      </section>
    </>
  );
}

export default function InstitutionDetailPage({ params }: PageProps) {
  const { t } = useI18n();
  const code = params.code ?? '';
  const detail = useApi<InstitutionDetailDto>(`/api/institutions/${encodeURIComponent(code)}`);
  useDocumentTitle(detail.data?.name ?? code);
  return (
    <>
      <nav className="breadcrumb" aria-label={t('institution.breadcrumb')}>
        <ol>
          <li>
            <Link href="/instansi">{t('nav.institutions')}</Link>
          </li>
          <li aria-current="page">{detail.data?.name ?? code}</li>
        </ol>
      </nav>
      <h1>{detail.data?.name ?? code}</h1>
      <AsyncContent state={detail} errorActions={<Link href="/instansi">{t('institution.backToList')}</Link>}>
        {(institution) => <InstitutionDetail institution={institution} />}
      </AsyncContent>
    </>
  );
}
