/** My account: reached from the header, changes the language of the app, marks a wrong password, makes a read token. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AccountPage } from '../pages/account-page';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

let server: TestServer;

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

it('lets a contributor change phone and language, refuses a wrong current password, and create a read token', async () => {
  const page = await newPage(server.url, { width: 390, height: 844 });
  await signInAs(page, 'contributor');
  const account = new AccountPage(page);
  await account.headerLink.click();
  await account.heading.waitFor();

  await account.phone.fill('telepon saya');
  await account.saveDetails.click();
  await expect.poll(() => account.phone.getAttribute('aria-invalid')).toBe('true');
  expect(await account.phone.evaluate((el) => el === document.activeElement)).toBe(true);
  await account.phone.fill('0812 3456 7890');
  await account.language.selectOption('en');
  await account.saveDetails.click();
  await account.layout.heading(/^My account$/).waitFor();

  await account.currentPassword.fill('bukan-kata-sandinya');
  await account.newPassword.fill('teh-manis-di-sore-hari');
  await account.changePassword.click();
  await page.getByRole('alert').filter({ hasText: 'The current password is wrong.' }).waitFor();
  expect(await account.currentPassword.getAttribute('aria-invalid')).toBe('true');

  await account.tokenName.fill('Dasbor SIPD');
  await account.readOnly.check();
  await account.createToken.click();
  await account.status.filter({ hasText: 'Copy this token now' }).waitFor();
  // The token's prefix is base64url: letters, digits, '_' and '-'.
  await page.getByText(/Dasbor SIPD pantau_[\w-]+… · Read only/).waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expectNoPageErrors(page, { allow: [/status of 400/] });
  await page.context().close();
});
