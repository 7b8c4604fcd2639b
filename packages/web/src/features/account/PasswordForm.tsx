/** Changing one's password: the current one is asked; other sessions of the account end. */
import { type FormEvent, useState } from 'react';
import { apiSend } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';

type Field = 'currentPassword' | 'newPassword';
const IDS: Record<Field, string> = { currentPassword: 'account-current-password', newPassword: 'account-new-password' };

export function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [local, setLocal] = useState<Field[]>([]);
  const [ended, setEnded] = useState<number | null>(null);
  const change = useAction(() =>
    apiSend('post', '/api/account/password', { body: { currentPassword, newPassword } }, { lang }),
  );
  const server = fieldErrorsOf(change.error, ['currentPassword', 'newPassword'] as const);
  const refused = (field: Field) => local.includes(field) || server.fields[field] !== undefined;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setEnded(null);
    const problems: Field[] = [];
    if (currentPassword === '') problems.push('currentPassword');
    if (newPassword === '') problems.push('newPassword');
    setLocal(problems);
    const first = problems[0] ?? (Object.keys(server.fields)[0] as Field | undefined);
    if (problems.length > 0 && first) {
      document.getElementById(IDS[first])?.focus();
      return;
    }
    const result = await change.run();
    if (result) {
      setCurrent('');
      setNew('');
      setEnded(result.endedSessions);
      onChanged();
    } else {
      document.getElementById(IDS.currentPassword)?.focus();
    }
  };
  return (
    <form className="account-section" onSubmit={submit} aria-labelledby="account-password" noValidate>
      <h2 id="account-password">{t('account.password.heading')}</h2>
      <div className="field">
        <label htmlFor={IDS.currentPassword}>{t('account.password.current')}</label>
        <input
          {...invalidProps(IDS.currentPassword, refused('currentPassword'))}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <FieldError id={IDS.currentPassword} refused={refused('currentPassword')} rule="account.validation.current" />
      </div>
      <div className="field">
        <label htmlFor={IDS.newPassword}>{t('account.password.new')}</label>
        <input
          {...invalidProps(IDS.newPassword, refused('newPassword'), `${IDS.newPassword}-hint`)}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
        />
        <p id={`${IDS.newPassword}-hint`} className="field__hint">
          {t('account.password.newHint')}
        </p>
        <FieldError id={IDS.newPassword} refused={refused('newPassword')} rule="account.validation.new" />
      </div>
      <FormError error={change.error} rest={server.rest} />
      {ended !== null ? (
        <p className="notice notice--success" role="status">
          {t('account.password.saved', { count: ended })}
        </p>
      ) : null}
      <div className="filters__actions">
        <button type="submit" className="button" disabled={change.busy}>
          {t('account.password.save')}
        </button>
      </div>
    </form>
  );
}
