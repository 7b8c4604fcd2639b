#!/usr/bin/env node
/**
 * Lighthouse (v12, mobile preset, Debian Chromium) on three public portal pages: the home, an
 * institution page and an action page. Prints the category scores; figures for the benchmark
 * record, not a pass/fail test.
 *
 *   npm run build && npm run bench:lighthouse   # starts a throwaway demo server
 *   PANTAU_URL=http://127.0.0.1:3000 npm run bench:lighthouse   # measures a running server
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
  ['home', '/portal'],
  ['institution', `/portal/instansi/${process.env.PANTAU_LH_INSTITUTION ?? '32'}`],
  ['action', `/portal/aksi/${process.env.PANTAU_LH_AKSI ?? '1'}`],
];

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM} (set PANTAU_E2E_CHROMIUM)`);
  process.exit(1);
}

/** Starts `pantau serve` on a free port with the demo data, as the browser tests do. */
async function startServer() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const dataDir = await mkdtemp(join(tmpdir(), 'pantau-lh-'));
  const env = { ...process.env, HOST: '127.0.0.1', PORT: '0', PANTAU_DATA_DIR: dataDir, PANTAU_DEMO: 'auto' };
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
  console.log('page          performance  accessibility  best-practices  seo');
  for (const [name, path] of PAGES) {
    // Measured as most visitors get the page: once someone has asked for it since the last write,
    // the server answers from its cache. One request first, so the first visitor's cost is not counted.
    await fetch(`${server.url}${path}`).then((response) => response.arrayBuffer());
    // The default config is the mobile preset (emulated mid-range phone, slow 4G throttling).
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const score = (id) => String(Math.round((result?.lhr.categories[id]?.score ?? 0) * 100)).padStart(3);
    console.log(
      `${name.padEnd(14)}${score('performance').padEnd(13)}${score('accessibility').padEnd(15)}${score('best-practices').padEnd(16)}${score('seo')}`,
    );
  }
} finally {
  await chrome.kill();
  await server.stop();
}
