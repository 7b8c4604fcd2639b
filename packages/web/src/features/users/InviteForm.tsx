/** Invite an account: admin chooses any roles and institution; a focal point, its own contributors and publicists. */
import type { Role } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useAccount } from '../../auth/AuthProvider';
import { ActionError } from '../../components/work/ActionError';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { IssuedLink } from './IssuedLink';

type Invitation = ResponseOf<'/api/users', 'post'>;

const ADMIN_ROLES: readonly Role[] = ['contributor', 'focal_point', 'publicist', 'verifier', 'observer', 'admin'];
const FOCAL_ROLES: readonly Role[] = ['contributor', 'publicist'];
const INSTITUTION_ROLES: readonly Role[] = ['contributor', 'focal_point', 'publicist'];

/** "1, 4" → ["1", "4"]. */
function codes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

export function InviteForm({ activePeriod, onInvited }: { activePeriod: string | null; onInvited: () => void }) {
  const { t, lang } = useI18n();
  const user = useAccount();
  const isAdmin = user.roles.includes('admin');
  const choices = isAdmin ? ADMIN_ROLES : FOCAL_ROLES;
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['contributor']);
  const [institution, setInstitution] = useState(isAdmin ? '' : (user.institution?.code ?? ''));
  const [aksi, setAksi] = useState('');
  const [outputs, setOutputs] = useState('');
  const [locale, setLocale] = useState<'id' | 'en'>('id');
  const [result, setResult] = useState<Invitation | null>(null);
  const needsInstitution = roles.some((role) => INSTITUTION_ROLES.includes(role));

  const invite = useAction(async () => {
    const invited = await apiSend(
      'post',
      '/api/users',
      {
        body: {
          email: email.trim(),
          name: name.trim(),
          roles,
          institutionCode: needsInstitution ? institution.trim() || null : null,
          verifierAksi: roles.includes('verifier') ? codes(aksi) : [],
          contributorOutputs: roles.includes('contributor') ? codes(outputs) : [],
          locale,
          ...(activePeriod && (aksi.trim() || outputs.trim()) ? { period: activePeriod } : {}),
        },
      },
      { lang },
    );
    setResult(invited);
    setEmail('');
    setName('');
    setAksi('');
    setOutputs('');
    onInvited();
  });

  const toggle = (role: Role, on: boolean) =>
    setRoles((current) => (on ? [...new Set([...current, role])] : current.filter((r) => r !== role)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setResult(null);
    void invite.run();
  };

  return (
    <>
      <form className="invite-form" onSubmit={submit}>
        <div className="inline-fields">
          <div className="field">
            <label htmlFor="invite-email">{t('auth.email')}</label>
            <input id="invite-email" type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="invite-name">{t('users.name')}</label>
            <input id="invite-name" value={name} onChange={(event) => setName(event.target.value)} />
          </div>
        </div>
        <fieldset>
          <legend>{t('users.roles')}</legend>
          <div className="check-row">
            {choices.map((role) =>
              isAdmin ? (
                <label key={role} className="check">
                  <input
                    type="checkbox"
                    checked={roles.includes(role)}
                    onChange={(event) => toggle(role, event.target.checked)}
                  />
                  {t(`role.${role}`)}
                </label>
              ) : (
                <label key={role} className="check">
                  <input
                    type="radio"
                    name="invite-role"
                    checked={roles[0] === role}
                    onChange={() => setRoles([role])}
                  />
                  {t(`role.${role}`)}
                </label>
              ),
            )}
          </div>
        </fieldset>
        <div className="inline-fields">
          {isAdmin && needsInstitution ? (
            <div className="field">
              <label htmlFor="invite-institution">{t('periods.institutionCode')}</label>
              <input
                id="invite-institution"
                value={institution}
                aria-describedby="invite-institution-hint"
                onChange={(event) => setInstitution(event.target.value)}
              />
              <p id="invite-institution-hint" className="field__hint">
                {t('work.institutionCodeHint')}
              </p>
            </div>
          ) : null}
          {roles.includes('verifier') ? (
            <div className="field">
              <label htmlFor="invite-aksi">{t('users.verifierAksi')}</label>
              <input
                id="invite-aksi"
                value={aksi}
                aria-describedby="invite-aksi-hint"
                onChange={(event) => setAksi(event.target.value)}
              />
              <p id="invite-aksi-hint" className="field__hint">
                {t('users.verifierAksiHint', { period: activePeriod ?? '' })}
              </p>
            </div>
          ) : null}
          {roles.includes('contributor') ? (
            <div className="field">
              <label htmlFor="invite-outputs">{t('users.outputs')}</label>
              <input
                id="invite-outputs"
                value={outputs}
                aria-describedby="invite-outputs-hint"
                onChange={(event) => setOutputs(event.target.value)}
              />
              <p id="invite-outputs-hint" className="field__hint">
                {t('users.outputsHint')}
              </p>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="invite-locale">{t('users.locale')}</label>
            <select
              id="invite-locale"
              value={locale}
              onChange={(event) => setLocale(event.target.value as 'id' | 'en')}
            >
              <option value="id">Bahasa Indonesia</option>
              <option value="en">English</option>
            </select>
          </div>
        </div>
        <button type="submit" className="button" disabled={invite.busy}>
          {t('users.invite')}
        </button>
        <ActionError error={invite.error} />
      </form>
      {result ? (
        <IssuedLink
          url={result.invitation.url}
          expiresAt={result.invitation.expiresAt}
          label={t('users.invitationFor', { email: result.account.email })}
        />
      ) : null}
    </>
  );
}
