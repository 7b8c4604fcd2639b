/**
 * The signed-in app in both languages: the switch turns the workspace and the report editor into
 * English (dates in the English format), survives a reload, and switches back; signing out and
 * coming back to a signed-in page goes through /masuk and returns to that page.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReportEditorPage } from '../pages/report-editor-page';
import { SignInPage } from '../pages/sign-in-page';
import { WorkspacePage } from '../pages/workspace-page';
import { DEMO_ACCOUNTS, DEMO_INSTITUTION, DEMO_PASSWORD, DEMO_VERIFIER_AKSI } from '../support/accounts';
import { apiSession, findWorkTarget, type WorkTarget } from '../support/api';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

let server: TestServer;
let target: WorkTarget;
const pages: { page: Page; allow: RegExp[] }[] = [];

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
  target = await findWorkTarget(await apiSession(server.url, 'contributor'), DEMO_INSTITUTION.code, DEMO_VERIFIER_AKSI);
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

afterEach(async () => {
  for (const { page, allow } of pages.splice(0)) {
    expectNoPageErrors(page, { allow });
    await page.context().close();
  }
});

async function open(allow: RegExp[] = []): Promise<Page> {
  const page = await newPage(server.url);
  pages.push({ page, allow });
  return page;
}

describe('the signed-in app in Indonesian and English', () => {
  it("after too many failed sign-ins, says how long to wait, in the server's words", async () => {
    const page = await open([/status of 401/, /status of 429/]);
    const signIn = new SignInPage(page);
    await signIn.goto();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn.signIn(DEMO_ACCOUNTS.publicist, `salah-${attempt}`);
      await signIn.error.getByText('E-mail atau kata sandi salah', { exact: false }).waitFor();
      await signIn.submit.and(page.getByRole('button', { disabled: false })).waitFor();
    }
    await signIn.signIn(DEMO_ACCOUNTS.publicist, DEMO_PASSWORD);
    await signIn.error.getByText(/^Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam \d+ menit\.$/).waitFor();
  });

  it('switches the workspace and the report editor to English and back', async () => {
    const page = await open();
    const home = await signInAs(page, 'contributor');
    const { layout } = home;
    await home.thisQuarter.waitFor();
    expect(await layout.documentLanguage()).toBe('id');
    await home.thisQuarter.getByText(/^Tenggat pelaporan \d{1,2} [A-Z][a-z]{2} \d{4}/).waitFor();

    await layout.useEnglish();
    await layout.heading('Workspace').waitFor();
    await layout.navLink('Workspace').waitFor();
    await layout.main.getByRole('heading', { level: 2, name: 'This quarter' }).waitFor();
    await home.thisQuarter.getByText(/^Reporting deadline \d{1,2} [A-Z][a-z]{2} \d{4}/).waitFor();
    await layout.signOutButton.filter({ hasText: 'Sign out' }).waitFor();
    expect(await layout.documentLanguage()).toBe('en');

    await home.thisQuarter.getByRole('button', { name: `Start report ${target.targetCode}` }).click();
    await layout.main.getByRole('textbox', { name: 'What was achieved' }).waitFor();
    await layout.main
      .getByRole('region', { name: 'Next step' })
      .getByRole('button', { name: 'Mark ready for review' })
      .waitFor();
    await page.reload();
    await layout.main.getByRole('textbox', { name: 'What was achieved' }).waitFor();

    await layout.languageSwitch.click();
    const editor = new ReportEditorPage(page);
    await editor.narrative.waitFor();
    await editor.stepButton('Tandai siap ditinjau').waitFor();
    expect(await layout.documentLanguage()).toBe('id');
  });

  it('signs out, and a signed-in page asks for sign-in and then returns to it', async () => {
    // Asking the server who is signed in, after signing out, is answered 401: expected here.
    const page = await open([/status of 401/]);
    const home = await signInAs(page, 'focal_point');
    await home.layout.signOutButton.click();
    await home.layout.signInLink.waitFor();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await home.layout.navLink('Ruang kerja').count()).toBe(0);

    await page.goto('/kerja/pengguna');
    const signIn = new SignInPage(page);
    await signIn.heading.waitFor();
    expect(new URL(page.url()).search).toBe(`?kembali=${encodeURIComponent('/kerja/pengguna')}`);
    await signIn.signIn(DEMO_ACCOUNTS.focal_point, 'not-the-password');
    await signIn.error.getByText('E-mail atau kata sandi salah', { exact: false }).waitFor();
    await signIn.signIn(DEMO_ACCOUNTS.focal_point, DEMO_PASSWORD);
    await new WorkspacePage(page).layout.heading('Pengguna').waitFor();
    expect(new URL(page.url()).pathname).toBe('/kerja/pengguna');
  });
});
