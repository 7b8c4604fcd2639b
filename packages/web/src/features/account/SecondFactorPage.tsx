/** /kerja/akun/dua-langkah: enrolling the authenticator app, where an account that must enrol is sent. */
import { useAuth } from '../../auth/AuthProvider';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { SecondFactorSection } from './SecondFactorSection';
import '../../components/work/work.css';
import './account.css';

export default function SecondFactorPage() {
  const { t } = useI18n();
  useDocumentTitle(t('twoFactor.heading'));
  const { state } = useAuth();
  const mustEnrol = state.status === 'signed-in' && state.mustEnrol;
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja/akun', label: t('account.title') }]} />
      <h1>{t('twoFactor.heading')}</h1>
      <p className="lead">{mustEnrol ? t('twoFactor.mustEnrolLead') : t('twoFactor.lead')}</p>
      <SecondFactorSection />
      {mustEnrol ? null : (
        <p>
          <Link className="button button--secondary" href="/kerja">
            {t('auth.toWorkspace')}
          </Link>
        </p>
      )}
    </>
  );
}
