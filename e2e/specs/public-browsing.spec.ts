/**
 * A visitor without an account browses the demo: the programme page, institutions (whose one
 * public page is the server-rendered /instansi/:code), catalogue, both languages.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_2025_2026 } from '../../packages/server/src/seed/demo/catalogue';
import { CataloguePage } from '../pages/catalogue-page';
import { HomePage } from '../pages/home-page';
import { InstitutionsPage } from '../pages/institutions-page';
import { PortalHomePage, PortalInstitutionPage } from '../pages/portal-pages';
import {
  closeBrowser,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  type PageOptions,
  screenshot,
} from '../support/browser';
import { DEMO_PERIOD, demoPeriodIsActive, demoQuarterName, todayInWib } from '../support/demo-calendar';
import { startServer, type TestServer } from '../support/server';

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
  // Every page must have run without a script error, a refused resource or a failed request.
  for (const page of pages.splice(0)) {
    expectNoPageErrors(page);
    await page.context().close();
  }
});

async function open(options?: PageOptions): Promise<Page> {
  const page = await newPage(server.url, options);
  pages.push(page);
  return page;
}

/** The first output of the demo catalogue and its earliest target, as the seed defines them. */
function firstDemoOutput() {
  const output = CATALOGUE_2025_2026.fokus[0]?.aksi[0]?.outputs[0];
  const target = output && [...output.targets].sort((a, b) => a.quarter - b.quarter)[0];
  if (!output || !target) throw new Error('the demo catalogue has no output with a target');
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][target.quarter - 1];
  return { code: output.code, quarterName: `Triwulan ${roman}`, successMeasure: target.successMeasure };
}

describe('public browsing', () => {
  it('home shows the active period, the current quarter and the demo-data banner', async () => {
    const home = new HomePage(await open());
    await home.goto();
    const today = todayInWib();

    await home.layout.demoBanner.waitFor();
    expect(await home.layout.demoBanner.textContent()).toContain('Data contoh');
    await home.periodText(demoPeriodIsActive(today) ? 'Periode aktif' : 'Periode terakhir').waitFor();
    expect(await home.periodHeading().textContent()).toContain(DEMO_PERIOD.label);

    const quarter = demoQuarterName(today);
    if (quarter) {
      await home.periodText(`Sekarang: ${quarter}`).waitFor();
      expect(await home.timelineQuarter(quarter).getAttribute('aria-current')).toBe('step');
    } else {
      await home.periodText('Hari ini tidak termasuk dalam triwulan periode ini.').waitFor();
    }
    // "Beranda" is the front door: the public site's national picture.
    expect(await home.layout.navLink('Beranda').getAttribute('href')).toBe('/');
  });

  it('finds Kota Semarang from the navigation, and its page loads again from its own URL', async () => {
    const page = await open();
    const home = new HomePage(page);
    await home.goto();

    await home.layout.navigateTo('Instansi');
    const institutions = new InstitutionsPage(page);
    await institutions.waitUntilLoaded();
    expect(new URL(page.url()).pathname).toBe('/instansi');
    expect(await institutions.layout.navLink('Instansi').getAttribute('aria-current')).toBe('page');

    await institutions.search('semarang');
    await institutions.result('Kota Semarang').waitFor();
    await institutions.result('Kabupaten Semarang').waitFor();
    expect(await institutions.resultCount.textContent()).toBe('Menampilkan 1–2 dari 2 instansi');

    await institutions.open('Kota Semarang');
    // The institution's one public page: server-rendered, with its figures and publications.
    const detail = new PortalInstitutionPage(page);
    await detail.lastVerified.waitFor();
    expect(new URL(page.url()).pathname).toBe('/instansi/33.74');
    expect(await detail.heading.textContent()).toBe('Kota Semarang');
    expect(
      await detail.main.getByRole('link', { name: 'Provinsi Jawa Tengah', exact: true }).getAttribute('href'),
    ).toBe('/instansi/33');
    await detail.main.getByRole('heading', { level: 2, name: 'Publikasi' }).waitFor();
    expect(await page.title()).toBe('Kota Semarang · Pantau');

    // A bookmark or a shared link: the page loads again from its own address.
    const response = await page.reload();
    expect([200, 304]).toContain(response?.status());
    expect(await detail.heading.textContent()).toBe('Kota Semarang');
  });

  it('unfolds a catalogue output into its quarterly targets', async () => {
    const catalogue = new CataloguePage(await open());
    await catalogue.goto();
    expect(await catalogue.periodSelect.inputValue()).toBe(DEMO_PERIOD.code);

    const first = firstDemoOutput();
    expect(await catalogue.output(first.code).getAttribute('open')).toBeNull();
    const output = await catalogue.expandOutput(first.code);
    expect(await output.getAttribute('open')).toBe('');
    await catalogue.target(output, first.quarterName).waitFor();
    await output.getByText(first.successMeasure, { exact: true }).waitFor();
  });

  it('switches to English, keeps the choice across pages and reloads, and switches back', async () => {
    const page = await open();
    const catalogue = new CataloguePage(page);
    await catalogue.goto();
    const { layout } = catalogue;
    expect(await layout.documentLanguage()).toBe('id');

    await layout.useEnglish();
    await layout.heading('Action catalogue').waitFor();
    await layout.navLink('Institutions').waitFor();
    await layout.demoBanner.getByText('Demo data — not official figures').waitFor();
    expect(await layout.documentLanguage()).toBe('en');

    // The front door follows in English, and the app keeps English on the way back.
    await layout.navigateTo('Home');
    const front = new PortalHomePage(page);
    await front.heading.getByText('Progress of corruption-prevention actions').waitFor();
    expect(new URL(page.url()).search).toBe('?lang=en');
    expect(await layout.documentLanguage()).toBe('en');
    await page.goto('/katalog');
    await layout.heading('Action catalogue').waitFor();
    await page.reload();
    await layout.heading('Action catalogue').waitFor();
    expect(await layout.documentLanguage()).toBe('en');

    await layout.useIndonesian();
    await layout.heading('Katalog aksi').waitFor();
    await layout.navLink('Katalog').waitFor();
    expect(await layout.documentLanguage()).toBe('id');
  });

  it('takes screenshots of home, catalogue and an institution at desktop and phone sizes', async () => {
    const first = firstDemoOutput();
    for (const { width, height } of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await open({ width, height });
      const size = `${width}x${height}`;

      const home = new HomePage(page);
      await home.goto();
      await screenshot(page, `home-${size}`);

      const catalogue = new CataloguePage(page);
      await catalogue.goto();
      await catalogue.expandOutput(first.code);
      await screenshot(page, `catalogue-${size}`);

      const detail = new PortalInstitutionPage(page);
      await detail.goto('33.74');
      await detail.lastVerified.waitFor();
      await screenshot(page, `institution-33.74-${size}`);
    }
  });
});
