/**
 * Two-factor sign-in on "Akun saya": enrol an authenticator app (QR code or the secret typed in,
 * checked with a code; ten recovery codes shown once), see its state, turn it off with the
 * password and a code.
 */
import { type FormEvent, useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useApiGet } from '../../api/useTyped';
import { useAuth } from '../../auth/AuthProvider';
import { AsyncContent } from '../../components/AsyncContent';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';

type Enrolment = ResponseOf<'/api/account/second-factor/enrolment', 'post'>;

export function SecondFactorSection() {
  const { t } = useI18n();
  const [reloadKey, setReloadKey] = useState(0);
  const status = useApiGet('/api/account/second-factor', {}, String(reloadKey));
  const reload = () => setReloadKey((n) => n + 1);
  return (
    <section className="account-section" aria-labelledby="account-second-factor">
      <h2 id="account-second-factor">{t('twoFactor.heading')}</h2>
      <AsyncContent state={status}>
        {(state) => (
          <>
            <p>
              {state.required ? t('twoFactor.required') : t('twoFactor.optional')}{' '}
              {state.enrolled ? t('twoFactor.on', { count: state.recoveryCodesLeft }) : t('twoFactor.off')}
            </p>
            {state.enrolled ? <DisableForm onDone={reload} /> : <EnrolForm onDone={reload} />}
          </>
        )}
      </AsyncContent>
    </section>
  );
}

function EnrolForm({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const { refreshSecondFactor } = useAuth();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const start = useAction(() => apiSend('post', '/api/account/second-factor/enrolment', {}, { lang }));
  const confirm = useAction(() =>
    apiSend('post', '/api/account/second-factor/confirmation', { body: { code: code.trim() } }, { lang }),
  );

  if (recoveryCodes) {
    return (
      <div className="notice notice--success" role="status">
        <p>{t('twoFactor.enrolled')}</p>
        <p>{t('twoFactor.recoveryLead')}</p>
        <ul className="account-recovery-codes" aria-label={t('twoFactor.recoveryCodes')}>
          {recoveryCodes.map((recovery) => (
            <li key={recovery} className="code">
              {recovery}
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button"
          onClick={async () => {
            await refreshSecondFactor();
            onDone();
          }}
        >
          {t('twoFactor.savedCodes')}
        </button>
      </div>
    );
  }

  if (!enrolment) {
    return (
      <>
        <ActionError error={start.error} />
        <button
          type="button"
          className="button"
          disabled={start.busy}
          onClick={async () => setEnrolment((await start.run()) ?? null)}
        >
          {t('twoFactor.start')}
        </button>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await confirm.run();
    if (result) setRecoveryCodes(result.recoveryCodes);
  };
  return (
    <form onSubmit={submit} noValidate>
      <ol className="account-steps">
        <li>{t('twoFactor.stepApp')}</li>
        <li>
          {t('twoFactor.stepScan')}
          <img className="account-qr" src={enrolment.qrCode} alt={t('twoFactor.qrAlt')} width={200} height={200} />
          <div className="field">
            <label htmlFor="two-factor-secret">{t('twoFactor.secretLabel')}</label>
            <input id="two-factor-secret" className="code" readOnly value={enrolment.secret} />
          </div>
        </li>
        <li>{t('twoFactor.stepCode')}</li>
      </ol>
      <CodeField id="two-factor-code" value={code} onChange={setCode} />
      <ActionError error={confirm.error} />
      <button type="submit" className="button" disabled={confirm.busy}>
        {t('twoFactor.confirm')}
      </button>
    </form>
  );
}

function DisableForm({ onDone }: { onDone: () => void }) {
  const { t, lang } = useI18n();
  const { refreshSecondFactor } = useAuth();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const disable = useAction(() =>
    apiSend('post', '/api/account/second-factor/disable', { body: { password, code: code.trim() } }, { lang }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await disable.run()) {
      await refreshSecondFactor();
      onDone();
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <h3>{t('twoFactor.disableHeading')}</h3>
      <div className="field">
        <label htmlFor="two-factor-password">{t('account.password.current')}</label>
        <input
          id="two-factor-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <CodeField id="two-factor-disable-code" value={code} onChange={setCode} />
      <ActionError error={disable.error} />
      <button type="submit" className="button button--secondary" disabled={disable.busy}>
        {t('twoFactor.disable')}
      </button>
    </form>
  );
}

/** The six-digit code from the authenticator app. */
function CodeField({ id, value, onChange }: { id: string; value: string; onChange: (code: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('twoFactor.code')}</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
