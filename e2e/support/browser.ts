/**
 * Debian's Chromium driven by playwright-core (no downloaded browsers), pages with their own
 * fresh storage, accessibility checks with axe-core, and screenshots under e2e/artifacts/.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

const CHROMIUM = process.env.PANTAU_E2E_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** How long a locator waits for the page before a step fails: generous, yet far below the test timeout. */
const ACTION_TIMEOUT_MS = 15_000;
const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser | null = null;
const problemsByPage = new WeakMap<Page, string[]>();

/** Launches the shared headless Chromium of the current spec file. */
export async function launchBrowser(): Promise<void> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Closes Chromium and with it every page still open. */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface PageOptions {
  width?: number;
  height?: number;
  /** Browser locale; the app's language itself is Indonesian until the visitor switches. */
  locale?: string;
}

/**
 * A page in a new browser context (empty storage, so the language starts as Indonesian), with
 * `baseUrl` as the base of relative `goto` paths. Close it with `page.context().close()`.
 */
export async function newPage(
  baseUrl: string,
  { width = 1280, height = 900, locale = 'id-ID' }: PageOptions = {},
): Promise<Page> {
  if (!browser) throw new Error('launchBrowser() must run first (in beforeAll)');
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width, height },
    locale,
    // Deadlines are counted in WIB; a visitor in Jakarta sees the same dates as the server.
    timezoneId: 'Asia/Jakarta',
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = await context.newPage();
  const problems: string[] = [];
  problemsByPage.set(page, problems);
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  return page;
}

/**
 * Fails when the page threw an uncaught error or logged one to the console (a CSP refusal, a failed
 * request…). `allow` lists messages a test provoked on purpose (a dropped connection, a refused upload).
 */
export function expectNoPageErrors(page: Page, { allow = [] }: { allow?: RegExp[] } = {}): void {
  const problems = (problemsByPage.get(page) ?? []).filter(
    (problem) => !allow.some((pattern) => pattern.test(problem)),
  );
  expect(problems, 'errors in the browser console').toEqual([]);
}

export interface A11yOptions {
  /** Impacts that fail the check; milder findings are ignored. */
  impacts?: ImpactValue[];
  /** Run only these axe rules (by id) instead of all of them. */
  only?: string[];
  /** Leave out these axe rules (by id). */
  skip?: string[];
}

/** Runs axe-core on the page as it is now and fails listing each violation and the elements concerned. */
export async function expectNoA11yViolations(
  page: Page,
  { impacts = ['serious', 'critical'], only, skip = [] }: A11yOptions = {},
): Promise<void> {
  // Evaluated through the DevTools protocol rather than added as a <script>: the app's
  // Content-Security-Policy (script-src 'self') rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOptions: RunOptions = {
    resultTypes: ['violations'],
    ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
    rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])),
  };
  const violations = await page.evaluate(async (options) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const results = await axe.run(document, options);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, runOptions);
  const failing = violations
    .filter((violation) => violation.impact !== null && impacts.includes(violation.impact))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.targets.join(', ')}`);
  expect(failing, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Saves a full-page PNG as e2e/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  return path;
}
