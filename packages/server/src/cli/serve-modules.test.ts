/**
 * What `pantau serve` loads: with evidence on local disk, the demo off, no SMTP and nobody
 * enrolling an authenticator app, none of the libraries and modules that only those need (each
 * costs every serving process memory). A real process on the built CLI (`npm test` builds the
 * server first), watched by a module hook (ES modules) and `require.cache` (CommonJS).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve } from '../test-support/served.js';

/** Logs the URL of every ES module loaded (runs in the loader's thread). */
const LOAD_HOOK = `import { appendFileSync } from 'node:fs';
export async function load(url, context, nextLoad) {
  appendFileSync(process.env.PANTAU_TEST_MODULE_LOG, url + '\\n');
  return nextLoad(url, context);
}
`;

/** Registers the hook, and logs the CommonJS modules on exit (those `require` loads skip the hook). */
const PRELOAD = `import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
register('./load-hook.mjs', import.meta.url);
const require = createRequire(import.meta.url);
process.on('exit', () => appendFileSync(process.env.PANTAU_TEST_MODULE_LOG, Object.keys(require.cache).join('\\n')));
`;

/** Modules a process with that configuration never needs. */
const NOT_AT_START = /\/(@aws-sdk|nodemailer|qrcode)\/|\/seed\/(demo-seed\.js|demo\/)/;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-serve-modules-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pantau serve', { timeout: 60_000 }, () => {
  it('loads neither the S3 client, the demo seed, nodemailer nor qrcode when nothing calls for them', async () => {
    writeFileSync(join(dir, 'load-hook.mjs'), LOAD_HOOK);
    writeFileSync(join(dir, 'preload.mjs'), PRELOAD);
    const log = join(dir, 'modules.log');
    const served = await serve({
      PANTAU_DATA_DIR: dir,
      PANTAU_DEMO: 'off',
      PANTAU_WEB_DIST: join(dir, 'no-web-app'),
      PANTAU_TEST_MODULE_LOG: log,
      NODE_OPTIONS: `--import=${join(dir, 'preload.mjs')}`,
    });
    await served.stop();
    const loaded = readFileSync(log, 'utf8').split('\n');
    // Both logs were written: the app's own modules (ES) and Fastify's (CommonJS).
    expect(loaded.some((path) => path.endsWith('/dist/runtime.js'))).toBe(true);
    expect(loaded.some((path) => path.endsWith('/node_modules/fastify/fastify.js'))).toBe(true);
    expect(loaded.filter((path) => NOT_AT_START.test(path))).toEqual([]);
  });
});
