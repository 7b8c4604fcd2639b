/**
 * Starting the next period from the screens: the admin creates 2027–2028 (typed with an en dash)
 * on "Periode dan tenggat", copying the catalogue of the running period, opens its first quarter,
 * and the contributor's home then lists that quarter's targets for their institution.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INSTITUTION } from '../support/accounts';
import { apiSession } from '../support/api';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage, screenshot } from '../support/browser';
import { expectNoSidewaysScroll } from '../support/layout-checks';
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

describe('period lifecycle', () => {
  it('admin starts 2027–2028 with a copied catalogue, opens its first quarter, a contributor sees its targets', async () => {
    const admin = await apiSession(server.url, 'admin');
    const periods = await admin.get<{ code: string; status: string }[]>('/api/periods');
    const running = periods.find((p) => p.status === 'active') ?? periods[0];
    if (!running) throw new Error('the demo has no period');

    const page = await newPage(server.url);
    await signInAs(page, 'admin');
    await page.goto(`${server.url}/kerja/periode`);
    const form = page.getByRole('form', { name: 'Periode baru' });
    await form.getByRole('textbox', { name: 'Kode periode' }).fill('2027–2028');
    await form.getByRole('combobox', { name: 'Salin katalog dari' }).selectOption(running.code);
    await form.getByRole('button', { name: 'Buat periode' }).click();
    const created = page.getByRole('status').filter({ hasText: 'dibuat sebagai draf dengan katalog' });
    await created.waitFor();
    expect(await created.textContent()).toContain('Aksi Pencegahan Korupsi 2027–2028');
    await page.getByText('masih draf').waitFor();
    expect(new URL(page.url()).searchParams.get('periode')).toBe('2027-2028');
    await screenshot(page, 'period-created');

    // The first quarter with targets of the contributor's institution is the one to open.
    const first = 1;
    await page.getByRole('button', { name: 'Buka Triwulan I', exact: true }).click();
    await page
      .getByRole('heading', { name: /Triwulan I\b/ })
      .filter({ hasText: 'Dibuka' })
      .first()
      .waitFor();
    expectNoPageErrors(page);
    await page.context().close();

    const opened = await admin.get<{ status: string; quarters: { status: string }[] }>('/api/periods/2027-2028');
    expect(opened.status).toBe('active');
    expect(opened.quarters[first - 1]?.status).toBe('open');
    const targets = await admin.get<{ targets: { targetCode: string }[] }>(
      `/api/institutions/${DEMO_INSTITUTION.code}/targets?period=2027-2028&quarter=${first}`,
    );
    expect(targets.targets.length).toBeGreaterThan(0);

    const contributor = await newPage(server.url);
    const home = await signInAs(contributor, 'contributor');
    await home.heading.waitFor();
    const code = targets.targets[0]?.targetCode ?? '';
    await contributor.getByText(code, { exact: false }).first().waitFor();
    expect(await contributor.getByText('Triwulan I', { exact: false }).count()).toBeGreaterThan(0);
    expectNoPageErrors(contributor);
    await contributor.context().close();
  });

  it('admin moves a deadline: asked how many institutions it reaches, with a reason, and told it is saved (390 px)', async () => {
    const page = await newPage(server.url, { width: 390, height: 844 });
    await signInAs(page, 'admin');
    await page.goto(`${server.url}/kerja/periode?periode=2027-2028`);
    await page.getByRole('button', { name: 'Ubah tanggal Triwulan II', exact: true }).click();
    const reason = page.getByRole('textbox', { name: /Alasan perubahan/ });
    await page.getByRole('button', { name: 'Simpan tanggal' }).click();
    await page.getByText('Tulis alasan perubahan, minimal 5 karakter.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Tenggat pelaporan').first().fill('2027-07-20');
    await reason.fill('Libur panjang Iduladha');
    await page.getByRole('button', { name: 'Simpan tanggal' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    const text = (await confirm.textContent()) ?? '';
    expect(text).toMatch(/berlaku untuk \d+ instansi/);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'quarter-dates-confirm-390');
    await confirm.getByRole('button', { name: /^Ya, ubah untuk \d+ instansi$/ }).click();
    await page.getByRole('status').filter({ hasText: 'Tanggal Triwulan II disimpan: tenggat 20 Jul 2027' }).waitFor();
    await expectNoSidewaysScroll(page);
    expectNoPageErrors(page);
    await page.context().close();
  });
});
