import { useAuth } from '../auth/AuthProvider';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages.id';
import { isPublicSitePath } from '../lib/public-site';
import { Link, useLocation } from '../router';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';

const NAV: readonly { href: string; label: MessageKey }[] = [
  { href: '/', label: 'nav.home' },
  { href: '/aduan', label: 'nav.feedback' },
  { href: '/katalog', label: 'nav.catalogue' },
  { href: '/instansi', label: 'nav.institutions' },
];

/** The signed-in officials' home, first in the navigation once signed in (their starting point). */
const WORKSPACE_NAV = { href: '/kerja', label: 'nav.workspace' } as const;

function isCurrent(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** Product name, main navigation and the language switch. */
export function SiteHeader() {
  const { t, lang } = useI18n();
  const { pathname } = useLocation();
  // The public site (server-rendered) takes its language from the address.
  const hrefOf = (href: string) => (lang === 'en' && isPublicSitePath(href) ? `${href}?lang=en` : href);
  const signedIn = useAuth().state.status === 'signed-in';
  return (
    <header className={signedIn ? 'site-header site-header--signed-in' : 'site-header'}>
      <div className="site-header__inner">
        <Link href={hrefOf('/')} className="brand">
          <img className="brand__mark" src="/favicon.svg" alt="" width="28" height="28" />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="site-header__tools">
          <NotificationBell />
          <AccountMenu />
          <LanguageSwitch />
        </div>
      </div>
      <nav className="site-nav" aria-label={t('nav.label')}>
        <ul className="site-nav__list">
          {(signedIn ? [WORKSPACE_NAV, ...NAV] : NAV).map((item) => (
            <li key={item.href}>
              <Link
                href={hrefOf(item.href)}
                className="site-nav__link"
                aria-current={isCurrent(item.href, pathname) ? 'page' : undefined}
              >
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
