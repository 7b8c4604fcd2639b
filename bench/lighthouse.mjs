#!/usr/bin/env node
/**
 * Lighthouse (v12, mobile preset, Debian Chromium) on three public pages (the home, an institution
 * page and an action page) and the officials' sign-in page, the first page of the web app (goal:
 * performance ≥ 95). Prints the category scores; figures for the benchmark record, not a pass/fail
 * test.
 *
 *   npm run build && npm run bench:lighthouse   # starts a throwaway demo server
 *   PANTAU_URL=http://127.0.0.1:3000 PANTAU_LH_PASSWORD=… npm run bench:lighthouse   # a running demo server
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'packages/server/dist/cli/main.js');
const CHROMIUM = process.env.PANTAU_E2E_CHROMIUM ?? '/usr/bin/chromium';
const PAGES = [
  ['home', '/'],
  ['institution', `/instansi/${process.env.PANTAU_LH_INSTITUTION ?? '32'}`],
  ['action', `/aksi/${process.env.PANTAU_LH_AKSI ?? '1'}`],
  ['sign-in', '/masuk'],
];
/** The demo contributor's home, signed in (goal: ≤ 150 KB over the wire). */
const CONTRIBUTOR = { email: 'kontributor@demo.pantau.id', path: '/kerja' };
/** The throwaway server's demo password; against PANTAU_URL, PANTAU_LH_PASSWORD (else that row is skipped). */
const PASSWORD = process.env.PANTAU_URL ? process.env.PANTAU_LH_PASSWORD : 'lighthouse-demo-2026';

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM} (set PANTAU_E2E_CHROMIUM)`);
  process.exit(1);
}

/** Starts `pantau serve` on a free port with the demo data, as the browser tests do. */
async function startServer() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const dataDir = await mkdtemp(join(tmpdir(), 'pantau-lh-'));
  const env = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    PANTAU_DATA_DIR: dataDir,
    PANTAU_DEMO: 'auto',
    PANTAU_DEMO_PASSWORD: PASSWORD,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [CLI, 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.resume();
  const url = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no URL within 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /is running at\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Signs the measuring browser in as the web app would be after the sign-in page: the session
 * cookie (`name=value`) and the app's "signed in on this browser" hint (`auth/session.ts`).
 */
async function signInBrowser(cookie) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const context = browser.contexts()[0];
  const [name, value] = cookie.split(/=(.*)/s);
  await context.addCookies([{ name, value, url: server.url }]);
  const page = await context.newPage();
  await page.goto(`${server.url}/robots.txt`);
  await page.evaluate(() => window.localStorage.setItem('pantau.signedIn', '1'));
  await page.close();
  await browser.close();
}

/** A session cookie (`name=value`) for a demo account, or undefined when the sign-in is refused. */
async function signIn(email, password) {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('pantau_session='));
  if (!response.ok || !session) {
    console.log(`(contributor's home skipped: sign-in answered ${response.status})`);
    return undefined;
  }
  return session.split(';')[0];
}

const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const server = process.env.PANTAU_URL ? { url: process.env.PANTAU_URL, stop: async () => {} } : await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  console.log(
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, ${server.url}`,
  );
  console.log('page             performance  accessibility  best-practices  seo   transferred');
  const pages = PAGES.map(([name, path]) => ({ name, path, signedIn: false }));
  const cookie = PASSWORD ? await signIn(CONTRIBUTOR.email, PASSWORD) : undefined;
  if (cookie) pages.push({ name: 'contributor', path: CONTRIBUTOR.path, signedIn: true });
  for (const { name, path, signedIn } of pages) {
    // Measured as most visitors get the page: once someone has asked for it since the last write,
    // the server answers from its cache. One request first, so the first visitor's cost is not counted.
    await fetch(`${server.url}${path}`).then((response) => response.arrayBuffer());
    // The signed-in page: the browser keeps the session for the run.
    if (signedIn) await signInBrowser(cookie);
    // The default config is the mobile preset (emulated mid-range phone, slow 4G throttling).
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      disableStorageReset: signedIn,
    });
    const score = (id) => String(Math.round((result?.lhr.categories[id]?.score ?? 0) * 100)).padStart(3);
    const bytes = result?.lhr.audits['total-byte-weight']?.numericValue ?? 0;
    const landed = new URL(result?.lhr.finalDisplayedUrl ?? server.url).pathname;
    if (landed !== path) console.log(`(${name}: ${path} ended on ${landed})`);
    console.log(
      `${name.padEnd(17)}${score('performance').padEnd(13)}${score('accessibility').padEnd(15)}${score('best-practices').padEnd(16)}${score('seo').padEnd(6)}${(bytes / 1024).toFixed(1)} KB`,
    );
  }
} finally {
  await chrome.kill();
  await server.stop();
}
