/**
 * Forms take names, not codes: an announcement to "the Inspektorat of every kabupaten in Jawa
 * Barat" is composed with checkboxes and pickers while a live count says whom it reaches; the
 * period is found as screens write it ("2025–2026") and aksi by name; a meeting invites two
 * institutions picked by name; a media-kit material is tagged with aksi by name; a refused form
 * marks its fields and moves focus to the first. The
 * form is photographed at 1280 and 390 px for the record (e2e/artifacts/).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MeetingPages } from '../pages/coordination-pages';
import { Layout } from '../pages/layout';
import { Picker, pick } from '../pages/picker';
import { apiSession } from '../support/api';
import {
  closeBrowser,
  expectNoA11yViolations,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  screenshot,
} from '../support/browser';
import { DEMO_PERIOD } from '../support/demo-calendar';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

let server: TestServer;
/** Pages to close after each test, with the console errors the test provoked on purpose. */
const pages: { page: Page; allow: RegExp[] }[] = [];

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
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

async function open(width = 1280, allow: RegExp[] = []): Promise<Page> {
  const page = await newPage(server.url, { width });
  pages.push({ page, allow });
  return page;
}

/** The announcement form of a signed-in admin. */
async function composeAsAdmin(width = 1280) {
  const page = await open(width);
  await signInAs(page, 'admin');
  await page.goto('/kerja/koordinasi/pengumuman/baru');
  const layout = new Layout(page);
  await layout.heading('Tulis pengumuman').waitFor();
  const count = layout.main.getByRole('region', { name: 'Jumlah penerima' });
  return { page, main: layout.main, count };
}

/** Whether the page scrolls sideways: its document is wider than the window. */
function documentWidth(page: Page): Promise<{ document: number; viewport: number }> {
  return page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
}

describe('pickers by name', () => {
  it('addresses the Inspektorat of every kabupaten in Jawa Barat with the live count, at 1280 and 390 px', async () => {
    const api = await apiSession(server.url, 'admin');
    const kabupaten = (await api.get<{ total: number }>('/api/institutions?type=kabupaten&province=32&limit=1')).total;
    expect(kabupaten).toBeGreaterThan(10);

    const { page, main, count } = await composeAsAdmin();
    await count.getByText('Jumlah penerima muncul setelah Anda memilih peran dan instansi penerima.').waitFor();
    await main.getByRole('textbox', { name: 'Judul', exact: true }).fill('Persiapan verifikasi lapangan');
    await main
      .getByRole('textbox', { name: 'Isi pengumuman' })
      .fill('Mohon Inspektorat menyiapkan pendampingan untuk verifikasi lapangan triwulan ini.');
    await main.getByRole('checkbox', { name: 'Focal point (Inspektorat)', exact: true }).check();
    await main.getByRole('checkbox', { name: 'Kabupaten', exact: true }).check();

    // The province is chosen with the keyboard alone: type, arrow down, Enter.
    const provinces = new Picker(main, 'Provinsi');
    await provinces.box.focus();
    await page.keyboard.type('jawa bar');
    await provinces.option('Jawa Barat').waitFor();
    // The list has settled on the whole text typed (a busy machine filters after each key).
    await provinces.option('Jawa Tengah').waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowDown');
    // The highlight follows the key on the next render: on a busy machine, not at once.
    const jawaBarat = await provinces.option('Jawa Barat').getAttribute('id');
    await expect.poll(() => provinces.box.getAttribute('aria-activedescendant')).toBe(jawaBarat);
    await page.keyboard.press('Enter');
    await provinces.chosen('Jawa Barat').waitFor();
    await expect.poll(() => provinces.box.getAttribute('aria-expanded')).toBe('false');

    await count.getByText(`Menjangkau ${kabupaten} instansi`).waitFor();
    await count.getByText(`Kabupaten: ${kabupaten}`).waitFor();
    await count.getByText(/orang akan menerima pemberitahuan\.$/).waitFor();
    await count.getByText(/^Kabupaten Bogor, /).waitFor();
    await expectNoA11yViolations(page);
    await screenshot(page, 'announcement-form-1280');

    await page.setViewportSize({ width: 390, height: 844 });
    await count.getByText(`Menjangkau ${kabupaten} instansi`).waitFor();
    const narrow = await documentWidth(page);
    expect(narrow.document, 'the form scrolls sideways at 390 px').toBeLessThanOrEqual(narrow.viewport);
    await screenshot(page, 'announcement-form-390');
    // The list of matches fits the narrow screen too.
    const institutions = new Picker(main, 'Instansi tertentu');
    await institutions.box.fill('bandung');
    await institutions.option('Kota Bandung').waitFor();
    const open = await documentWidth(page);
    expect(open.document, 'the open list scrolls sideways at 390 px').toBeLessThanOrEqual(open.viewport);
    await expectNoA11yViolations(page);
    await screenshot(page, 'announcement-picker-390');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 900 });

    await main.getByRole('button', { name: 'Kirim pengumuman' }).click();
    await new Layout(page).heading('Persiapan verifikasi lapangan').waitFor();
    await main.getByText(`0 dari ${kabupaten} instansi telah membaca.`).waitFor();
  });

  it('finds the period as screens write it ("2025–2026") and aksi by name', async () => {
    const api = await apiSession(server.url, 'admin');
    const catalogue = await api.get<{ fokus: { aksi: { code: string; name: string }[] }[] }>(
      `/api/periods/${DEMO_PERIOD.code}/catalogue`,
    );
    const aksi = catalogue.fokus.flatMap((fokus) => fokus.aksi).find((entry) => entry.code === '1');
    if (!aksi) throw new Error('the demo catalogue has no aksi 1');

    const { main, count } = await composeAsAdmin();
    await main.getByRole('checkbox', { name: 'Humas', exact: true }).check();
    const period = new Picker(main, 'Periode aksi');
    await period.box.fill('');
    await period.box.fill(DEMO_PERIOD.label);
    await period.option(DEMO_PERIOD.label).click();
    expect(await period.box.inputValue()).toBe(DEMO_PERIOD.label);
    await pick(main, 'Aksi', aksi.name, aksi.name.split(' ').slice(0, 2).join(' '));
    await new Picker(main, 'Aksi').chosen(aksi.name).waitFor();
    await count.getByText(/^Menjangkau \d+ instansi/).waitFor();
  });

  it('marks what a refused announcement lacks and moves focus to the first field', async () => {
    const { page, main } = await composeAsAdmin();
    await main.getByRole('button', { name: 'Kirim pengumuman' }).click();
    const title = main.getByRole('textbox', { name: 'Judul', exact: true });
    await main.getByText('Periksa kolom yang ditandai.').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await title.evaluate((element) => element === document.activeElement)).toBe(true);
    await main.getByText('Tulis judul, minimal 3 karakter.').waitFor();
    await main.getByText('Pilih minimal satu peran penerima.').waitFor();
    await main.getByText('Pilih jenis instansi, provinsi, aksi, atau instansi tertentu.').waitFor();
    expect(await page.content()).not.toMatch(/body\.(title|audience)/);

    await title.fill('Rapat persiapan');
    await main.getByRole('textbox', { name: 'Isi pengumuman' }).fill('Isi.');
    await main.getByRole('button', { name: 'Kirim pengumuman' }).click();
    const role = main.getByRole('checkbox', { name: 'Focal point (Inspektorat)', exact: true });
    await expect.poll(() => role.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await title.getAttribute('aria-invalid')).toBeNull();
  });

  it('publishes a media-kit material tagged with aksi chosen by name, after marking what was missing', async () => {
    const api = await apiSession(server.url, 'admin');
    const catalogue = await api.get<{ fokus: { aksi: { code: string; name: string }[] }[] }>(
      `/api/periods/${DEMO_PERIOD.code}/catalogue`,
    );
    const aksi = catalogue.fokus.flatMap((fokus) => fokus.aksi).find((entry) => entry.code === '2');
    if (!aksi) throw new Error('the demo catalogue has no aksi 2');
    // The refused first attempt is logged by the browser as a failed request.
    const page = await open(1280, [/status of 400/]);
    await signInAs(page, 'admin');
    await page.goto('/kerja/koordinasi/media/baru');
    const layout = new Layout(page);
    await layout.heading('Terbitkan materi').waitFor();
    await layout.main.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    const title = layout.main.getByRole('textbox', { name: 'Judul', exact: true });
    await layout.main.getByText('Tulis judul, minimal 3 karakter.').waitFor();
    expect(await title.evaluate((element) => element === document.activeElement)).toBe(true);

    await title.fill('Video layanan perizinan daring');
    // An infographic needs its image: the server refuses, and the file field is marked.
    await layout.main.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    const file = layout.main.getByLabel('Berkas', { exact: true });
    await layout.main.getByText(/^Pilih berkasnya/).waitFor();
    expect(await file.getAttribute('aria-invalid')).toBe('true');
    expect(await file.evaluate((element) => element === document.activeElement)).toBe(true);
    await layout.main.getByRole('combobox', { name: 'Jenis' }).selectOption({ label: 'Video' });
    await layout.main
      .getByRole('textbox', { name: 'Tautan (mis. video)' })
      .fill('https://www.youtube.com/watch?v=perizinandaring');
    await pick(layout.main, 'Aksi', aksi.name, aksi.name.split(' ').slice(0, 2).join(' '));
    await layout.main.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await layout.heading('Video layanan perizinan daring').waitFor();
    await layout.main.getByText(`${DEMO_PERIOD.label} · Aksi 2`).waitFor();
  });

  it('invites two institutions to a meeting, picked by name', async () => {
    const page = await open();
    await signInAs(page, 'admin');
    const organiser = new MeetingPages(page);
    await organiser.create({
      title: 'Rapat koordinasi pengadaan barang dan jasa',
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 11).concat('10:00'),
      timeZone: 'WIB',
      onlineUrl: 'https://zoom.us/j/2026120302',
      agenda: 'Tindak lanjut temuan pengadaan',
      role: 'Focal point (Inspektorat)',
      institutions: ['Kota Bandung', 'Kabupaten Bogor'],
    });
    await organiser.invitee('Kota Bandung').waitFor();
    await organiser.invitee('Kabupaten Bogor').waitFor();
    expect(await organiser.invitees.getByRole('row').count()).toBe(3);
  });
});
