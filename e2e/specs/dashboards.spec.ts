/**
 * The monitoring dashboards as the demo observer uses them: the national view, a province from
 * the map, an institution and an aksi, a number down to the reports behind it, a table's CSV
 * against the screen, the chart downloads, and axe-core on the national view.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DashboardPage, parseCsv, readNumber } from '../pages/dashboard-page';
import { DEMO_INSTITUTION } from '../support/accounts';
import {
  closeBrowser,
  expectNoA11yViolations,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  type PageOptions,
} from '../support/browser';
import { demoQuarterName, todayInWib } from '../support/demo-calendar';
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

async function open(options?: PageOptions): Promise<Page> {
  const page = await newPage(server.url, options);
  pages.push(page);
  return page;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** The quarter before today's in the demo period (its reports are in), or the first. */
function pastQuarter(): { number: number; name: string } {
  const current = demoQuarterName(todayInWib());
  const number = Math.max(1, (current ? ROMAN.indexOf(current.replace('Triwulan ', '')) + 1 : 8) - 1);
  return { number, name: `Triwulan ${ROMAN[number - 1]}` };
}

/** Signs the observer in and opens the national view from the home's dashboard links. */
async function openNational(page: Page): Promise<DashboardPage> {
  const home = await signInAs(page, 'observer');
  await home.layout.main.getByRole('link', { name: 'Pantauan nasional', exact: true }).click();
  const dashboard = new DashboardPage(page);
  await dashboard.heading('Pantauan nasional').waitFor();
  return dashboard;
}

// Each test signs in and loads a national view of several live tables: slow on a busy machine.
describe('monitoring dashboards', { timeout: 120_000 }, () => {
  it('goes from the national view through the map to a province, an institution and the reports behind a number', async () => {
    const page = await open();
    const dashboard = await openNational(page);
    const quarter = pastQuarter();
    await dashboard.showQuarter(quarter.name);
    await dashboard.layout.main.getByText(new RegExp(`^${quarter.name} periode`)).waitFor();
    expect(page.url()).toContain(`triwulan=${quarter.number}`);

    await dashboard.mapTile(DEMO_INSTITUTION.name).click();
    await dashboard.heading(DEMO_INSTITUTION.name).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/pantauan/provinsi/${DEMO_INSTITUTION.code}`);
    const institutions = dashboard.table('Instansi di provinsi ini');
    expect(await institutions.locator('tbody tr').count()).toBeGreaterThan(1);

    await dashboard
      .row(institutions, DEMO_INSTITUTION.name)
      .getByRole('link', { name: DEMO_INSTITUTION.name, exact: true })
      .click();
    await page.waitForURL(`**/pantauan/instansi/${DEMO_INSTITUTION.code}?**`);
    await dashboard.heading(DEMO_INSTITUTION.name).waitFor();

    // The first quarter with submitted reports: its count opens the list of exactly those reports.
    const trend = dashboard.table('Angka per triwulan');
    let chosen: { link: ReturnType<DashboardPage['countLink']>; count: number } | null = null;
    for (const name of ROMAN.slice(0, quarter.number).map((roman) => `Triwulan ${roman}`)) {
      const link = dashboard.countLink(dashboard.row(trend, name), 'terkirim');
      const count = readNumber((await link.textContent()) ?? '');
      if (count > 0) {
        chosen = { link, count };
        break;
      }
    }
    if (!chosen) throw new Error(`${DEMO_INSTITUTION.name} submitted nothing in the demo data`);
    await chosen.link.click();
    await dashboard.heading('Laporan di balik angka').waitFor();
    await expect.poll(async () => readNumber((await dashboard.reportCount.textContent()) ?? '')).toBe(chosen.count);
    expect(await dashboard.reportRows.count()).toBe(chosen.count);
    const firstReport = dashboard.reportRows.first().getByRole('link').first();
    expect(await firstReport.getAttribute('href')).toMatch(/^\/kerja\/laporan\/\d+$/);
  });

  it('opens an aksi from the breakdown, and a table’s CSV has the totals shown on screen', async () => {
    const page = await open();
    const dashboard = await openNational(page);
    const quarter = pastQuarter();
    await dashboard.showQuarter(quarter.name);
    await dashboard.layout.main.getByText(new RegExp(`^${quarter.name} periode`)).waitFor();

    const types = dashboard.table('Per jenis instansi');
    const expected = await dashboard.column(types, 'Target triwulan');
    const submitted = await dashboard.column(types, 'Terkirim');
    const onTime = await dashboard.column(types, 'Tepat waktu');
    const headlineExpected = await dashboard.headline('Target triwulan');
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(sum(expected)).toBe(headlineExpected);
    expect(sum(submitted)).toBeGreaterThan(0);

    const csv = await dashboard.downloadCsv('Per jenis instansi');
    expect(csv.fileName).toMatch(new RegExp(`jenis-instansi-2025-2026-q${quarter.number}\\.csv$`));
    const rows = parseCsv(csv.text);
    expect(rows.map((row) => Number(row['Target triwulan']))).toEqual(expected);
    expect(rows.map((row) => Number(row.Dikirim))).toEqual(submitted);
    expect(rows.map((row) => Number(row['Tepat waktu']))).toEqual(onTime);
    expect(sum(rows.map((row) => Number(row['Target triwulan'])))).toBe(headlineExpected);

    const aksiTable = dashboard.table('Per aksi');
    const firstAksi = aksiTable.locator('tbody tr').first().getByRole('rowheader').getByRole('link');
    const aksiName = (await firstAksi.textContent()) ?? '';
    await firstAksi.click();
    await dashboard.heading(new RegExp(`^Aksi ${aksiName.split(' ')[0]}: `)).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/pantauan/aksi/${aksiName.split(' ')[0]}`);
    const outputs = dashboard.table('Per output');
    expect(await outputs.locator('tbody tr').count()).toBeGreaterThan(0);
    const aksiTypes = await dashboard.column(dashboard.table('Per jenis instansi'), 'Target triwulan');
    const aksiExpected = await dashboard.headline('Target triwulan');
    expect(sum(aksiTypes)).toBe(aksiExpected);
  });

  it('downloads the trend chart as SVG and as PNG, drawn in the browser', async () => {
    const page = await open();
    const dashboard = await openNational(page);
    const svg = await dashboard.downloadChart('Tren per triwulan', 'SVG');
    expect(svg.fileName).toMatch(/^tren-nasional-2025-2026-q\d\.svg$/);
    const markup = svg.bytes.toString('utf8');
    expect(markup.startsWith('<?xml')).toBe(true);
    expect(markup).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(markup).toContain('<path');
    const png = await dashboard.downloadChart('Tren per triwulan', 'PNG');
    expect(png.fileName).toMatch(/\.png$/);
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.length).toBeGreaterThan(2000);
  });

  it('has no serious accessibility problem on the national view', async () => {
    const page = await open();
    const dashboard = await openNational(page);
    await dashboard.table('Provinsi').waitFor();
    await dashboard.table('Per aksi').waitFor();
    await dashboard.section('Peringatan dini').getByRole('heading', { level: 3 }).first().waitFor();
    await expectNoA11yViolations(page);
  });

  it('fits a phone’s width, and its map works from the keyboard', async () => {
    const page = await open({ width: 390, height: 844 });
    const dashboard = await openNational(page);
    await dashboard.table('Provinsi').waitFor();
    await dashboard.section('Peringatan dini').getByRole('heading', { level: 3 }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoA11yViolations(page);
    await dashboard.mapTile('Provinsi Aceh').focus();
    await page.keyboard.press('Enter');
    await dashboard.heading('Provinsi Aceh').waitFor();
    expect(new URL(page.url()).pathname).toBe('/pantauan/provinsi/11');
  });
});
