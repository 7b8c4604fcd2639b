/** Invite an account: admin chooses any roles and institution; a focal point, its own contributors and publicists. */
import type { Role } from '@pantau/core';
import { type FormEvent, useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useAccount } from '../../auth/AuthProvider';
import { AksiPicker, InstitutionPicker, OutputPicker } from '../../components/pickers/SourcePickers';
import { useAction } from '../../components/work/useAction';
import { useFocusFirstInvalid } from '../../components/work/useFocusFirstInvalid';
import { useI18n } from '../../i18n/I18nProvider';
import { formatPeriodCode } from '../../lib/format';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';
import { IssuedLink } from './IssuedLink';

type Invitation = ResponseOf<'/api/users', 'post'>;

const ADMIN_ROLES: readonly Role[] = [
  'contributor',
  'focal_point',
  'publicist',
  'leader',
  'verifier',
  'observer',
  'admin',
];
const FOCAL_ROLES: readonly Role[] = ['contributor', 'publicist'];
const INSTITUTION_ROLES: readonly Role[] = ['contributor', 'focal_point', 'publicist', 'leader'];
const INVITE_FIELDS = ['email', 'name', 'institutionCode'] as const;
const FIELD_IDS: Record<(typeof INVITE_FIELDS)[number], string> = {
  email: 'invite-email',
  name: 'invite-name',
  institutionCode: 'invite-institution',
};

export function InviteForm({ activePeriod, onInvited }: { activePeriod: string | null; onInvited: () => void }) {
  const { t, lang } = useI18n();
  const user = useAccount();
  const isAdmin = user.roles.includes('admin');
  const choices = isAdmin ? ADMIN_ROLES : FOCAL_ROLES;
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['contributor']);
  const [institution, setInstitution] = useState(isAdmin ? '' : (user.institution?.code ?? ''));
  const [aksi, setAksi] = useState<string[]>([]);
  const [outputs, setOutputs] = useState<string[]>([]);
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
          institutionCode: needsInstitution ? institution || null : null,
          verifierAksi: roles.includes('verifier') ? aksi : [],
          contributorOutputs: roles.includes('contributor') ? outputs : [],
          locale,
          ...(activePeriod && (aksi.length > 0 || outputs.length > 0) ? { period: activePeriod } : {}),
        },
      },
      { lang },
    );
    setResult(invited);
    setEmail('');
    setName('');
    setAksi([]);
    setOutputs([]);
    onInvited();
  });

  const toggle = (role: Role, on: boolean) =>
    setRoles((current) => (on ? [...new Set([...current, role])] : current.filter((r) => r !== role)));

  const [attempt, setAttempt] = useState(0);
  const refused = fieldErrorsOf(invite.error, INVITE_FIELDS);
  const marked = INVITE_FIELDS.filter((field) => field in refused.fields);
  useFocusFirstInvalid(
    attempt,
    marked.map((field) => FIELD_IDS[field]),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setResult(null);
    if ((await invite.run()) === undefined) setAttempt((n) => n + 1);
  };

  return (
    <>
      <form className="invite-form" onSubmit={submit} noValidate>
        <div className="inline-fields">
          <div className="field">
            <label htmlFor="invite-email">{t('auth.email')}</label>
            <input
              {...invalidProps('invite-email', 'email' in refused.fields)}
              type="email"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
            <FieldError id="invite-email" refused={'email' in refused.fields} rule="users.invalid.email" />
          </div>
          <div className="field">
            <label htmlFor="invite-name">{t('users.name')}</label>
            <input
              {...invalidProps('invite-name', 'name' in refused.fields)}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
            <FieldError id="invite-name" refused={'name' in refused.fields} rule="users.invalid.name" />
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
            <InstitutionPicker
              id="invite-institution"
              label={t('periods.institution')}
              hint={t('work.institutionHint')}
              error={'institutionCode' in refused.fields ? t('periods.invalid.institution') : null}
              value={institution ? [institution] : []}
              onChange={([code]) => setInstitution(code ?? '')}
            />
          ) : null}
          {roles.includes('verifier') && activePeriod ? (
            <AksiPicker
              id="invite-aksi"
              label={t('users.verifierAksi')}
              hint={t('users.verifierAksiHint', { period: formatPeriodCode(activePeriod) })}
              period={activePeriod}
              multiple
              value={aksi}
              onChange={setAksi}
            />
          ) : null}
          {roles.includes('contributor') && activePeriod ? (
            <OutputPicker
              id="invite-outputs"
              label={t('users.outputs')}
              hint={t('users.outputsHint')}
              period={activePeriod}
              multiple
              value={outputs}
              onChange={setOutputs}
            />
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
        <FormError error={invite.error} rest={refused.rest} />
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
