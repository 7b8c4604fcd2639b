import { useT } from '../i18n/I18nProvider';

/** A polite "Memuat…" announced to screen readers, shown while data loads. */
export function LoadingState() {
  const t = useT();
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {t('state.loading')}
    </p>
  );
}
