import { useT } from '../i18n/I18nProvider';

/** Says on every page that the figures are demo data, so nobody quotes them as official. */
export function DemoBanner() {
  const t = useT();
  return (
    <aside className="demo-banner" aria-label={t('demo.banner')}>
      <p>
        <strong>{t('demo.banner')}</strong> <span className="demo-banner__detail">{t('demo.detail')}</span>
      </p>
    </aside>
  );
}
