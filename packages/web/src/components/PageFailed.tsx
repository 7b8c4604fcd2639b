import { useT } from '../i18n/I18nProvider';

/** Shown when a page crashed or its code could not be downloaded (often: a new release was deployed). */
export function PageFailed() {
  const t = useT();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('error.pageFailed')}</p>
      <p>{t('error.pageFailedHint')}</p>
      <div className="notice__actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </div>
  );
}
