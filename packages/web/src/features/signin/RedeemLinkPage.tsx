/** /undangan/:token and /atur-ulang-sandi/:token: choose a password from a single-use link. */
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { apiSend } from '../../api/typed';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { Link, type PageProps } from '../../router';
import './signin.css';

const MIN_PASSWORD = 12;

export function RedeemLinkPage({ params, purpose }: PageProps & { purpose: 'invitation' | 'reset' }) {
  const { t, lang } = useI18n();
  const title = t(purpose === 'invitation' ? 'redeem.invitationTitle' : 'redeem.resetTitle');
  useDocumentTitle(title);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [doneFor, setDoneFor] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD) return setError(t('redeem.tooShort', { min: MIN_PASSWORD }));
    if (password !== repeat) return setError(t('redeem.mismatch'));
    setBusy(true);
    setError(null);
    const path = purpose === 'invitation' ? '/api/auth/invitations/accept' : '/api/auth/password-reset';
    try {
      const result = await apiSend('post', path, { body: { token: params.token ?? '', password } }, { lang });
      setDoneFor(result.email);
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : null;
      setError(
        [apiError?.message || t('error.badResponse'), ...(apiError?.details.map((d) => d.message) ?? [])].join(' '),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="signin">
      <h1>{title}</h1>
      {doneFor ? (
        <div className="notice" role="status">
          <p>{t('redeem.done', { email: doneFor })}</p>
          <p>
            <Link className="button" href={`/masuk?email=${encodeURIComponent(doneFor)}`}>
              {t('auth.submit')}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('redeem.lead', { min: MIN_PASSWORD })}</p>
          <form className="signin__form" onSubmit={submit} noValidate>
            <div className="field">
              <label htmlFor="redeem-password">{t('redeem.password')}</label>
              <input
                id="redeem-password"
                type="password"
                autoComplete="new-password"
                value={password}
                aria-describedby="redeem-rules"
                onChange={(event) => setPassword(event.target.value)}
              />
              <p id="redeem-rules" className="field__hint">
                {t('redeem.rules', { min: MIN_PASSWORD })}
              </p>
            </div>
            <div className="field">
              <label htmlFor="redeem-repeat">{t('redeem.repeat')}</label>
              <input
                id="redeem-repeat"
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={(event) => setRepeat(event.target.value)}
              />
            </div>
            {error ? (
              <p className="notice notice--error" role="alert">
                {error}
              </p>
            ) : null}
            <button type="submit" className="button" disabled={busy}>
              {t('redeem.submit')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}

export function InvitationPage(props: PageProps) {
  return <RedeemLinkPage {...props} purpose="invitation" />;
}

export function PasswordResetPage(props: PageProps) {
  return <RedeemLinkPage {...props} purpose="reset" />;
}
