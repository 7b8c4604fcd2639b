import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** "Verifikasi dua langkah" on Akun saya (or its own page for an account that must enrol). */
export class TwoFactorSection {
  readonly layout: Layout;
  readonly pageHeading: Locator;
  readonly start: Locator;
  readonly qrCode: Locator;
  readonly secret: Locator;
  readonly code: Locator;
  readonly confirm: Locator;
  readonly recoveryCodes: Locator;
  readonly saved: Locator;
  readonly statusOn: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.pageHeading = this.layout.heading(/^(Verifikasi dua langkah|Two-factor sign-in)$/);
    this.start = this.layout.main.getByRole('button', {
      name: /^(Aktifkan verifikasi dua langkah|Turn on two-factor sign-in)$/,
    });
    this.qrCode = this.layout.main.getByRole('img', { name: /^(Kode QR|QR code)/ });
    this.secret = this.layout.main.getByRole('textbox', { name: /^(Kunci rahasia|Secret key)$/ });
    this.code = this.layout.main.getByRole('textbox', { name: /^(Kode dari aplikasi|Code from the app)$/ });
    this.confirm = this.layout.main.getByRole('button', {
      name: /^(Periksa kode dan aktifkan|Check the code and turn on)$/,
    });
    this.recoveryCodes = this.layout.main
      .getByRole('list', { name: /^(Kode pemulihan|Recovery codes)$/ })
      .getByRole('listitem');
    this.saved = this.layout.main.getByRole('button', { name: /^(Sudah saya simpan|I have saved them)$/ });
    this.statusOn = this.layout.main.getByText(/^(Wajib|Tidak wajib).*Status: aktif/);
  }
}

/** Lupa kata sandi (/lupa-sandi): ask for a reset link by e-mail. */
export class ForgotPasswordPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly email: Locator;
  readonly submit: Locator;
  readonly answer: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading(/^(Lupa kata sandi|Forgotten password)$/);
    this.email = this.layout.main.getByRole('textbox', { name: /^(Alamat e-mail|E-mail address)$/ });
    this.submit = this.layout.main.getByRole('button', { name: /^(Kirim tautan|Send the link)$/ });
    this.answer = this.layout.main.getByRole('status');
  }
}
