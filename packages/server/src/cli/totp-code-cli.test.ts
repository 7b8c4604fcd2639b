/**
 * A newcomer's first start with demo data: `pantau serve` says how the demo admin and verifier pass
 * the second step, and `pantau users totp-code` prints the current code — for demo accounts only.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoSecondFactorSecret, totpCodeAt } from '../seed/demo-totp.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const PASSWORD = 'kopi-tubruk-di-pagi-hari';

let dataDir: string;
let banner = '';
const env = () => ({ PATH: process.env.PATH, PANTAU_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pantau-totp-'));
  const server: ChildProcess = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...env(), PORT: '0', PANTAU_WEB_DIST: dataDir, PANTAU_DEMO_PASSWORD: PASSWORD },
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      banner += chunk.toString();
      if (banner.includes('humas@demo.pantau.id') && banner.includes('totp-code')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`server exited ${code}: ${banner}`)));
  });
  const exited = new Promise((resolve) => server.on('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}, 180_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const totpCode = (email: string) =>
  spawnSync(process.execPath, [CLI, 'users', 'totp-code', email], { env: env(), encoding: 'utf8', timeout: 60_000 });

it('prints how the demo admin and verifier pass the second step', () => {
  expect(banner).toContain('npm run pantau -- users totp-code <email>');
  const secret = demoSecondFactorSecret(PASSWORD, 'admin@demo.pantau.id');
  expect(banner).toMatch(new RegExp(`admin@demo\\.pantau\\.id\\s+secret ${secret}`));
});

it('prints the current code of a demo account, the one its authenticator shows', () => {
  const step = Math.floor(Date.now() / 30_000);
  const result = totpCode('verifikator@demo.pantau.id');
  expect(result.status).toBe(0);
  const code = result.stdout.split('\n')[0];
  const secret = demoSecondFactorSecret(PASSWORD, 'verifikator@demo.pantau.id');
  expect([totpCodeAt(secret, step), totpCodeAt(secret, step + 1)]).toContain(code);
});

it('refuses any account outside the demo dataset, and demo accounts without a second factor', () => {
  const add = spawnSync(process.execPath, [CLI, 'users', 'add', '--email', 'admin@setnas.go.id', '--role', 'admin'], {
    env: { ...env(), PANTAU_PASSWORD: 'panjang-dan-rahasia-sekali' },
    encoding: 'utf8',
  });
  expect(add.status).toBe(0);
  const real = totpCode('admin@setnas.go.id');
  expect(real.status).toBe(1);
  expect(real.stderr).toContain('only for demo accounts');
  const observer = totpCode('pengamat@demo.pantau.id');
  expect(observer.status).toBe(1);
  expect(observer.stderr).toContain('no second factor');
});
