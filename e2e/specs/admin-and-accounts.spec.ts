/**
 * The admin's and the focal point's own work, tried as a new user would: inviting people (who
 * activate their account from the link and land on their home), moving a deadline for one
 * institution, revising a target, and closing the quarter with its field-verification sample.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueAdminPage } from '../pages/catalogue-admin-page';
import { PeriodsPage } from '../pages/periods-page';
import { RedeemLinkPage } from '../pages/redeem-link-page';
import { SignInPage } from '../pages/sign-in-page';
import { UsersPage } from '../pages/users-page';
import { WorkspacePage } from '../pages/workspace-page';
import { DEMO_INSTITUTION } from '../support/accounts';
import { apiSession, findWorkTarget, type WorkTarget } from '../support/api';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

let server: TestServer;
let work: WorkTarget;
const pages: Page[] = [];

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
  work = await findWorkTarget(await apiSession(server.url, 'contributor'), DEMO_INSTITUTION.code, [
    '1',
    '2',
    '3',
    '4',
    '5',
  ]);
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

/** A refusal a test provokes on purpose, allowed in the browser console of its pages. */
let allowRefusals = false;

afterEach(async () => {
  for (const page of pages.splice(0)) {
    expectNoPageErrors(page, { allow: allowRefusals ? [/status of 400 \(Bad Request\)/] : [] });
    await page.context().close();
  }
  allowRefusals = false;
});

async function open(): Promise<Page> {
  const page = await newPage(server.url);
  pages.push(page);
  return page;
}

describe('admin and account work', () => {
  it('admin invites a contributor, who activates the account from the link and lands on "Triwulan ini"', async () => {
    const admin = await open();
    await signInAs(admin, 'admin');
    const users = new UsersPage(admin);
    await users.goto();
    // A malformed address is refused beside its field, in words, with no request path.
    allowRefusals = true;
    await users.invite.getByRole('textbox', { name: 'Alamat e-mail' }).fill('pic.baru@');
    await users.invite.getByRole('textbox', { name: 'Nama' }).fill('Sari Wulandari');
    await users.invite.getByRole('button', { name: 'Undang', exact: true }).click();
    const emailField = users.invite.getByRole('textbox', { name: 'Alamat e-mail' });
    await users.invite.getByText('Tulis alamat e-mail yang lengkap').waitFor();
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    expect(await users.invite.textContent()).not.toContain('body.email');
    expect(await emailField.evaluate((el) => el === document.activeElement)).toBe(true);
    await users.invite.getByRole('textbox', { name: 'Nama' }).fill('');
    const link = await users.inviteUser({
      email: 'pic.baru@jabarprov.go.id',
      name: 'Sari Wulandari',
      role: 'Penyusun laporan (PIC)',
      institution: DEMO_INSTITUTION.name,
    });
    expect(link).toMatch(/\/undangan\/[\w-]+$/);
    await users.account('Sari Wulandari').getByText('Diundang').waitFor();

    const newcomer = await open();
    const redeem = new RedeemLinkPage(newcomer);
    await redeem.goto(link);
    await redeem.choosePassword('teh-manis-hangat-sore-ini');
    await redeem.layout.main.getByRole('link', { name: 'Masuk', exact: true }).click();
    const signIn = new SignInPage(newcomer);
    // The address comes along from the invitation: only the password is typed again.
    expect(await newcomer.getByRole('textbox', { name: 'Alamat e-mail' }).inputValue()).toBe(
      'pic.baru@jabarprov.go.id',
    );
    await signIn.signIn('pic.baru@jabarprov.go.id', 'teh-manis-hangat-sore-ini');
    const home = new WorkspacePage(newcomer);
    await home.thisQuarter.waitFor();
    await home.targetCard(work.targetCode).waitFor();
  });

  it('the focal point invites a publicist of its own institution and disables the account again', async () => {
    const page = await open();
    await signInAs(page, 'focal_point');
    const users = new UsersPage(page);
    await users.goto();
    await users.inviteUser({ email: 'humas.baru@jabarprov.go.id', name: 'Dimas Pratama', role: 'Humas' });
    const account = users.account('Dimas Pratama');
    await account.getByRole('button', { name: 'Nonaktifkan Dimas Pratama' }).click();
    await account.getByRole('textbox', { name: 'Alasan' }).fill('Pindah tugas ke dinas lain');
    await account.getByRole('button', { name: 'Nonaktifkan akun' }).click();
    await users.account('Dimas Pratama').getByText('Nonaktif', { exact: true }).waitFor();
  });

  it("admin gives the institution a later deadline, which its focal point's home shows", async () => {
    const admin = await open();
    await signInAs(admin, 'admin');
    const periods = new PeriodsPage(admin);
    await periods.goto();
    const quarterName = `Triwulan ${ROMAN[work.quarter - 1]}`;
    await periods.grantExtension(
      quarterName,
      DEMO_INSTITUTION.name,
      '2027-02-15',
      'Bencana banjir di ibu kota provinsi',
    );
    await periods.extension
      .getByRole('status')
      .getByText(`Tenggat ${DEMO_INSTITUTION.code} untuk ${quarterName} kini 15 Feb 2027`)
      .waitFor();

    const focal = await open();
    const home = await signInAs(focal, 'focal_point');
    await home.layout.main.getByText('Tenggat pelaporan 15 Feb 2027').waitFor();
  });

  it('admin revises a target; the new version is current and the old one kept', async () => {
    const admin = await open();
    await signInAs(admin, 'admin');
    const catalogue = new CatalogueAdminPage(admin);
    await catalogue.goto();
    const outputCode = work.targetCode.split('-')[0] ?? '';
    const output = await catalogue.openOutput(outputCode);
    await output.getByRole('button', { name: `Riwayat dan revisi ${work.targetCode}` }).click();
    await output.getByRole('button', { name: `Revisi target ${work.targetCode}` }).click();
    await output
      .getByRole('textbox', { name: 'Ukuran keberhasilan' })
      .fill('Tercapainya integrasi data pada seluruh kabupaten/kota');
    await output
      .getByRole('textbox', { name: 'Alasan revisi' })
      .fill('Reorganisasi target hasil rapat koordinasi nasional');
    await output.getByRole('button', { name: 'Simpan versi baru' }).click();
    const versions = output.getByRole('list', { name: `Riwayat versi ${work.targetCode}` });
    const newest = versions.getByRole('listitem').first();
    await newest.getByText('Alasan: Reorganisasi target hasil rapat koordinasi nasional').waitFor();
    expect(await newest.getByText('versi 2', { exact: true }).count()).toBe(1);
    expect(await newest.getByText('berlaku', { exact: true }).count()).toBe(1);
    await versions.getByRole('listitem').nth(1).getByText('versi 1', { exact: true }).waitFor();
  });

  it('admin closes the quarter and sees the field-verification sample with its seed', async () => {
    const admin = await open();
    await signInAs(admin, 'admin');
    const periods = new PeriodsPage(admin);
    await periods.goto();
    const quarterName = `Triwulan ${ROMAN[work.quarter - 1]}`;
    const quarter = periods.quarter(quarterName);
    await quarter.getByRole('button', { name: `Tutup ${quarterName}` }).click();
    await quarter.getByRole('button', { name: `Tutup ${quarterName} dan tarik sampel` }).click();
    await periods.layout.main
      .getByRole('status')
      .getByText(/^Benih \(seed\) yang dipublikasikan: [0-9a-f]{64}$/)
      .waitFor();
    await periods.quarter(quarterName).getByText('Ditutup', { exact: true }).waitFor();
  });
});
