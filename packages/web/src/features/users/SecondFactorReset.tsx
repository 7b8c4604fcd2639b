/** Admin only: remove an account's authenticator (a lost phone), with a reason; its sessions end. */
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';

export function SecondFactorReset({ account }: { account: { id: number; name: string } }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);
  const reset = useAction(() =>
    apiSend(
      'post',
      '/api/users/{id}/second-factor/reset',
      { path: { id: account.id }, body: { reason: reason.trim() } },
      { lang },
    ),
  );
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if ((await reset.run()) !== undefined) {
      setDone(true);
      setOpen(false);
    }
  };
  return (
    <div className="user-row__second-factor">
      <button type="button" className="button--link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('users.secondFactor.reset')}
        <span className="visually-hidden"> {account.name}</span>
      </button>
      {done ? (
        <p className="notice notice--success" role="status">
          {t('users.secondFactor.done')}
        </p>
      ) : null}
      {open ? (
        <form className="inline-fields" onSubmit={submit}>
          <div className="field field--wide">
            <label htmlFor={`user-2fa-reason-${account.id}`}>{t('users.secondFactor.reason')}</label>
            <input id={`user-2fa-reason-${account.id}`} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" className="button button--small" disabled={reset.busy}>
            {t('users.secondFactor.reset')}
          </button>
          <ActionError error={reset.error} />
        </form>
      ) : null}
    </div>
  );
}
