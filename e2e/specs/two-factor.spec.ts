/**
 * Forgotten passwords and two-factor sign-in, at phone width: the reset link arrives by e-mail and
 * sets a new password; a contributor turns on an authenticator (the code computed here from the
 * secret the page shows, as the phone app does), signs in with the second step, and a recovery
 * code works once; an admin without a second factor can only enrol.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { totpCodeAt } from '../../packages/server/src/seed/demo-totp';
import { AccountPage } from '../pages/account-page';
import { RedeemLinkPage } from '../pages/redeem-link-page';
import { SignInPage } from '../pages/sign-in-page';
import { ForgotPasswordPage, TwoFactorSection } from '../pages/two-factor-pages';
import { WorkspacePage } from '../pages/workspace-page';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../support/accounts';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { type SmtpSink, startSmtpSink } from '../support/mail-sink';
import { startServer, type TestServer } from '../support/server';
import { createAccount, staffSession } from '../support/staff-api';

const PHONE = { width: 390, height: 844 };
let server: TestServer;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  [server] = await Promise.all([
    startServer({ publicUrl: true, env: { PANTAU_SMTP_URL: sink.url, PANTAU_SCHEDULER_INTERVAL_SECONDS: '5' } }),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
  await sink?.close();
});

async function mailTo(address: string): Promise<string> {
  const until = Date.now() + 60_000;
  for (;;) {
    const mail = sink.received.find((m) => m.to.includes(address));
    if (mail) return mail.text;
    if (Date.now() > until) throw new Error(`no mail to ${address} within a minute`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

it('sends a reset link by e-mail that sets a new password', async () => {
  const page = await newPage(server.url, PHONE);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.forgotLink.click();
  const forgot = new ForgotPasswordPage(page);
  await forgot.heading.waitFor();
  await forgot.email.fill(DEMO_ACCOUNTS.publicist);
  await forgot.submit.click();
  await forgot.answer.filter({ hasText: 'Jika alamat itu terdaftar' }).waitFor();

  const link = (await mailTo(DEMO_ACCOUNTS.publicist)).match(/https?:\/\/\S+\/atur-ulang-sandi\/[\w-]+/)?.[0];
  expect(link).toBeDefined();
  const redeem = new RedeemLinkPage(page);
  await redeem.goto(link as string);
  await redeem.choosePassword('teh-poci-di-sore-yang-cerah');
  await signIn.goto();
  await signIn.signIn(DEMO_ACCOUNTS.publicist, 'teh-poci-di-sore-yang-cerah');
  await new WorkspacePage(page).heading.waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expectNoPageErrors(page);
  await page.context().close();
}, 120_000);

it('turns on two-factor sign-in, then signs in with the code, and with a recovery code once', async () => {
  const page = await newPage(server.url, PHONE);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO_ACCOUNTS.contributor, DEMO_PASSWORD);
  const workspace = new WorkspacePage(page);
  await workspace.heading.waitFor();
  const account = new AccountPage(page);
  await account.headerLink.click();
  await account.heading.waitFor();

  const twoFactor = new TwoFactorSection(page);
  await twoFactor.start.click();
  await twoFactor.qrCode.waitFor();
  const secret = (await twoFactor.secret.inputValue()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const step = Math.floor(Date.now() / 30_000);
  await twoFactor.code.fill(totpCodeAt(secret, step));
  await twoFactor.confirm.click();
  await expect.poll(() => twoFactor.recoveryCodes.count()).toBe(10);
  const recoveryCode = ((await twoFactor.recoveryCodes.first().textContent()) ?? '').trim();
  await twoFactor.saved.click();
  await twoFactor.statusOn.waitFor();

  // Sign out, and in again: the password, then the code of the next time step (this one was used).
  await account.layout.signOutButton.click();
  await account.layout.signInLink.waitFor();
  await signIn.goto();
  await signIn.signIn(DEMO_ACCOUNTS.contributor, DEMO_PASSWORD);
  await signIn.code.waitFor();
  await signIn.passSecondStep(totpCodeAt(secret, step + 1));
  await workspace.heading.waitFor();

  // A recovery code signs in once; the second time it is refused.
  for (const attempt of ['first', 'second'] as const) {
    await account.layout.signOutButton.click();
    await account.layout.signInLink.waitFor();
    await signIn.goto();
    await signIn.signIn(DEMO_ACCOUNTS.contributor, DEMO_PASSWORD);
    await signIn.useRecoveryCode.click();
    await signIn.passSecondStep(recoveryCode);
    if (attempt === 'first') await workspace.heading.waitFor();
    else await signIn.error.filter({ hasText: 'Kode autentikator salah atau sudah dipakai' }).waitFor();
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expectNoPageErrors(page, { allow: [/status of 401/] });
  await page.context().close();
}, 120_000);

it('sends an admin without a second factor to enrolment, and nowhere else', async () => {
  const admin = await staffSession(server.url, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
  const email = await createAccount(
    server.url,
    admin,
    { email: 'admin.baru@setnas.go.id', name: 'Admin Baru', roles: ['admin'], institutionCode: null },
    'kopi-luwak-pagi-yang-cerah',
  );
  const page = await newPage(server.url, PHONE);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, 'kopi-luwak-pagi-yang-cerah');
  const twoFactor = new TwoFactorSection(page);
  await twoFactor.pageHeading.waitFor();
  expect(new URL(page.url()).pathname).toBe('/kerja/akun/dua-langkah');
  // Any other page of the workspace leads back here.
  await page.goto('/kerja/pengguna');
  await twoFactor.pageHeading.waitFor();
  expect(new URL(page.url()).pathname).toBe('/kerja/akun/dua-langkah');
  await twoFactor.start.click();
  const secret = (await twoFactor.secret.inputValue()).trim();
  await twoFactor.code.fill(totpCodeAt(secret, Math.floor(Date.now() / 30_000)));
  await twoFactor.confirm.click();
  await twoFactor.saved.click();
  await page.goto('/kerja/pengguna');
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasNotText: /Verifikasi dua langkah/ })
    .waitFor();
  expect(new URL(page.url()).pathname).toBe('/kerja/pengguna');
  expectNoPageErrors(page, { allow: [/status of 403/] });
  await page.context().close();
}, 120_000);
