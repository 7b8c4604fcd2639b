import type { Locator, Page } from 'playwright-core';

export type NavItem =
  | 'Beranda'
  | 'Aduan'
  | 'Feedback'
  | 'Katalog'
  | 'Instansi'
  | 'Ruang kerja'
  | 'Home'
  | 'Catalogue'
  | 'Institutions'
  | 'Workspace';

/** The frame around every page: main navigation, language switch, demo-data banner. */
export class Layout {
  readonly nav: Locator;
  /** The header's button switching between Indonesian and English, named by the language code it shows. */
  readonly languageSwitch: Locator;
  /** "Keluar" / "Sign out", in the header while signed in. */
  readonly signOutButton: Locator;
  /** "Masuk" / "Sign in", in the header while signed out. */
  readonly signInLink: Locator;
  readonly demoBanner: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: /^(Navigasi utama|Main navigation)$/ });
    this.languageSwitch = page.getByRole('banner').getByRole('button', { name: /^(EN|ID)( |$)/ });
    this.signOutButton = page.getByRole('banner').getByRole('button', { name: /^(Keluar|Sign out)$/ });
    this.signInLink = page.getByRole('banner').getByRole('link', { name: /^(Masuk|Sign in)$/ });
    this.demoBanner = page.getByRole('complementary', { name: /^(Data contoh|Demo data)/ });
    this.main = page.getByRole('main');
  }

  /** A link of the main navigation, by its visible name in the current language. */
  navLink(name: NavItem): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  /** Follows a main-navigation link (client-side, without reloading the page). */
  async navigateTo(name: NavItem): Promise<void> {
    await this.navLink(name).click();
  }

  /** A heading of the page's main content. */
  heading(name: string | RegExp, level = 1): Locator {
    return this.main.getByRole('heading', { name, level, exact: typeof name === 'string' });
  }

  /** Switches the interface to English and waits until it has changed. */
  async useEnglish(): Promise<void> {
    await this.navLink('Beranda').waitFor();
    await this.languageSwitch.click();
    await this.navLink('Home').waitFor();
  }

  /** Switches the interface back to Indonesian and waits until it has changed. */
  async useIndonesian(): Promise<void> {
    await this.navLink('Home').waitFor();
    await this.languageSwitch.click();
    await this.navLink('Beranda').waitFor();
  }

  /** The language announced on <html lang>, which screen readers use to pronounce the page. */
  documentLanguage(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** Waits until no part of the page still shows "Memuat…" (or "Loading…"). */
  async waitUntilLoaded(): Promise<void> {
    await this.main
      .getByRole('status')
      .filter({ hasText: /^(Memuat|Loading)…$/ })
      .first()
      .waitFor({ state: 'hidden' });
  }
}
