/** Masuk: e-mail and password; back to the page that asked for sign-in, or to the workspace. */
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { useInstance } from '../../api/instance';
import { useAuth } from '../../auth/AuthProvider';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { safeReturnPath, WORKSPACE_HOME } from '../../lib/return-path';
import { Link, useNavigate, useSearchParams } from '../../router';
import { SecondStepForm } from './SecondStepForm';
import { SingleSignOn } from './SingleSignOn';
import './signin.css';

const DEMO_ACCOUNTS = ['admin', 'verifikator', 'pengamat', 'inspektorat', 'kontributor', 'humas'];

const CHALLENGE_FRAGMENT = '#langkah-kedua=';

/** The second-step challenge a single sign-on left in the address, removed from it once read. */
function challengeFromFragment(): string | null {
  const { hash, pathname, search } = window.location;
  if (!hash.startsWith(CHALLENGE_FRAGMENT)) return null;
  window.history.replaceState(null, '', pathname + search);
  return decodeURIComponent(hash.slice(CHALLENGE_FRAGMENT.length)) || null;
}

export default function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t('auth.title'));
  const { state, signIn } = useAuth();
  const instance = useInstance();
  const navigate = useNavigate();
  const search = useSearchParams();
  const returnTo = safeReturnPath(search.get('kembali'));
  // After choosing a password from an invitation or reset link, the address comes along.
  const [email, setEmail] = useState(() => search.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /**
   * Set once the password was right and the authenticator code is awaited — or when the identity
   * provider sent the browser back with the challenge in the fragment (`#langkah-kedua=…`).
   */
  const [challenge, setChallenge] = useState<string | null>(challengeFromFragment);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t('auth.missingFields'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await signIn(email.trim(), password);
      if (result.kind === 'second-step') {
        setChallenge(result.challenge);
        setBusy(false);
        return;
      }
      navigate(returnTo, { replace: true });
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : null;
      setError(apiError?.message || t(apiError?.status === 0 ? 'error.network' : 'error.badResponse'));
      setBusy(false);
    }
  };

  if (challenge && state.status !== 'signed-in') {
    return (
      <SecondStepForm
        challenge={challenge}
        onDone={() => navigate(returnTo, { replace: true })}
        onRestart={() => {
          setChallenge(null);
          setPassword('');
        }}
      />
    );
  }

  if (state.status === 'signed-in') {
    return (
      <div className="signin">
        <h1>{t('auth.heading')}</h1>
        <p>{t('auth.alreadySignedIn', { name: state.user.name })}</p>
        <p>
          <Link className="button" href={returnTo}>
            {t(returnTo === WORKSPACE_HOME ? 'auth.toWorkspace' : 'auth.continue')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="signin">
      <h1>{t('auth.heading')}</h1>
      <p className="lead">{t('auth.lead')}</p>
      {state.status === 'signed-out' && state.expired ? (
        <p className="notice" role="status">
          {t('auth.expired')}
        </p>
      ) : null}
      <SingleSignOn provider={instance.data?.singleSignOn?.name ?? null} returnTo={returnTo} />
      <form className="signin__form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="signin-email">{t('auth.email')}</label>
          <input
            id="signin-email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="signin-password">{t('auth.password')}</label>
          <input
            id="signin-password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <label className="check">
            <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
            {t('auth.showPassword')}
          </label>
        </div>
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.submit')}
        </button>
      </form>
      <p className="field__hint signin__help">
        <Link href="/lupa-sandi">{t('forgot.link')}</Link>
      </p>
      {instance.data?.demo ? (
        <details className="signin__demo">
          <summary>{t('auth.demoAccounts')}</summary>
          <p>{t('auth.demoHint')}</p>
          <p>{t('secondStep.demoHint')}</p>
          <ul>
            {DEMO_ACCOUNTS.map((name) => (
              <li key={name} className="code">
                {name}@demo.pantau.id
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
