import type { Locator, Page } from 'playwright-core';
import { isTwoStepDemoAccount, liveDemoCode } from '../../packages/server/src/test-support/live-authenticator';
import { Layout } from './layout';

/** Masuk: e-mail and password; afterwards back to the page that asked, or to the workspace. */
export class SignInPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  /** The server's refusal (wrong password, too many attempts), announced as an alert. */
  readonly error: Locator;
  /** "Sesi Anda telah berakhir…", shown when a session expired under the user. */
  readonly expiredNotice: Locator;
  /** The second step: the authenticator code (or, after switching, a recovery code). */
  readonly code: Locator;
  readonly continue: Locator;
  readonly useRecoveryCode: Locator;
  readonly forgotLink: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading(/^(Masuk ke Pantau|Sign in to Pantau)$/);
    this.email = this.layout.main.getByRole('textbox', { name: /^(Alamat e-mail|E-mail address)$/ });
    this.password = this.layout.main.getByLabel(/^(Kata sandi|Password)$/);
    this.submit = this.layout.main.getByRole('button', { name: /^(Masuk|Sign in)$/ });
    this.error = this.layout.main.getByRole('alert');
    this.expiredNotice = this.layout.main.getByRole('status').filter({ hasText: /^Sesi Anda telah berakhir/ });
    this.code = this.layout.main.getByRole('textbox', {
      name: /^(Kode autentikator|Authenticator code|Kode pemulihan|Recovery code)$/,
    });
    this.continue = this.layout.main.getByRole('button', { name: /^(Lanjutkan|Continue)$/ });
    this.useRecoveryCode = this.layout.main.getByRole('button', { name: /kode pemulihan|recovery code/i });
    this.forgotLink = this.layout.main.getByRole('link', { name: /^(Lupa kata sandi\?|Forgot your password\?)$/ });
  }

  /** Opens /masuk, remembering `returnTo` when given. */
  async goto(returnTo?: string): Promise<void> {
    await this.page.goto(returnTo ? `/masuk?kembali=${encodeURIComponent(returnTo)}` : '/masuk');
    await this.heading.waitFor();
  }

  /**
   * Types the credentials and presses "Masuk"; for the demo admin and verifier it then types the
   * authenticator code, computed from the account's secret as the phone app does. The caller waits
   * for where it leads.
   */
  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
    if (isTwoStepDemoAccount(email)) {
      await this.code.waitFor();
      await this.passSecondStep(await liveDemoCode(new URL(this.page.url()).origin, email, password));
    }
  }

  /** Types a code (or recovery code) in the second step and presses "Lanjutkan". */
  async passSecondStep(code: string): Promise<void> {
    await this.code.fill(code);
    await this.continue.click();
  }
}
