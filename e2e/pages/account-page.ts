import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** Akun saya (/kerja/akun): details and language, password, sessions, API tokens. */
export class AccountPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly headerLink: Locator;
  readonly phone: Locator;
  readonly language: Locator;
  readonly saveDetails: Locator;
  readonly currentPassword: Locator;
  readonly newPassword: Locator;
  readonly changePassword: Locator;
  readonly tokenName: Locator;
  readonly readOnly: Locator;
  readonly createToken: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading(/^(Akun saya|My account)$/);
    this.headerLink = page.getByRole('banner').getByRole('link', { name: /^(Akun saya|My account)$/ });
    this.phone = this.layout.main.getByLabel(/^(Nomor telepon|Phone number)$/);
    this.language = this.layout.main.getByLabel(/^(Bahasa|Language)$/);
    this.saveDetails = this.layout.main.getByRole('button', { name: /^(Simpan data diri|Save your details)$/ });
    this.currentPassword = this.layout.main.getByLabel(/^(Kata sandi saat ini|Current password)$/);
    this.newPassword = this.layout.main.getByLabel(/^(Kata sandi baru|New password)$/);
    this.changePassword = this.layout.main.getByRole('button', { name: /^(Ganti kata sandi|Change password)$/ });
    this.tokenName = this.layout.main.getByLabel(/^(Nama token|Token name)$/);
    this.readOnly = this.layout.main.getByRole('radio', { name: /^(Hanya baca|Read only)$/ });
    this.createToken = this.layout.main.getByRole('button', { name: /^(Buat token|Create token)$/ });
    this.status = this.layout.main.getByRole('status');
  }
}
