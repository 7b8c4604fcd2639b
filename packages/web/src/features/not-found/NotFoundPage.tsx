/** Shown for any path the app does not know, with a way back home. */
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { Link, useLocation } from '../../router';

export default function NotFoundPage() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page-intro">
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.body', { path: pathname })}</p>
      <p>
        <Link className="button" href="/">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
