/**
 * A publicist records its institution's publication with a link as a draft, publishes it from the
 * list, and the institution's portal page shows it; the page passes axe-core.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PortalInstitutionPage } from '../pages/portal-pages';
import { PublicationsPage } from '../pages/publications-page';
import { DEMO_INSTITUTION } from '../support/accounts';
import { closeBrowser, expectNoA11yViolations, expectNoPageErrors, launchBrowser, newPage } from '../support/browser';
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
    // The refused save (no link, no image) answers 400 on purpose.
    expectNoPageErrors(page, { allow: [/status of 400/] });
    await page.context().close();
  }
});

async function open(): Promise<Page> {
  const page = await newPage(server.url);
  pages.push(page);
  return page;
}

describe('publications', () => {
  it('a publicist records a publication, publishes it, and the portal shows it', async () => {
    const title = 'Jawa Barat luncurkan layanan perizinan daring terpadu';
    const page = await open();
    await signInAs(page, 'publicist');
    const publications = new PublicationsPage(page);
    await publications.openFromHome();
    // The demo institution has already told a verified result as a story.
    await publications.row('Perizinan kini selesai lebih cepat di Mal Pelayanan Publik').waitFor();

    await publications.fill({ kind: 'Berita', title, url: '', date: '2026-11-20' });
    await publications.saveDraft();
    await publications.form.getByText('Isi tautan lengkap (http atau https), atau unggah gambar.').waitFor();
    expect(
      await publications.form.getByRole('textbox', { name: 'Tautan publikasi' }).getAttribute('aria-invalid'),
    ).toBe('true');

    await publications.form
      .getByRole('textbox', { name: 'Tautan publikasi' })
      .fill('https://jabarprov.go.id/berita/perizinan-daring-terpadu');
    await publications.saveDraft();
    await publications.form.getByRole('status').getByText('Publikasi tersimpan sebagai draf.').waitFor();
    const row = publications.row(title);
    await row.getByText('Draf', { exact: true }).waitFor();
    expect(await row.getByRole('link', { name: 'Buka tautan' }).getAttribute('href')).toBe(
      'https://jabarprov.go.id/berita/perizinan-daring-terpadu',
    );
    await expectNoA11yViolations(page);

    await publications.publish(title);
    await row.getByText('Terbit', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: `Terbitkan ${title}` }).count()).toBe(0);

    const visitor = await open();
    const portal = new PortalInstitutionPage(visitor);
    await portal.goto(DEMO_INSTITUTION.code);
    await portal.main.getByRole('link', { name: title, exact: true }).waitFor();
  });
});
