import type { Locator, Page } from 'playwright-core';

/** The identity provider's own pages in the tests (`oidc-provider`'s sign-in and consent forms). */
export class IdentityProviderPage {
  readonly login: Locator;
  readonly password: Locator;
  readonly signIn: Locator;
  /** "Continue" on the consent page: Pantau may read the e-mail and profile. */
  readonly consent: Locator;

  constructor(readonly page: Page) {
    this.login = page.getByPlaceholder('Enter any login');
    this.password = page.getByPlaceholder('and password');
    this.signIn = page.getByRole('button', { name: 'Sign-in' });
    this.consent = page.getByRole('button', { name: 'Continue' });
  }

  /** Signs in as `login` at the provider and consents; the provider then sends the browser back. */
  async signInAndConsent(login: string): Promise<void> {
    await this.login.fill(login);
    await this.password.fill('kata-sandi-di-penyedia');
    await this.signIn.click();
    await this.consent.click();
  }
}
