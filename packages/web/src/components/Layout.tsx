import type { ReactNode } from 'react';
import { useInstance } from '../api/instance';
import { useT } from '../i18n/I18nProvider';
import { DemoBanner } from './DemoBanner';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** The frame of every page: skip link, header, demo banner, main content, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const instance = useInstance();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip.toContent')}
      </a>
      <SiteHeader />
      {instance.data?.demo ? <DemoBanner /> : null}
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter instance={instance.data} />
    </>
  );
}
