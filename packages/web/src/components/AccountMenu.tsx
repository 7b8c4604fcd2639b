import { useAuth } from '../auth/AuthProvider';
import { useT } from '../i18n/I18nProvider';
import { Link, useLocation } from '../router';

/** "Masuk" for visitors; the signed-in user's name and "Keluar" for officials. */
export function AccountMenu() {
  const t = useT();
  const { state, signOut } = useAuth();
  const { pathname } = useLocation();
  if (state.status === 'signed-in') {
    return (
      <div className="account">
        <span className="account__name">{state.user.name}</span>
        <Link href="/kerja/akun" className="account__button">
          {t('account.menu')}
        </Link>
        <button type="button" className="account__button" onClick={() => void signOut()}>
          {t('auth.signOut')}
        </button>
      </div>
    );
  }
  if (state.status === 'signed-out' && pathname !== '/masuk') {
    return (
      <Link href="/masuk" className="account__button">
        {t('auth.signIn')}
      </Link>
    );
  }
  return null;
}
