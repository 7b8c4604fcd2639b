/** What a person sees on a page their role cannot use (the API answered 403): say so, and offer home. */
import { useT } from '../i18n/I18nProvider';
import { Link } from '../router';

export function NoAccess() {
  const t = useT();
  return (
    <div className="notice no-access" role="alert">
      <p className="notice__title">{t('noAccess.heading')}</p>
      <p>{t('noAccess.body')}</p>
      <p>
        <Link className="button" href="/kerja">
          {t('noAccess.home')}
        </Link>
      </p>
    </div>
  );
}
