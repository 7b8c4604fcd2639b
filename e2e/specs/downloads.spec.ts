/**
 * Reports and imports as admin does them in the browser: the quarterly national report downloaded
 * as a PDF with its progress shown to the end, then a spreadsheet import checked (problems listed
 * by sheet, row and column), corrected and committed.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DownloadsPage } from '../pages/downloads-page';
import { ImportPage } from '../pages/import-page';
import { closeBrowser, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

let server: TestServer;
const pages: Page[] = [];

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

afterEach(async () => {
  for (const page of pages.splice(0)) {
    expectNoPageErrors(page);
    await page.context().close();
  }
});

async function open(): Promise<Page> {
  const page = await newPage(server.url);
  pages.push(page);
  return page;
}

describe('reports and imports', () => {
  it('admin downloads the quarterly national report as a PDF, with progress to the end', async () => {
    const page = await open();
    const home = await signInAs(page, 'admin');
    await home.layout.main.getByRole('link', { name: 'Laporan & unduhan' }).click();
    const downloads = new DownloadsPage(page);
    await downloads.waitForPage();

    const name = `Laporan triwulanan ${await downloads.chosenQuarter()}`;
    const file = await downloads.download(downloads.national, 'PDF', name);
    expect(file.suggestedFilename()).toMatch(/^pantau-laporan-\d{4}-\d{4}-triwulan-\d\.pdf$/);
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');

    await downloads.status(downloads.national, `Selesai: ${file.suggestedFilename()}`).waitFor();
    expect(await downloads.progress(downloads.national, 'PDF', name).count()).toBe(0);
    await expect
      .poll(() => downloads.national.getByRole('button', { name: `Unduh PDF: ${name}` }).isEnabled())
      .toBe(true);
  });

  it('admin checks an import with mistakes, sees each problem, then commits a corrected file', async () => {
    const page = await open();
    await signInAs(page, 'admin');
    await page.goto('/kerja/unduhan');
    const downloads = new DownloadsPage(page);
    await downloads.waitForPage();
    await downloads.importLink.click();
    const importer = new ImportPage(page);
    await importer.waitForPage();
    expect(await importer.commitButton.isDisabled()).toBe(true);

    await importer.check('Instansi', {
      name: 'instansi-salah.csv',
      content: 'kode_instansi,nama\n33.99,Kota Fiktif\n99.01,Kabupaten Entah\n',
    });
    expect(await importer.problemRows()).toEqual([
      [
        'instansi',
        '2',
        'kode_instansi',
        'Baris 2, kolom kode_instansi: 33.99 bukan kode wilayah Kemendagri yang dikenal.',
      ],
      [
        'instansi',
        '3',
        'kode_instansi',
        'Baris 3, kolom kode_instansi: 99.01 bukan kode wilayah Kemendagri yang dikenal.',
      ],
    ]);
    await importer.problems.getByText('2 masalah ditemukan').waitFor();
    expect(await importer.commitButton.isDisabled()).toBe(true);

    await importer.check('Instansi', {
      name: 'instansi.csv',
      content: 'kode_instansi,nama\nBADANUJI,Badan Uji Coba Impor\n',
    });
    await importer.result
      .getByText('Tidak ada masalah dalam 1 baris. Bila disimpan: 1 baru, 0 diubah, 0 tetap.', { exact: true })
      .waitFor();
    await importer.result.getByText('Instansi: 1 baru, 0 diubah, 0 tetap', { exact: true }).waitFor();
    await expect.poll(() => importer.commitButton.isEnabled()).toBe(true);

    await importer.commitButton.click();
    await importer.result.getByText('Tersimpan (1 baris). 1 baru, 0 diubah, 0 tetap.', { exact: true }).waitFor();
    expect(await importer.commitButton.isDisabled()).toBe(true);

    // The institution is there now: the public list finds it.
    await page.goto('/instansi?q=BADANUJI');
    await page.getByRole('main').getByText('Badan Uji Coba Impor').first().waitFor();
  });
});
