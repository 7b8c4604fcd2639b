/** Name, phone and language of the signed-in user; the language switches the app at once. */
import { type FormEvent, useState } from 'react';
import { apiSend, type ResponseOf } from '../../api/typed';
import { useAction } from '../../components/work/useAction';
import { useI18n } from '../../i18n/I18nProvider';
import { Link } from '../../router';
import { FieldError, FormError, fieldErrorsOf, invalidProps } from '../admin/FormErrors';

type MyAccount = ResponseOf<'/api/account', 'get'>;
type Field = 'name' | 'phone';
const IDS: Record<Field, string> = { name: 'account-name', phone: 'account-phone' };
const PHONE = /^\+?[0-9 ()-]{6,24}$/;

export function ProfileForm({ account }: { account: MyAccount }) {
  const { t, lang, setLang } = useI18n();
  const [name, setName] = useState(account.name);
  const [phone, setPhone] = useState(account.phone ?? '');
  const [locale, setLocale] = useState<'id' | 'en'>(account.locale);
  const [local, setLocal] = useState<Field[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useAction(() =>
    apiSend('patch', '/api/account', { body: { name: name.trim(), phone: phone.trim(), locale } }, { lang }),
  );
  const server = fieldErrorsOf(save.error, ['name', 'phone'] as const);
  const refused = (field: Field) => local.includes(field) || server.fields[field] !== undefined;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const problems: Field[] = [];
    if (name.trim().length < 2) problems.push('name');
    if (phone.trim() !== '' && !PHONE.test(phone.trim())) problems.push('phone');
    setLocal(problems);
    if (problems.length > 0) {
      document.getElementById(IDS[problems[0] as Field])?.focus();
      return;
    }
    const result = await save.run();
    if (result) {
      setSaved(true);
      if (result.locale !== lang) setLang(result.locale);
    }
  };
  return (
    <form className="account-section" onSubmit={submit} aria-labelledby="account-profile" noValidate>
      <h2 id="account-profile">{t('account.profile.heading')}</h2>
      <div className="field">
        <label htmlFor={IDS.name}>{t('account.profile.name')}</label>
        <input
          {...invalidProps(IDS.name, refused('name'))}
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <FieldError id={IDS.name} refused={refused('name')} rule="account.validation.name" />
      </div>
      <div className="field">
        <label htmlFor={IDS.phone}>{t('account.profile.phone')}</label>
        <input
          {...invalidProps(IDS.phone, refused('phone'), `${IDS.phone}-hint`)}
          type="tel"
          autoComplete="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
        <p id={`${IDS.phone}-hint`} className="field__hint">
          {t('account.profile.phoneHint')}
        </p>
        <FieldError id={IDS.phone} refused={refused('phone')} rule="account.validation.phone" />
      </div>
      <div className="field">
        <label htmlFor="account-locale">{t('account.profile.locale')}</label>
        <select
          id="account-locale"
          aria-describedby="account-locale-hint"
          value={locale}
          onChange={(e) => setLocale(e.target.value as 'id' | 'en')}
        >
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
        <p id="account-locale-hint" className="field__hint">
          {t('account.profile.localeHint')}
        </p>
      </div>
      <FormError error={save.error} rest={server.rest} />
      {saved ? (
        <p className="notice notice--success" role="status">
          {t('account.profile.saved')}
        </p>
      ) : null}
      <div className="filters__actions">
        <button type="submit" className="button" disabled={save.busy}>
          {t('account.profile.save')}
        </button>
        <Link href="/kerja/notifikasi">{t('account.profile.notifications')}</Link>
      </div>
    </form>
  );
}
