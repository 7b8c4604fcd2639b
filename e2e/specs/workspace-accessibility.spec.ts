/**
 * The signed-in app for every role: axe-core finds no serious or critical violation on the sign-in
 * page, each role's home (desktop and phone), the report editor and the verifier's workspace; and
 * each home is photographed at 1280×900 and 390×844 into e2e/artifacts/.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { ReportEditorPage } from '../pages/report-editor-page';
import { ReviewQueue } from '../pages/review-queue';
import { SignInPage } from '../pages/sign-in-page';
import { VerifierWorkspacePage } from '../pages/verifier-workspace-page';
import type { WorkspacePage } from '../pages/workspace-page';
import type { DemoRole } from '../support/accounts';
import {
  closeBrowser,
  expectNoA11yViolations,
  expectNoPageErrors,
  launchBrowser,
  newPage,
  type PageOptions,
  screenshot,
} from '../support/browser';
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

const SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

/** What shows that a role's home has loaded completely. */
const LOADED: Record<DemoRole, (home: WorkspacePage) => Locator> = {
  contributor: (home) => home.thisQuarter.getByRole('article').first(),
  focal_point: (home) => home.figures.getByRole('table'),
  verifier: (home) => home.reviewQueue.getByRole('region', { name: 'Laporan dalam antrean' }),
  admin: (home) => home.layout.main.getByRole('list', { name: 'Jumlah dalam antrean' }),
  observer: (home) => home.section('Capaian per instansi').getByRole('table'),
  publicist: (home) => home.section('Capaian dan kepatuhan pelaporan').getByRole('table'),
  leader: (home) => home.layout.main.getByRole('region', { name: /^Ringkasan pimpinan: / }),
};

/** Waits until nothing on the page says "Memuat…" any more. */
async function settled(page: Page): Promise<void> {
  await page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: /^(Memuat|Loading)…$/ })
    .first()
    .waitFor({ state: 'hidden' });
}

describe('workspace accessibility (axe-core: no serious or critical violations) and screenshots', () => {
  it('sign-in page', async () => {
    const page = await open();
    await new SignInPage(page).goto();
    await expectNoA11yViolations(page);
    await screenshot(page, 'signin-1280x900');
  });

  for (const role of Object.keys(LOADED) as DemoRole[]) {
    it(`home of the ${role}, at 1280 and 390 px`, async () => {
      const page = await open();
      const home = await signInAs(page, role);
      for (const { width, height } of SIZES) {
        await page.setViewportSize({ width, height });
        await home.goto();
        await LOADED[role](home).waitFor();
        await settled(page);
        await expectNoA11yViolations(page);
        await screenshot(page, `work-home-${role}-${width}x${height}`);
      }
    });
  }

  it('report editor (contributor), at 1280 and 390 px', async () => {
    const page = await open();
    const home = await signInAs(page, 'contributor');
    await home.thisQuarter
      .getByRole('link', { name: /^Lanjutkan laporan / })
      .first()
      .click();
    const editor = new ReportEditorPage(page);
    await editor.narrative.waitFor();
    await settled(page);
    await expectNoA11yViolations(page);
    await screenshot(page, 'work-report-editor-1280x900');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoA11yViolations(page);
    await screenshot(page, 'work-report-editor-390x844');
  });

  it('verifier workspace, with a file open in the viewer', async () => {
    const page = await open();
    const home = await signInAs(page, 'verifier');
    const queue = new ReviewQueue(page, home.reviewQueue);
    await queue.items().first().click();
    const workspace = new VerifierWorkspacePage(page);
    await workspace.save.waitFor();
    await settled(page);
    await expectNoA11yViolations(page);
    await workspace.requestRevision.check();
    await workspace.reason.waitFor();
    await expectNoA11yViolations(page);
    await screenshot(page, 'work-verifier-workspace-1280x900');
  });

  it('verification queue keyboard shortcuts: j / k move, Enter opens, ? shows the help', async () => {
    const page = await open();
    const home = await signInAs(page, 'verifier');
    const queue = new ReviewQueue(page, home.reviewQueue);
    const first = queue.items().nth(0);
    const second = queue.items().nth(1);
    await second.waitFor();
    await page.keyboard.press('j');
    await first.and(page.locator(':focus')).waitFor();
    await page.keyboard.press('j');
    await second.and(page.locator(':focus')).waitFor();
    await page.keyboard.press('k');
    await first.and(page.locator(':focus')).waitFor();
    await page.keyboard.press('?');
    await queue.shortcutsHelp.waitFor();
    await expectNoA11yViolations(page);
    await page.keyboard.press('Escape');
    await queue.shortcutsHelp.waitFor({ state: 'detached' });
    const name = await first.textContent();
    await page.keyboard.press('Enter');
    const workspace = new VerifierWorkspacePage(page);
    await workspace.save.waitFor();
    await workspace.layout.main
      .getByRole('heading', { level: 1, name: new RegExp(`${(name ?? '').split(' ')[0]}$`) })
      .waitFor();
  });
});
