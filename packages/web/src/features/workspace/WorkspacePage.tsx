/**
 * Ruang kerja: the signed-in home. One section per role the account holds, each its own chunk,
 * so a contributor never downloads the admin's screens. What cannot wait comes first, above them all.
 */
import type { Role } from '@pantau/core';
import { type ComponentType, lazy, Suspense } from 'react';
import { useAccount } from '../../auth/AuthProvider';
import { LoadingState } from '../../components/LoadingState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/I18nProvider';
import '../../components/work/work.css';
import { UrgentPanel } from './UrgentPanel';

const HOMES: Record<Role, ComponentType> = {
  contributor: lazy(() => import('./ContributorHome')),
  focal_point: lazy(() => import('./FocalPointHome')),
  verifier: lazy(() => import('./VerifierHome')),
  admin: lazy(() => import('./AdminHome')),
  observer: lazy(() => import('./ObserverHome')),
  publicist: lazy(() => import('./PublicistHome')),
  leader: lazy(() => import('../leader/LeaderHome')),
};

/** The order of sections for accounts holding several roles: hands-on work first. */
const ORDER: readonly Role[] = ['contributor', 'focal_point', 'verifier', 'admin', 'observer', 'publicist', 'leader'];

export default function WorkspacePage() {
  const { t } = useI18n();
  useDocumentTitle(t('work.title'));
  const user = useAccount();
  const roles = ORDER.filter((role) => user.roles.includes(role));
  return (
    <>
      <div className="page-intro">
        <h1>{t('work.heading')}</h1>
        <p className="lead">
          {t('work.welcome', { name: user.name })}{' '}
          <span className="work-roles">
            {roles.map((role) => t(`role.${role}`)).join(', ')}
            {user.institution ? ` · ${user.institution.name}` : ''}
          </span>
        </p>
      </div>
      <UrgentPanel />
      {roles.map((role) => {
        const Home = HOMES[role];
        return (
          <Suspense key={role} fallback={<LoadingState />}>
            <Home />
          </Suspense>
        );
      })}
    </>
  );
}
