/**
 * `npm run test:deploy`: the deployment kit as an operator installs it, on this machine. The
 * systemd unit's own command line and environment start two workers on PostgreSQL; nginx, with the
 * site rendered from deploy/nginx and a self-signed certificate, serves them over HTTPS on ports of
 * 127.0.0.1; then a smoke test goes through the proxy. Needs nginx, openssl, systemd-analyze and
 * PANTAU_TEST_DATABASE_URL (`.ci/run` provides them all).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, dropDatabase, urlForDatabase } from '../../packages/server/src/test-support/postgres-admin.js';
import { HttpsSession, http2Get, plainGet } from './https-client.js';
import {
  freePort,
  type Nginx,
  ROOT,
  readUnit,
  render,
  selfSignedCertificate,
  startNginx,
  type Unit,
  verifyUnits,
} from './kit.js';

const PASSWORD = 'uji-pemasangan-di-balik-nginx';
const MAX_UPLOAD_MB = 25;
const MB = 1024 * 1024;

/** A PDF of exactly `bytes` bytes (comment lines fill it; the content check reads the header). */
function pdfOfSize(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n%');
  const tail = Buffer.from('\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  const fill = Buffer.alloc(bytes - head.length - tail.length, 'a');
  return Buffer.concat([head, fill, tail]);
}

function multipart(content: Buffer, name = 'bukti.pdf'): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----pantaudeploy${randomBytes(8).toString('hex')}`;
  return {
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Starts the unit's ExecStart with its environment (and the test's overrides); resolves when it listens. */
function startFromUnit(
  unit: Unit,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; output: () => string }> {
  const [command, ...args] = unit.execStart as [string, ...string[]];
  const child = spawn(command, args, {
    cwd: unit.workingDirectory,
    env: { PATH: process.env.PATH, ...unit.environment, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/is running at/.test(output)) resolve({ child, output: () => output });
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`pantau exited (${code}):\n${output}`)));
  });
}

describe('the deployment kit: two workers on PostgreSQL behind nginx, over HTTPS', () => {
  const baseUrl = process.env.PANTAU_TEST_DATABASE_URL;
  const database = `pantau_deploy_${randomBytes(6).toString('hex')}`;
  let dir: string;
  let https: string;
  let httpPort: number;
  let ca: string;
  let nginx: Nginx;
  let pantau: { child: ChildProcess; output: () => string };
  let unit: Unit;

  beforeAll(async () => {
    if (!baseUrl) throw new Error('npm run test:deploy needs PostgreSQL: set PANTAU_TEST_DATABASE_URL');
    dir = mkdtempSync(join(tmpdir(), 'pantau-deploy-'));
    // nginx's workers drop root for nobody: they must reach the error pages and temp folders here.
    chmodSync(dir, 0o755);
    const [httpsPort, plainPort, appPort] = [await freePort(), await freePort(), await freePort()];
    httpPort = plainPort;
    https = `https://localhost:${httpsPort}`;
    const tls = selfSignedCertificate(dir);
    ca = tls.pem;

    render('systemd/pantau.service.template', join(dir, 'pantau.service'), {
      NODE: process.execPath,
      PANTAU_HOME: ROOT.replace(/\/$/, ''),
      WORKERS: 2,
    });
    render('systemd/pantau-backup.service.template', join(dir, 'pantau-backup.service'), {
      NODE: process.execPath,
      PANTAU_HOME: ROOT.replace(/\/$/, ''),
      KEEP_DAYS: 14,
    });
    render('systemd/pantau-backup.timer', join(dir, 'pantau-backup.timer'), {});
    unit = readUnit(join(dir, 'pantau.service'));

    render('nginx/errors', join(dir, 'errors'), { MAX_UPLOAD_MB });
    mkdirSync(join(dir, 'sites'));
    render('nginx/pantau.conf.template', join(dir, 'sites', 'pantau.conf'), {
      SERVER_NAME: 'localhost',
      HTTPS_LISTEN: `127.0.0.1:${httpsPort}`,
      HTTP_LISTEN: `127.0.0.1:${plainPort}`,
      TLS_CERTIFICATE: tls.certificate,
      TLS_CERTIFICATE_KEY: tls.key,
      UPSTREAM: `${unit.environment.HOST}:${appPort}`,
      WEB_DIST: join(ROOT, 'packages/web/dist'),
      ERROR_PAGES: join(dir, 'errors'),
      MAX_UPLOAD_MB,
    });

    await adminQuery(baseUrl, `create database "${database}"`);
    pantau = await startFromUnit(unit, {
      // The unit's fixed port and state directory, moved for the test; the rest is the unit's.
      PORT: String(appPort),
      PANTAU_DATA_DIR: join(dir, 'state'),
      DATABASE_URL: urlForDatabase(baseUrl, database),
      PANTAU_PUBLIC_URL: https,
      PANTAU_MAX_UPLOAD_MB: String(MAX_UPLOAD_MB),
      PANTAU_DEMO_PASSWORD: PASSWORD,
      LOG_LEVEL: 'warn',
    });
    nginx = await startNginx(dir, join(dir, 'sites', 'pantau.conf'), [httpsPort, plainPort]);
  }, 180_000);

  afterAll(async () => {
    await nginx?.stop();
    if (pantau && pantau.child.exitCode === null) {
      const exited = new Promise((resolve) => pantau.child.once('exit', resolve));
      pantau.child.kill('SIGTERM');
      await exited;
    }
    if (baseUrl) await dropDatabase(baseUrl, database);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has systemd units that systemd-analyze accepts, the service running `pantau serve --workers`', () => {
    const verified = verifyUnits(dir, ['pantau.service', 'pantau-backup.service', 'pantau-backup.timer']);
    expect(verified.findings).toBe('');
    expect(verified.status).toBe(0);
    expect(unit.execStart.slice(1)).toEqual([
      join(ROOT, 'packages/server/dist/cli/main.js'),
      'serve',
      '--workers',
      '2',
    ]);
    expect(unit.text).toMatch(/^ExecReload=\/bin\/kill -HUP \$MAINPID$/m);
    expect(unit.text).toMatch(/^KillMode=mixed$/m);
    for (const hardening of ['ProtectSystem=strict', 'NoNewPrivileges=yes', 'PrivateTmp=yes', 'Restart=on-failure']) {
      expect(unit.text).toContain(`\n${hardening}\n`);
    }
    expect(unit.environment).toMatchObject({ HOST: '127.0.0.1', PANTAU_TRUST_PROXY: 'true' });
    expect(readUnit(join(dir, 'pantau-backup.service')).text).toContain('main.js backup --format json --out');
    expect(pantau.output()).toContain('worker processes: 2');
  });

  it('sends plain HTTP to HTTPS', async () => {
    const answer = await plainGet(`http://127.0.0.1:${httpPort}/?lang=en`);
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('https://127.0.0.1/?lang=en');
  });

  it('speaks HTTP/2 with TLS and sends one HSTS header', async () => {
    const health = await http2Get(https, ca, '/api/health');
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ok', database: 'postgres' });
    expect(health.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('signs in with a Secure session cookie: Pantau sees HTTPS through X-Forwarded-Proto', async () => {
    const session = new HttpsSession(https, ca);
    const login = await session.signIn('inspektorat@demo.pantau.id', PASSWORD);
    expect(login.status).toBe(200);
    const cookie = (login.headers['set-cookie'] ?? []).find((c) => c.startsWith('pantau_session='));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
  });

  it('takes a report from upload through submission to accepted', async () => {
    const focalPoint = new HttpsSession(https, ca);
    const login = await focalPoint.signIn('inspektorat@demo.pantau.id', PASSWORD);
    const code = login.json.user.institution.code as string;
    const period = await focalPoint.call('GET', '/api/periods/2025-2026');
    const quarter = period.json.quarters.find((q: { status: string }) => q.status === 'open').number as number;
    const targets = await focalPoint.call(
      'GET',
      `/api/institutions/${code}/targets?period=2025-2026&quarter=${quarter}`,
    );
    const target = targets.json.targets.find((t: { report: unknown }) => t.report === null);
    expect(target).toBeDefined();

    const opened = await focalPoint.call('POST', '/api/reports', {
      json: { period: '2025-2026', targetCode: target.targetCode },
    });
    expect(opened.status).toBe(201);
    const file = multipart(pdfOfSize(50_000));
    const uploaded = await focalPoint.call('POST', `/api/reports/${opened.json.id}/evidence?checklistIndex=0`, file);
    expect(uploaded.status).toBe(201);
    const submitted = await focalPoint.call('POST', `/api/reports/${opened.json.id}/transitions`, {
      json: { action: 'submit', version: opened.json.version },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.json.state).toBe('submitted');

    const admin = new HttpsSession(https, ca);
    expect((await admin.signIn('admin@demo.pantau.id', PASSWORD)).status).toBe(200);
    const accepted = await admin.call('POST', `/api/reports/${opened.json.id}/transitions`, {
      json: { action: 'accept', version: submitted.json.version, score: 85, qualityGrade: 'terlaksana' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.json.state).toBe('accepted');
  });

  describe('uploads', () => {
    let reportId: number;
    let fresh: HttpsSession;

    beforeAll(async () => {
      fresh = new HttpsSession(https, ca);
      const login = await fresh.signIn('inspektorat@demo.pantau.id', PASSWORD);
      const code = login.json.user.institution.code as string;
      const period = await fresh.call('GET', '/api/periods/2025-2026');
      // The quarter being reported now (the last open one): it has targets nobody has started.
      const open = period.json.quarters.filter((q: { status: string }) => q.status === 'open');
      const quarter = open[open.length - 1].number as number;
      const targets = await fresh.call('GET', `/api/institutions/${code}/targets?period=2025-2026&quarter=${quarter}`);
      const target = targets.json.targets.find((t: { report: unknown }) => t.report === null);
      const opened = await fresh.call('POST', '/api/reports', {
        json: { period: '2025-2026', targetCode: target.targetCode },
      });
      expect(opened.status).toBe(201);
      reportId = opened.json.id;
    });

    it(`lets a file of exactly PANTAU_MAX_UPLOAD_MB (${MAX_UPLOAD_MB} MB) through to Pantau`, async () => {
      const file = multipart(pdfOfSize(MAX_UPLOAD_MB * MB));
      const answer = await fresh.call('POST', `/api/reports/${reportId}/evidence?checklistIndex=0`, file);
      expect(answer.status).toBe(201);
      expect(answer.json.fileSize).toBe(MAX_UPLOAD_MB * MB);
    });

    it('refuses a 30 MB upload at the proxy with a clear page in both languages', async () => {
      const file = multipart(pdfOfSize(30 * MB));
      const page = await fresh.call('POST', `/api/reports/${reportId}/evidence?checklistIndex=0`, {
        ...file,
        headers: { ...file.headers, accept: 'text/html' },
      });
      expect(page.status).toBe(413);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      // nginx answered: the request never reached Pantau, which sets x-request-id on everything.
      expect(page.headers['x-request-id']).toBeUndefined();
      expect(page.text).toContain('Berkas terlalu besar');
      expect(page.text).toContain('File too large');
      expect(page.text).toContain(`${MAX_UPLOAD_MB} MB`);
      expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    });

    it("answers the web app's upload with Pantau's error shape in its language", async () => {
      const file = multipart(pdfOfSize(30 * MB));
      for (const [language, words] of [
        ['en', 'The file is too large'],
        ['id', 'Berkas terlalu besar'],
      ] as const) {
        const answer = await fresh.call('POST', `/api/reports/${reportId}/evidence?checklistIndex=0`, {
          ...file,
          headers: { ...file.headers, accept: 'application/json', 'accept-language': language },
        });
        expect(answer.status).toBe(413);
        expect(answer.json.error.code).toBe('file_too_large');
        expect(answer.json.error.message).toContain(words);
        expect(answer.json.error.message).toContain(`${MAX_UPLOAD_MB} MB`);
      }
    });
  });

  it('answers /metrics for both workers in one scrape, with every metric the alert rules use', async () => {
    const admin = new HttpsSession(https, ca);
    expect((await admin.signIn('admin@demo.pantau.id', PASSWORD)).status).toBe(200);
    const scrape = await admin.call('GET', '/metrics');
    expect(scrape.status).toBe(200);
    expect(scrape.text).toMatch(/^pantau_workers\{state="serving"\} 2$/m);
    const exposed = new Set(scrape.text.split('\n').map((line) => /^[a-z_]+/.exec(line)?.[0]));
    const rules = readFileSync(join(ROOT, 'deploy/prometheus/pantau-rules.yml'), 'utf8');
    const used = new Set(rules.match(/\bpantau_[a-z_]+/g));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(exposed.has(name), name).toBe(true);
  });

  it('backs up while serving and restores into a new database through deploy/pantau-cli', async () => {
    const restored = `${database}_restored`;
    await adminQuery(baseUrl as string, `create database "${restored}"`);
    try {
      const envFile = (name: string, db: string, state: string) => {
        const file = join(dir, name);
        writeFileSync(
          file,
          `DATABASE_URL=${urlForDatabase(baseUrl as string, db)}\nPANTAU_DATA_DIR=${state}\nLOG_LEVEL=warn\n`,
        );
        return file;
      };
      const cli = (file: string, args: string[]) =>
        spawnSync(join(ROOT, 'deploy/pantau-cli'), args, {
          env: { PATH: process.env.PATH, PANTAU_ENV_FILE: file, PANTAU_HOME: ROOT, NODE: process.execPath },
          encoding: 'utf8',
        });
      const live = envFile('live.env', database, join(dir, 'state'));
      const backup = cli(live, ['backup', '--format', 'json', '--out', join(dir, 'backup')]);
      expect(backup.status, backup.stderr).toBe(0);
      const manifest = JSON.parse(backup.stdout);
      expect(manifest.engine).toBe('postgres');

      const drill = envFile('drill.env', restored, join(dir, 'drill-state'));
      const restore = cli(drill, ['restore', '--format', 'json', '--from', join(dir, 'backup')]);
      expect(restore.status, restore.stderr).toBe(0);
      const verify = cli(drill, ['audit', 'verify', '--format', 'json']);
      expect(verify.status, verify.stderr).toBe(0);
      expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, head: { seq: manifest.auditHead.seq } });
    } finally {
      await dropDatabase(baseUrl as string, restored);
    }
  });

  it('serves the public portal and open data', async () => {
    const visitor = new HttpsSession(https, ca);
    const portal = await visitor.call('GET', '/');
    expect(portal.status).toBe(200);
    expect(portal.headers['content-type']).toMatch(/^text\/html/);
    const oldAddress = await visitor.call('GET', '/portal/cari');
    expect(oldAddress.status).toBe(301);
    expect(oldAddress.headers.location).toBe('/cari');
    const data = await visitor.call('GET', '/api/public/institutions?limit=5');
    expect(data.status).toBe(200);
    expect(data.json.items.length).toBeGreaterThan(0);
    const csv = await visitor.call('GET', '/api/public/institutions?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
  });

  it("serves the web app's hashed assets from disk, cached as immutable", async () => {
    const asset = readdirSync(join(ROOT, 'packages/web/dist/assets')).find((name) => name.endsWith('.js'));
    expect(asset).toBeDefined();
    const answer = await new HttpsSession(https, ca).call('GET', `/assets/${asset}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['x-request-id']).toBeUndefined();
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const index = await new HttpsSession(https, ca).call('GET', '/kerja');
    expect(index.status).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  // Last: it stops Pantau.
  it('shows a bilingual "back shortly" page when Pantau does not answer', async () => {
    const exited = new Promise((resolve) => pantau.child.once('exit', resolve));
    pantau.child.kill('SIGTERM');
    await exited;
    const page = await new HttpsSession(https, ca).call('GET', '/', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(502);
    expect(page.text).toContain('Pantau sedang tidak dapat dijangkau');
    expect(page.text).toContain('Pantau cannot be reached right now');
    expect(nginx.errorLog()).not.toMatch(/\[emerg\]/);
    expect(readFileSync(join(dir, 'errors', '413.html'), 'utf8')).not.toContain('@MAX_UPLOAD_MB@');
  });
});
