/**
 * Quality that counts, as people see it: the national dashboard's grade bar (a stacked bar whose
 * legend gives every count and share in text) and an institution's public page with the same
 * distribution, at 1280 and 390 px, without sideways scrolling and with no serious axe finding.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
    expectNoPageErrors(page);
    await page.context().close();
  }
});

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

/** The legend's numbers, read as a person reads them: "Administratif 12 (30,0 %)" → { Administratif: 12 }. */
async function legendCounts(bar: Locator): Promise<Record<string, number>> {
  const items = await bar.getByRole('listitem').allInnerTexts();
  return Object.fromEntries(
    items.map((text) => {
      const match = text.trim().match(/^(\S+)\s+([\d.]+)\s+\(/);
      return [match?.[1] ?? text, Number((match?.[2] ?? '').replace(/\./g, ''))];
    }),
  );
}

/** The counts a bar carries for machines: "administratif/terlaksana/berdampak". */
async function barCounts(bar: Locator): Promise<number[]> {
  return ((await bar.getAttribute('data-grades')) ?? '').split('/').map(Number);
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

describe('quality grades', { timeout: 120_000 }, () => {
  for (const size of WIDTHS) {
    it(`shows the national grade bar with its values in text at ${size.width} px`, async () => {
      const page = await newPage(server.url, size);
      pages.push(page);
      await signInAs(page, 'observer');
      await page.goto('/pantauan');
      const headline = page.getByTestId('headline-grades');
      await headline.getByText('Mutu laporan terverifikasi').waitFor();
      const bar = headline.getByTestId('grade-bar');
      // The demo's latest verified quarter has verified reports in every grade.
      const [administratif, terlaksana, berdampak] = await barCounts(bar);
      expect(administratif).toBeGreaterThan(0);
      expect(terlaksana).toBeGreaterThan(0);
      expect(berdampak).toBeGreaterThan(0);
      // Every value is there in text, not only as a length of colour.
      expect(await legendCounts(bar)).toEqual({
        Administratif: administratif,
        Terlaksana: terlaksana,
        Berdampak: berdampak,
      });
      // Each table of the view carries the grades of its rows too.
      expect(await page.getByRole('columnheader', { name: 'Mutu laporan terverifikasi' }).count()).toBeGreaterThan(0);
      await expectNoSidewaysScroll(page);
      await expectNoA11yViolations(page);
      await screenshot(page, `quality-grades-dashboard-${size.width}`);
    });

    it(`shows the same grades on an institution's public page at ${size.width} px`, async () => {
      const page = await newPage(server.url, size);
      pages.push(page);
      await page.goto(`/instansi/${DEMO_INSTITUTION.code}`);
      const region = page.getByRole('region', { name: 'Mutu laporan terverifikasi' });
      const heading = region.getByRole('heading', { name: /Mutu laporan terverifikasi/ });
      await heading.waitFor();
      // The quarter the page judges, as its heading names it: "(Triwulan VII)".
      const roman = ((await heading.textContent()) ?? '').match(/Triwulan ([IVX]+)/)?.[1] ?? '';
      const quarter = ROMAN.indexOf(roman) + 1;
      expect(quarter).toBeGreaterThan(0);
      const bar = region.getByTestId('grade-bar');
      // The same counts as the open data of that quarter.
      const api = await page.request.get(`/api/public/institutions/${DEMO_INSTITUTION.code}`);
      const figures = (await api.json()) as {
        quarters: { quarter: number; grades: { administratif: number; terlaksana: number; berdampak: number } }[];
      };
      const shown = figures.quarters.find((q) => q.quarter === quarter)?.grades;
      const expected = [shown?.administratif ?? 0, shown?.terlaksana ?? 0, shown?.berdampak ?? 0];
      expect(await barCounts(bar)).toEqual(expected);
      if (expected.some((n) => n > 0)) expect(Object.values(await legendCounts(bar))).toEqual(expected);
      await expectNoSidewaysScroll(page);
      await expectNoA11yViolations(page);
      await screenshot(page, `quality-grades-institution-${size.width}`);
    });
  }
});
