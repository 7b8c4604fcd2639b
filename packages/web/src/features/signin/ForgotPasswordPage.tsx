/** /lupa-sandi: ask for a link to set a new password; the answer is the same for any address. */
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { apiSend } from '../../api/typed';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import './signin.css';

export default function ForgotPasswordPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim()) return setError(t('forgot.missing'));
    setBusy(true);
    setError(null);
    try {
      const result = await apiSend('post', '/api/auth/password-forgot', { body: { email: email.trim() } }, { lang });
      setAnswer(result.message);
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : null;
      setError(apiError?.message || t(apiError?.status === 0 ? 'error.network' : 'error.badResponse'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="signin">
      <h1>{t('forgot.title')}</h1>
      {answer ? (
        <div className="notice" role="status">
          <p>{answer}</p>
          <p>
            <Link href="/masuk">{t('forgot.back')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('forgot.lead')}</p>
          <form className="signin__form" onSubmit={submit} noValidate>
            <div className="field">
              <label htmlFor="forgot-email">{t('auth.email')}</label>
              <input
                id="forgot-email"
                type="email"
                autoComplete="username"
                inputMode="email"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            </div>
            {error ? (
              <p className="notice notice--error" role="alert">
                {error}
              </p>
            ) : null}
            <button type="submit" className="button" disabled={busy}>
              {t('forgot.submit')}
            </button>
          </form>
          <p className="field__hint signin__help">
            <Link href="/masuk">{t('forgot.back')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
