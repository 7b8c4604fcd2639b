/** axe-core finds no serious or critical accessibility problem on any public page. */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { CataloguePage } from '../pages/catalogue-page';
import { HomePage } from '../pages/home-page';
import { InstitutionsPage } from '../pages/institutions-page';
import { NotFoundPage } from '../pages/not-found-page';
import { PortalInstitutionPage } from '../pages/portal-pages';
import {
  closeBrowser,
  expectNoA11yViolations,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  type PageOptions,
} from '../support/browser';
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

describe('accessibility (axe-core: no serious or critical violations)', () => {
  it('home', async () => {
    const page = await open();
    await new HomePage(page).goto();
    await expectNoA11yViolations(page);
  });

  it('catalogue, folded and with an output unfolded', async () => {
    const page = await open();
    const catalogue = new CataloguePage(page);
    await catalogue.goto();
    await expectNoA11yViolations(page);
    await catalogue.expandOutput('1.1');
    await expectNoA11yViolations(page);
  });

  it('institutions list', async () => {
    const page = await open();
    await new InstitutionsPage(page).goto();
    await expectNoA11yViolations(page);
  });

  it('institution detail', async () => {
    const page = await open();
    const detail = new PortalInstitutionPage(page);
    await detail.goto('33.74');
    await detail.lastVerified.waitFor();
    await expectNoA11yViolations(page);
  });

  it('page not found', async () => {
    const page = await open();
    await new NotFoundPage(page).goto('/halaman-yang-tidak-ada');
    await expectNoA11yViolations(page);
  });

  it('home at phone size, in English', async () => {
    const page = await open({ width: 390, height: 844 });
    const home = new HomePage(page);
    await home.goto();
    await home.layout.useEnglish();
    await home.layout.heading('Corruption-prevention action monitoring').waitFor();
    await home.layout.waitUntilLoaded();
    await expectNoA11yViolations(page);
  });

  it('the language switch is named by the label it shows (WCAG 2.5.3), on desktop and phone, in both languages', async () => {
    for (const width of [1280, 390]) {
      const page = await open({ width, height: 900 });
      const home = new HomePage(page);
      await home.goto();
      await expectNoA11yViolations(page, { only: ['label-content-name-mismatch'] });
      await home.layout.useEnglish();
      await expectNoA11yViolations(page, { only: ['label-content-name-mismatch'] });
    }
  });
});
