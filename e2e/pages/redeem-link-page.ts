import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** Aktifkan akun / Atur ulang kata sandi: choose a password from a single-use link. */
export class RedeemLinkPage {
  readonly layout: Layout;
  readonly password: Locator;
  readonly repeat: Locator;
  readonly submit: Locator;
  readonly done: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.password = this.layout.main.getByLabel('Kata sandi baru', { exact: true });
    this.repeat = this.layout.main.getByLabel('Ulangi kata sandi baru', { exact: true });
    this.submit = this.layout.main.getByRole('button', { name: 'Simpan kata sandi' });
    this.done = this.layout.main.getByRole('status').filter({ hasText: 'tersimpan. Silakan masuk.' });
  }

  /** Opens the link's path on the test server (the link names the server's public address). */
  async goto(link: string): Promise<void> {
    await this.page.goto(new URL(link).pathname);
    await this.password.waitFor();
  }

  async choosePassword(password: string): Promise<void> {
    await this.password.fill(password);
    await this.repeat.fill(password);
    await this.submit.click();
    await this.done.waitFor();
  }
}
