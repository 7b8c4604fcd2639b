/**
 * The admin maintains the catalogue in the browser: adds an aksi and an output (a refused name is
 * explained beside its field), gives the output a target and revises it, assigns the output by
 * rule with a live count of whom the rule reaches, renames an institution, and finds every change
 * in the public catalogue. axe-core finds no serious or critical violation with the forms open.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueAdminPage } from '../pages/catalogue-admin-page';
import { CataloguePage } from '../pages/catalogue-page';
import { InstitutionsAdminPage } from '../pages/institutions-admin-page';
import { Picker } from '../pages/picker';
import { DEMO_INSTITUTION } from '../support/accounts';
import { apiSession } from '../support/api';
import {
  closeBrowser,
  expectNoA11yViolations,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  screenshot,
} from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

const AKSI = '99';
const OUTPUT = '99.1';
const AKSI_NAME = 'Digitalisasi layanan perizinan daerah';
const OUTPUT_NAME = 'Perizinan daring terintegrasi di provinsi';

let server: TestServer;
let fokusCode: string;
let provinceCount: number;
const pages: Page[] = [];
/** Refusals a test provokes on purpose, allowed in the browser console of its pages. */
const REFUSED = /status of 400 \(Bad Request\)/;
let allowRefusals = false;

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await apiSession(server.url, 'admin');
  const periods = await admin.get<{ code: string; status: string }[]>('/api/periods');
  const period = periods.find((p) => p.status === 'active') ?? periods[0];
  const catalogue = await admin.get<{ fokus: { code: string }[] }>(`/api/periods/${period?.code}/catalogue`);
  fokusCode = catalogue.fokus[0]?.code ?? '1';
  provinceCount = (await admin.get<{ total: number }>('/api/institutions?type=provinsi&limit=1')).total;
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

afterEach(async () => {
  for (const page of pages.splice(0)) {
    expectNoPageErrors(page, { allow: allowRefusals ? [REFUSED] : [] });
    await page.context().close();
  }
  allowRefusals = false;
});

async function open(): Promise<Page> {
  const page = await newPage(server.url);
  pages.push(page);
  return page;
}

describe('admin catalogue, assignment and institution management', () => {
  it('admin adds an aksi and an output, a target and its revision, and an assignment rule', async () => {
    allowRefusals = true;
    const page = await open();
    await signInAs(page, 'admin');
    const catalogue = new CatalogueAdminPage(page);
    await catalogue.goto();
    await catalogue.layout.waitUntilLoaded();

    // A new aksi; a name that is too short is refused and explained beside the field.
    const fokus = catalogue.section('Fokus', fokusCode);
    const aksiForm = await catalogue.openForm(fokus, `Tambah aksi pada fokus ${fokusCode}`);
    await aksiForm.getByRole('textbox', { name: 'Kode aksi' }).fill(AKSI);
    const aksiName = aksiForm.getByRole('textbox', { name: 'Nama aksi' });
    await aksiName.fill('ab');
    await aksiForm.getByRole('button', { name: 'Simpan aksi' }).click();
    await aksiForm.getByText('Isi nama 3–300 karakter.', { exact: true }).waitFor();
    expect(await aksiName.getAttribute('aria-invalid')).toBe('true');
    await aksiForm
      .getByRole('alert')
      .getByText(/^Data yang dikirim tidak valid/)
      .waitFor();
    await aksiName.fill(AKSI_NAME);
    await aksiForm.getByRole('button', { name: 'Simpan aksi' }).click();
    const aksi = catalogue.section('Aksi', AKSI);
    await aksi.getByRole('heading', { level: 3, name: new RegExp(`${AKSI_NAME}$`) }).waitFor();

    // An output under it: the code starts with the aksi's.
    const outputForm = await catalogue.openForm(aksi, `Tambah output pada aksi ${AKSI}`);
    const outputCode = outputForm.getByRole('textbox', { name: 'Kode output' });
    expect(await outputCode.inputValue()).toBe(`${AKSI}.`);
    await outputCode.fill(OUTPUT);
    await outputForm.getByRole('textbox', { name: 'Nama output' }).fill(OUTPUT_NAME);
    await outputForm.getByRole('button', { name: 'Simpan output' }).click();
    const output = await catalogue.openOutput(OUTPUT);
    await output.getByText('Penugasan: Belum ditugaskan · 0 instansi').waitFor();

    // A target for Triwulan I; a weight out of range is refused beside its field.
    const targetForm = await catalogue.openForm(output, `Tambah target output ${OUTPUT}`);
    await targetForm.getByRole('combobox', { name: 'Triwulan' }).selectOption({ label: 'Triwulan I' });
    await targetForm.getByRole('textbox', { name: 'Ukuran keberhasilan' }).fill('Layanan perizinan daring berjalan');
    await targetForm.getByRole('textbox', { name: 'Data dukung' }).fill('Tangkapan layar layanan\nSK penetapan');
    const weight = targetForm.getByRole('textbox', { name: 'Bobot' });
    await weight.fill('0');
    await targetForm.getByRole('button', { name: 'Simpan target' }).click();
    await targetForm.getByText('Isi bobot berupa bilangan bulat 1–100.', { exact: true }).waitFor();
    expect(await weight.getAttribute('aria-invalid')).toBe('true');
    await weight.fill('25');
    await targetForm.getByRole('button', { name: 'Simpan target' }).click();
    const target = `${OUTPUT}-TW1`;
    await output.getByText(target, { exact: true }).waitFor();

    // Its revision: a new current version with the reason.
    await output.getByRole('button', { name: `Riwayat dan revisi ${target}` }).click();
    await output.getByRole('button', { name: `Revisi target ${target}` }).click();
    await output.getByRole('textbox', { name: 'Ukuran keberhasilan' }).fill('Layanan perizinan daring berjalan penuh');
    await output.getByRole('textbox', { name: 'Alasan revisi' }).fill('Penyesuaian hasil rapat koordinasi');
    await output.getByRole('button', { name: 'Simpan versi baru' }).click();
    const newest = output
      .getByRole('list', { name: `Riwayat versi ${target}` })
      .getByRole('listitem')
      .first();
    await newest.getByText('versi 2', { exact: true }).waitFor();
    await output.getByText('Layanan perizinan daring berjalan penuh', { exact: true }).first().waitFor();

    // The rule builder counts whom a rule reaches while it is being built.
    await output.getByRole('button', { name: `Ubah penugasan output ${OUTPUT}` }).click();
    const builder = output.getByRole('form', { name: `Tambah aturan penugasan output ${OUTPUT}` });
    await builder.waitFor();
    await builder.getByRole('radio', { name: 'Semua provinsi' }).check();
    await builder.getByRole('status').getByText(`Menjangkau ${provinceCount} instansi.`).waitFor();
    await builder.getByRole('radio', { name: 'Daftar instansi' }).check();
    await builder.getByRole('status').getByText('Pilih minimal satu instansi', { exact: false }).waitFor();
    // A pasted list of codes still works; the institutions then show by name, and go with ×.
    await builder.getByText('Tempel daftar kode instansi').click();
    await builder.getByRole('textbox', { name: 'Kode instansi' }).fill(`${DEMO_INSTITUTION.code}, 99.99`);
    await builder.getByRole('status').getByText('Kode tidak dikenal: 99.99.').waitFor();
    const chosen = new Picker(builder, 'Instansi dalam daftar');
    await chosen.chosen(DEMO_INSTITUTION.name).waitFor();
    await builder.getByRole('button', { name: 'Hapus 99.99' }).click();
    await builder.getByRole('status').getByText('Menjangkau 1 instansi.').waitFor();
    await expectNoA11yViolations(page);
    await builder.getByRole('button', { name: 'Tambahkan aturan' }).click();
    await builder.getByText('Aturan ditambahkan; 1 instansi kini ditugasi.').waitFor();
    await output
      .getByRole('list', { name: `Aturan penugasan output ${OUTPUT} yang berlaku` })
      .getByText(/^Daftar: 1 instansi/)
      .waitFor();
    await output.getByText('Penugasan: Daftar: 1 instansi · 1 instansi').waitFor();
  });

  it('admin renames an institution and the change shows in the list', async () => {
    allowRefusals = true;
    const page = await open();
    await signInAs(page, 'admin');
    const institutions = new InstitutionsAdminPage(page);
    await institutions.goto(DEMO_INSTITUTION.name);
    const form = await institutions.openRename(DEMO_INSTITUTION.name);
    const name = form.getByRole('textbox', { name: 'Nama' });
    await name.fill('J');
    await form.getByRole('button', { name: 'Simpan perubahan' }).click();
    await form.getByText('Isi nama 2–200 karakter.', { exact: true }).waitFor();
    await name.fill('Pemerintah Provinsi Jawa Barat');
    await form.getByRole('button', { name: 'Simpan perubahan' }).click();
    await institutions.layout.main
      .getByRole('status')
      .getByText(`Pemerintah Provinsi Jawa Barat (${DEMO_INSTITUTION.code}) tersimpan.`)
      .waitFor();
    await institutions.row('Pemerintah Provinsi Jawa Barat').waitFor();
  });

  it('the public catalogue shows the new aksi, output, revised target and assignment', async () => {
    const page = await open();
    const catalogue = new CataloguePage(page);
    await catalogue.goto();
    const output = await catalogue.expandOutput(OUTPUT);
    await output.getByText(OUTPUT_NAME).waitFor();
    await output.getByText('1 instansi · Daftar: 1 instansi').waitFor();
    await output.getByRole('link', { name: DEMO_INSTITUTION.code, exact: true }).waitFor();
    await output.getByText('Layanan perizinan daring berjalan penuh').waitFor();
    await catalogue.layout.main.getByText(AKSI_NAME).first().waitFor();
  });

  it("admin ends one institution's assignment from the list of assigned institutions, with a reason", async () => {
    allowRefusals = true;
    const page = await open();
    await signInAs(page, 'admin');
    const catalogue = new CatalogueAdminPage(page);
    await catalogue.goto();
    await catalogue.layout.waitUntilLoaded();
    const output = await catalogue.openOutput(OUTPUT);
    await output.getByRole('button', { name: `Ubah penugasan output ${OUTPUT}` }).click();
    await output.getByText(`Instansi yang ditugasi output ${OUTPUT}`).click();
    const assigned = output.getByRole('list', { name: `Instansi yang ditugasi output ${OUTPUT}` });
    // The institution as renamed by the test before.
    const name = 'Pemerintah Provinsi Jawa Barat';
    await assigned.getByRole('button', { name: `Akhiri penugasan ${name}` }).click();
    const ending = output.getByRole('form', { name: `Akhiri penugasan ${name}` });
    await ending.getByRole('button', { name: 'Akhiri penugasan' }).click();
    await expect.poll(() => ending.getByRole('textbox', { name: 'Alasan' }).getAttribute('aria-invalid')).toBe('true');
    await ending.getByRole('textbox', { name: 'Alasan' }).fill('Instansi digabung ke instansi lain');
    await ending.getByRole('button', { name: 'Akhiri penugasan' }).click();
    await output.getByText('0–0 dari 0 instansi.').waitFor();
  });

  it('admin catalogue page with its forms open: no serious or critical axe violations', async () => {
    const page = await open();
    await signInAs(page, 'admin');
    const catalogue = new CatalogueAdminPage(page);
    await catalogue.goto();
    await catalogue.layout.waitUntilLoaded();
    await catalogue.openForm(catalogue.layout.main, 'Tambah fokus');
    const output = await catalogue.openOutput(OUTPUT);
    await catalogue.openForm(output, `Ubah output ${OUTPUT}`);
    await catalogue.openForm(output, `Tambah target output ${OUTPUT}`);
    await output.getByRole('button', { name: `Ubah penugasan output ${OUTPUT}` }).click();
    await output.getByRole('list', { name: `Aturan penugasan output ${OUTPUT} yang berlaku` }).waitFor();
    await expectNoA11yViolations(page);
    await screenshot(page, 'admin-catalogue-forms-1280x900');
  });
});
