/** /kerja/akun — My account: details and language, password, sessions and API tokens. */
import { useState } from 'react';
import { useApiGet } from '../../api/useTyped';
import { AsyncContent } from '../../components/AsyncContent';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Breadcrumbs } from '../../components/work/Breadcrumbs';
import { useI18n } from '../../i18n/I18nProvider';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';
import { SecondFactorSection } from './SecondFactorSection';
import { SessionsSection } from './SessionsSection';
import { TokensSection } from './TokensSection';
import '../../components/work/work.css';
import './account.css';

export default function AccountPage() {
  const { t } = useI18n();
  useDocumentTitle(t('account.title'));
  const account = useApiGet('/api/account', {});
  const [passwordChanges, setPasswordChanges] = useState(0);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/kerja', label: t('work.heading') }]} />
      <h1>{t('account.title')}</h1>
      <p className="lead">{t('account.lead')}</p>
      <AsyncContent state={account}>{(me) => <ProfileForm account={me} />}</AsyncContent>
      <PasswordForm onChanged={() => setPasswordChanges((n) => n + 1)} />
      <SecondFactorSection />
      <SessionsSection reloadKey={String(passwordChanges)} />
      <TokensSection />
    </>
  );
}
