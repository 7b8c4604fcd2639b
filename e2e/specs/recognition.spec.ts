/**
 * Stories and recognition in the browser: a publicist starts a story from an accepted report,
 * publishes it, and the institution's portal page shows it beside its results; the recognition
 * page reads at 1280 and 390 px, its certificate downloads as a PDF and its code verifies.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PortalInstitutionPage, PortalRecognitionPage } from '../pages/portal-pages';
import { PublicationsPage, StorySourcesSection } from '../pages/publications-page';
import { DEMO_INSTITUTION } from '../support/accounts';
import {
  closeBrowser,
  expectNoA11yViolations,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  screenshot,
} from '../support/browser';
import { expectNoSidewaysScroll } from '../support/layout-checks';
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
    // The tampered code's page answers 404 on purpose.
    expectNoPageErrors(page, { allow: [/status of 404/] });
    await page.context().close();
  }
});

async function open(width = 1280): Promise<Page> {
  const page = await newPage(server.url, { width });
  pages.push(page);
  return page;
}

describe('stories and recognition', () => {
  it('a publicist starts a story from an accepted report and publishes it; the portal shows it', async () => {
    const title = 'Cerita uji: loket perizinan terpadu melayani daring';
    const page = await open();
    await signInAs(page, 'publicist');
    const publications = new PublicationsPage(page);
    await publications.openFromHome();
    const sources = new StorySourcesSection(page);
    const target = await sources.chooseFirst();
    expect(target).toMatch(/^\d+\.\d+/);
    await sources.start({ title, summary: 'Warga mengurus izin tanpa datang ke kantor.' });
    const row = publications.row(title);
    await row.getByText('Draf', { exact: true }).waitFor();
    await row.getByText(`Cerita hasil ${target}`).waitFor();
    await publications.publish(title);
    await row.getByText('Terbit', { exact: true }).waitFor();

    const visitor = await open();
    const portal = new PortalInstitutionPage(visitor);
    await portal.goto(DEMO_INSTITUTION.code);
    const stories = portal.main.locator('#story-list');
    await stories.getByRole('link', { name: title, exact: true }).waitFor();
    await portal.main
      .getByRole('link', { name: `Baca cerita: ${title}` })
      .first()
      .waitFor();
    await stories.getByRole('link', { name: title, exact: true }).click();
    await portal.heading.getByText(title).waitFor();
    await portal.main.getByText('Warga mengurus izin tanpa datang ke kantor.').waitFor();
    await portal.main.getByRole('heading', { name: 'Hasil terverifikasi' }).waitFor();
    expect(await visitor.locator('link[rel="alternate"][type="application/atom+xml"]').count()).toBe(1);
  });

  for (const width of [1280, 390]) {
    it(`shows the recognition page at ${width} px, with a certificate that downloads and verifies`, async () => {
      const page = await open(width);
      const recognition = new PortalRecognitionPage(page);
      await page.goto('/');
      await page.getByRole('contentinfo').getByRole('link', { name: 'Apresiasi' }).click();
      await recognition.heading.getByText('Apresiasi instansi').waitFor();
      const options = await recognition.point.locator('option').allTextContents();
      expect(options[0]).toMatch(/^Periode 2025-2026 \(s\.d\. Triwulan [IVX]+\)$/);
      const quarter = options[1] as string;
      expect(quarter).toMatch(/^Triwulan [IVX]+$/);
      await recognition.choose(quarter);
      await page.waitForURL(/quarter=\d/);
      expect(await recognition.certificates().count()).toBeGreaterThan(0);
      await expectNoSidewaysScroll(page);
      await expectNoA11yViolations(page);
      await screenshot(page, `recognition-${width}`);

      const [download] = await Promise.all([page.waitForEvent('download'), recognition.certificates().first().click()]);
      expect(download.suggestedFilename()).toMatch(/^sertifikat-apresiasi-.+\.pdf$/);
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');

      const code =
        (await recognition.main
          .getByRole('link', { name: /^AP-\d{8}-T\d-/ })
          .first()
          .textContent()) ?? '';
      await recognition.main.getByRole('link', { name: code }).first().click();
      await page.getByText('Sertifikat ini sah.').waitFor();
      await page.goto(`/apresiasi/verifikasi/${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`);
      await page.getByRole('alert').getByText('tidak ditemukan', { exact: false }).waitFor();
    });
  }
});
