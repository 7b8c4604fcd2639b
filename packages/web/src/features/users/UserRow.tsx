/** One account in the list, with what the viewer may do to it: edit, disable/enable, issue a reset link. */
import type { Role } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useAccount } from '../../auth/AuthProvider';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { mayHoldProvinceView, ProvinceViewToggle } from '../leader/ProvinceViewToggle';
import { IssuedLink } from './IssuedLink';
import { SecondFactorReset } from './SecondFactorReset';

type Account = ResponseOf<'/api/users/{id}', 'get'>;
type IssuedLinkDto = ResponseOf<'/api/users/{id}/password-reset-link', 'post'>;

const FOCAL_MANAGES: readonly Role[] = ['contributor', 'publicist'];
const ALL_ROLES: readonly Role[] = [
  'contributor',
  'focal_point',
  'publicist',
  'verifier',
  'observer',
  'admin',
  'leader',
];

export function UserRow({ account, onChanged }: { account: Account; onChanged: (account: Account) => void }) {
  const { t, lang } = useI18n();
  const me = useAccount();
  const isAdmin = me.roles.includes('admin');
  const manageable = account.id !== me.id && (isAdmin || account.roles.every((role) => FOCAL_MANAGES.includes(role)));
  const [mode, setMode] = useState<'none' | 'edit' | 'disable'>('none');
  const [name, setName] = useState(account.name);
  const [roles, setRoles] = useState<Role[]>(account.roles);
  const [reason, setReason] = useState('');
  const [link, setLink] = useState<IssuedLinkDto | null>(null);
  const path = { id: account.id };

  const save = useAction(async () => {
    onChanged(await apiSend('patch', '/api/users/{id}', { path, body: { name: name.trim(), roles } }, { lang }));
    setMode('none');
  });
  const disable = useAction(async () => {
    onChanged(await apiSend('post', '/api/users/{id}/disable', { path, body: { reason: reason.trim() } }, { lang }));
    setMode('none');
  });
  const enable = useAction(async () => onChanged(await apiSend('post', '/api/users/{id}/enable', { path }, { lang })));
  const reset = useAction(async () =>
    setLink(await apiSend('post', '/api/users/{id}/password-reset-link', { path }, { lang })),
  );
  const choices = isAdmin ? ALL_ROLES : FOCAL_MANAGES;

  const submitEdit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save.run();
  };
  const submitDisable = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void disable.run();
  };

  return (
    <li className="user-row">
      <div className="user-row__main">
        <p className="user-row__name">
          <strong>{account.name}</strong> <span className="muted">{account.email}</span>
        </p>
        <p className="user-row__meta">
          {account.roles.map((role) => t(`role.${role}`)).join(', ')}
          {account.institution ? ` · ${account.institution.name}` : ''}
          {account.verifierAksi.length > 0
            ? ` · ${t('users.aksiList', { codes: [...new Set(account.verifierAksi.map((a) => a.code))].join(', ') })}`
            : ''}{' '}
          <span
            className={`badge badge--${account.status === 'active' ? 'open' : account.status === 'invited' ? 'planned' : 'neutral'}`}
          >
            {t(`userStatus.${account.status}`)}
          </span>
        </p>
      </div>
      {manageable ? (
        <div className="user-row__actions">
          <button
            type="button"
            className="button--link"
            aria-expanded={mode === 'edit'}
            onClick={() => setMode(mode === 'edit' ? 'none' : 'edit')}
          >
            {t('users.edit')}
            <span className="visually-hidden"> {account.name}</span>
          </button>
          {account.status === 'disabled' ? (
            <button type="button" className="button--link" disabled={enable.busy} onClick={() => void enable.run()}>
              {t('users.enable')}
              <span className="visually-hidden"> {account.name}</span>
            </button>
          ) : (
            <button
              type="button"
              className="button--link"
              aria-expanded={mode === 'disable'}
              onClick={() => setMode(mode === 'disable' ? 'none' : 'disable')}
            >
              {t('users.disable')}
              <span className="visually-hidden"> {account.name}</span>
            </button>
          )}
          {account.status !== 'disabled' ? (
            <button type="button" className="button--link" disabled={reset.busy} onClick={() => void reset.run()}>
              {t(account.status === 'invited' ? 'users.newInvitation' : 'users.resetLink')}
              <span className="visually-hidden"> {account.name}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {isAdmin && mayHoldProvinceView(account) ? <ProvinceViewToggle account={account} /> : null}
      <ActionError error={enable.error ?? reset.error} />
      {isAdmin && account.id !== me.id && account.status === 'active' ? <SecondFactorReset account={account} /> : null}
      {link ? (
        <IssuedLink url={link.url} expiresAt={link.expiresAt} label={t('users.resetFor', { email: account.email })} />
      ) : null}
      {mode === 'edit' ? (
        <form className="inline-fields" onSubmit={submitEdit}>
          <div className="field">
            <label htmlFor={`user-name-${account.id}`}>{t('users.name')}</label>
            <input id={`user-name-${account.id}`} value={name} onChange={(event) => setName(event.target.value)} />
          </div>
          <fieldset>
            <legend>{t('users.roles')}</legend>
            <div className="check-row">
              {choices.map((role) => (
                <label key={role} className="check">
                  <input
                    type="checkbox"
                    checked={roles.includes(role)}
                    onChange={(event) =>
                      setRoles((current) =>
                        event.target.checked ? [...new Set([...current, role])] : current.filter((r) => r !== role),
                      )
                    }
                  />
                  {t(`role.${role}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="button button--small" disabled={save.busy}>
            {t('users.save')}
          </button>
          <ActionError error={save.error} />
        </form>
      ) : null}
      {mode === 'disable' ? (
        <form className="inline-fields" onSubmit={submitDisable}>
          <div className="field field--wide">
            <label htmlFor={`user-reason-${account.id}`}>{t('action.reason')}</label>
            <input
              id={`user-reason-${account.id}`}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--small" disabled={disable.busy}>
            {t('users.disableConfirm')}
          </button>
          <ActionError error={disable.error} />
        </form>
      ) : null}
    </li>
  );
}
