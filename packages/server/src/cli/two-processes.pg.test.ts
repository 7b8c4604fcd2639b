/**
 * Two app processes on one PostgreSQL database, sharing nothing but the database (no memory, no
 * sticky sessions): a session, an Idempotency-Key and sign-in throttling started on one process
 * hold on the other. Runs only with PANTAU_TEST_DATABASE_URL (named `*.pg.test.ts`). Jobs across
 * processes are tested with the job queue (issue #8).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../db/database.js';
import { adminQuery, dropDatabase, urlForDatabase } from '../test-support/postgres-admin.js';
import { HttpSession as Browser, type Served as Server, serve } from '../test-support/served.js';

const PASSWORD = 'dua-proses-satu-basis-data';

describe('two app processes on one PostgreSQL database', () => {
  const baseUrl = process.env.PANTAU_TEST_DATABASE_URL as string;
  const name = `pantau_two_${randomBytes(6).toString('hex')}`;
  let dataDir: string;
  let a: Server;
  let b: Server;
  let database: Database;

  beforeAll(async () => {
    await adminQuery(baseUrl, `create database "${name}"`);
    dataDir = mkdtempSync(join(tmpdir(), 'pantau-two-'));
    const env = {
      DATABASE_URL: urlForDatabase(baseUrl, name),
      PANTAU_DATA_DIR: dataDir,
      PANTAU_DEMO_PASSWORD: PASSWORD,
      PANTAU_WEB_DIST: join(dataDir, 'no-web-app'),
    };
    // A migrates and loads the demo data; B starts on the same, now filled, database.
    a = await serve(env);
    b = await serve(env);
    database = openDatabase(urlForDatabase(baseUrl, name));
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.close();
    await dropDatabase(baseUrl, name);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps a session signed in on A valid on B, and ends it everywhere on sign-out', async () => {
    const browser = new Browser();
    const login = await browser.call(a.url, 'POST', '/api/auth/login', {
      email: 'inspektorat@demo.pantau.id',
      password: PASSWORD,
    });
    expect(login.status).toBe(200);
    browser.csrf = login.body.csrfToken;
    const me = await browser.call(b.url, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe('inspektorat@demo.pantau.id');

    expect((await browser.call(b.url, 'POST', '/api/auth/logout')).status).toBeLessThan(300);
    expect((await browser.call(a.url, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('answers a transition retried on B with the answer A gave, recording one event', async () => {
    const browser = new Browser();
    const login = await browser.call(a.url, 'POST', '/api/auth/login', {
      email: 'inspektorat@demo.pantau.id',
      password: PASSWORD,
    });
    browser.csrf = login.body.csrfToken;
    const code = login.body.user.institution.code as string;
    const quarter = (await browser.call(b.url, 'GET', '/api/periods/2025-2026')).body.quarters.find(
      (q: { status: string }) => q.status === 'open',
    ).number as number;
    const targets = await browser.call(
      b.url,
      'GET',
      `/api/institutions/${code}/targets?period=2025-2026&quarter=${quarter}`,
    );
    const target = targets.body.targets.find(
      (t: { report: { state: string } | null }) => t.report === null || t.report.state === 'draft',
    );
    expect(target).toBeDefined();

    const opened = await browser.call(
      a.url,
      'POST',
      '/api/reports',
      { period: '2025-2026', targetCode: target.targetCode },
      { 'idempotency-key': randomUUID() },
    );
    expect([200, 201]).toContain(opened.status);
    // A report says something before it is marked ready.
    const written = await browser.call(a.url, 'PATCH', `/api/reports/${opened.body.id}`, {
      version: opened.body.version,
      narrative: 'Uraian capaian.',
    });
    expect(written.status).toBe(200);
    const key = randomUUID();
    const step = { action: 'mark_ready', version: written.body.version };
    const first = await browser.call(a.url, 'POST', `/api/reports/${opened.body.id}/transitions`, step, {
      'idempotency-key': key,
    });
    expect(first.status).toBe(200);
    const retried = await browser.call(b.url, 'POST', `/api/reports/${opened.body.id}/transitions`, step, {
      'idempotency-key': key,
    });
    expect(retried.status).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.body.version).toBe(first.body.version);

    const events = await database.db
      .selectFrom('report_events')
      .select('id')
      .where('report_id', '=', opened.body.id)
      .where('action', '=', 'mark_ready')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('counts failed sign-ins on both processes together', async () => {
    const browser = new Browser();
    const attempt = (server: Server) =>
      browser.call(server.url, 'POST', '/api/auth/login', {
        email: 'pengamat@demo.pantau.id',
        password: 'salah-sekali-lagi',
      });
    for (const server of [a, b, a, b, a]) expect((await attempt(server)).status).toBe(401);
    expect((await attempt(b)).status).toBe(429);
  });
});
