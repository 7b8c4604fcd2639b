/** The second sign-in step: the 6-digit code of the authenticator app, or a recovery code. */
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthProvider';
import { useI18n } from '../../i18n/I18nProvider';
import '../../components/work/work.css';

export function SecondStepForm({
  challenge,
  onDone,
  onRestart,
}: {
  challenge: string;
  onDone: () => void;
  onRestart: () => void;
}) {
  const { t } = useI18n();
  const { completeSecondStep } = useAuth();
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = value.trim();
    if (!typed) return setError(t(useRecovery ? 'secondStep.missingRecovery' : 'secondStep.missingCode'));
    setBusy(true);
    setError(null);
    try {
      await completeSecondStep(challenge, useRecovery ? { recoveryCode: typed } : { code: typed });
      onDone();
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : null;
      setExpired(apiError?.code === 'second_step_expired');
      setError(apiError?.message || t(apiError?.status === 0 ? 'error.network' : 'error.badResponse'));
      setBusy(false);
    }
  };

  const label = t(useRecovery ? 'secondStep.recoveryCode' : 'secondStep.code');
  return (
    <div className="signin">
      <h1>{t('secondStep.heading')}</h1>
      <p className="lead">{t(useRecovery ? 'secondStep.recoveryLead' : 'secondStep.lead')}</p>
      <form className="signin__form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="second-step-code">{label}</label>
          <input
            id="second-step-code"
            key={useRecovery ? 'recovery' : 'code'}
            inputMode={useRecovery ? 'text' : 'numeric'}
            autoComplete="one-time-code"
            // biome-ignore lint/a11y/noAutofocus: the one field of this step, right after the password
            autoFocus
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={busy}>
          {t('secondStep.submit')}
        </button>
      </form>
      <p className="field__hint signin__help">
        <button
          type="button"
          className="button button--link"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setValue('');
            setError(null);
          }}
        >
          {t(useRecovery ? 'secondStep.useCode' : 'secondStep.useRecovery')}
        </button>
        {expired ? (
          <>
            {' '}
            <button type="button" className="button button--link" onClick={onRestart}>
              {t('secondStep.restart')}
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
