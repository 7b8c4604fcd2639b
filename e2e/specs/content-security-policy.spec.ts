/**
 * The web app runs under its own Content-Security-Policy without one violation: no eval (not even
 * a probe that catches its own refusal), no inline script or style, nothing from elsewhere.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeBrowser, launchBrowser, newPage } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { signInAs } from '../support/session';

let server: TestServer;

beforeAll(async () => {
  [server] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await closeBrowser();
  await server?.stop();
});

/** Records every CSP violation the page reports, from its very first script on. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
}

const seenOn = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

it('shows public pages, signs in and opens the admin screens without a CSP violation', async () => {
  const page = await newPage(server.url);
  await recordViolations(page);
  const violations: string[] = [];
  // Each full page load starts a new record: read it before leaving.
  const visit = async (path: string) => {
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Give lazily loaded screens (and the rules they load from the core package) time to run.
    await page.waitForLoadState('networkidle');
    violations.push(...(await seenOn(page)).map((v) => `${path}: ${v}`));
  };
  for (const path of ['/', '/instansi']) await visit(path);
  await signInAs(page, 'admin');
  // Screens whose code loads the shared rules (and their schemas) from the core package.
  for (const path of ['/kerja', '/kerja/notifikasi', '/kerja/instansi', '/kerja/operasi']) await visit(path);
  expect(violations).toEqual([]);
  await page.context().close();
});
