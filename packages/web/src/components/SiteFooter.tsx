import type { InstanceDto } from '../api/instance';
import { useT } from '../i18n/I18nProvider';

/** About Pantau, its version and the open API. */
export function SiteFooter({ instance }: { instance: InstanceDto | undefined }) {
  const t = useT();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('footer.about')}</p>
        <p className="site-footer__links">
          {/* Server-rendered pages: plain links, not client routes. */}
          <a href="/api/docs">{t('footer.api')}</a>
          {instance ? <span>{t('footer.version', { version: instance.version })}</span> : null}
        </p>
      </div>
    </footer>
  );
}
