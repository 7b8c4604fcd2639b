import { useI18n } from '../i18n/I18nProvider';

/**
 * One button switching between Bahasa Indonesia and English, named in the language it switches
 * to. Its accessible name is its visible text ("EN English", or "EN" on a phone), so voice-control
 * users can say what they see; the longer explanation is the description.
 */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'id' ? 'en' : 'id';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      aria-description={t('lang.switchToLabel')}
      title={t('lang.switchToLabel')}
      onClick={() => setLang(other)}
    >
      <span className="lang-switch__code">{other.toUpperCase()}</span>{' '}
      <span className="lang-switch__name">{t('lang.switchTo')}</span>
    </button>
  );
}
