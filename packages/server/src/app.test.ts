import { describe, expect, it } from 'vitest';
import { buildTestApp } from './test-support/app.js';
import { createTestDatabase } from './test-support/databases.js';

describe('application shell', () => {
  it('publishes the OpenAPI document and a browsable reference', async () => {
    const database = await createTestDatabase('sqlite');
    const app = await buildTestApp(database);
    try {
      const spec = (await app.inject('/api/openapi.json')).json();
      expect(spec.openapi).toMatch(/^3\./);
      expect(Object.keys(spec.paths)).toEqual(
        expect.arrayContaining([
          '/api/health',
          '/api/periods',
          '/api/periods/{code}/catalogue',
          '/api/institutions/{code}',
        ]),
      );
      expect(spec.paths['/api/institutions'].get.parameters.map((p: { name: string }) => p.name)).toContain('province');
      const docs = await app.inject('/api/docs/');
      expect(docs.statusCode).toBe(200);
      expect(docs.headers['content-type']).toMatch(/text\/html/);
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('sends security headers with a strict content security policy', async () => {
    const database = await createTestDatabase('sqlite');
    const app = await buildTestApp(database);
    try {
      const response = await app.inject('/api/health');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-request-id']).toBeTruthy();
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('gives the open-data API the headers of a data API, and pages those of a page', async () => {
    const database = await createTestDatabase('sqlite');
    const app = await buildTestApp(database);
    try {
      for (const url of ['/api/public/periods', '/api/public/institutions/99.99']) {
        const response = await app.inject(url);
        expect(response.headers['content-security-policy'], url).toBe("default-src 'none'; frame-ancestors 'none'");
        expect(response.headers['x-content-type-options'], url).toBe('nosniff');
        expect(response.headers['x-frame-options'], url).toBe('DENY');
        expect(response.headers['strict-transport-security'], url).toMatch(/^max-age=\d+/);
        // Headers only a page needs are left out.
        expect(response.headers['x-dns-prefetch-control'], url).toBeUndefined();
        expect(response.headers['cross-origin-opener-policy'], url).toBeUndefined();
      }
      const officials = await app.inject('/api/periods');
      expect(officials.headers['content-security-policy']).toContain("default-src 'self'");
      expect(officials.headers['x-frame-options']).toBe('SAMEORIGIN');
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('answers unknown API paths with the JSON error shape', async () => {
    const database = await createTestDatabase('sqlite');
    const app = await buildTestApp(database);
    try {
      const response = await app.inject('/api/nothing-here');
      expect(response.statusCode).toBe(404);
      expect(response.json().error).toMatchObject({ code: 'not_found', message: 'Alamat tidak ditemukan.' });
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('hides the details of an unexpected failure behind a request id', async () => {
    const database = await createTestDatabase('sqlite');
    const app = await buildTestApp(database);
    app.get('/api/test-explode', { config: { permission: 'system.read' } }, () => {
      throw new Error('secret connection string postgres://u:p@h/db');
    });
    try {
      const response = await app.inject('/api/test-explode');
      expect(response.statusCode).toBe(500);
      const error = response.json().error;
      expect(error.code).toBe('internal');
      expect(JSON.stringify(error)).not.toContain('secret');
      expect(error.requestId).toBe(response.headers['x-request-id']);
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('refuses to register an API route that has no permission', async () => {
    const database = await createTestDatabase('sqlite');
    const app = await buildTestApp(database);
    try {
      expect(() => app.get('/api/unguarded', () => 'open')).toThrow(/has no permission/);
      expect(() => app.get('/api/typo', { config: { permission: 'user.raed' as never } }, () => 'x')).toThrow(
        /unknown permission/,
      );
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('refuses an oversized body', async () => {
    const database = await createTestDatabase('sqlite');
    const app = await buildTestApp(database);
    app.post('/api/test-echo', { config: { permission: 'auth.login' } }, (request) => request.body);
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/api/test-echo',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ text: 'x'.repeat(2_000_000) }),
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().error.message).toBe('Data yang dikirim terlalu besar.');
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe('logs', () => {
  it('never contain passwords, cookies or tokens', async () => {
    const { PassThrough } = await import('node:stream');
    const { loadConfig } = await import('./config.js');
    const { buildApp } = await import('./app.js');
    const { fixedClock } = await import('./clock.js');
    const { createPrincipal, TEST_PASSWORD } = await import('./test-support/principals.js');
    const { loadFixture } = await import('./test-support/fixture.js');
    const database = await createTestDatabase('sqlite');
    await loadFixture(database);
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    const config = { ...loadConfig({ LOG_LEVEL: 'trace' }), webDist: null };
    const clock = fixedClock('2026-11-27T03:00:00.000Z');
    const { testBlobStore } = await import('./test-support/app.js');
    const app = await buildApp({ config, database, clock, blobs: testBlobStore() }, { logger: { stream } });
    try {
      const admin = await createPrincipal(app, database, clock, { name: 'admin log', roles: ['admin'] });
      const token = (
        await app.inject({
          method: 'POST',
          url: '/api/tokens',
          payload: { name: 'x-log' },
          headers: { cookie: admin.cookie as string, 'x-csrf-token': admin.csrfToken as string },
        })
      ).json().token as string;
      await app.inject({ url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: admin.email, password: 'salah-sekali-ini' },
      });
      const log = lines.join('');
      expect(log).toContain('"reqId"');
      for (const secret of [
        TEST_PASSWORD,
        'salah-sekali-ini',
        token,
        (admin.cookie as string).split('=')[1] as string,
        admin.csrfToken as string,
      ]) {
        expect(log).not.toContain(secret);
      }
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe('web app', () => {
  it('serves the built app: hashed assets cached for a year, client routes answered with index.html', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dist = mkdtempSync(join(tmpdir(), 'pantau-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Pantau</title>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    const database = await createTestDatabase('sqlite');
    const app = await buildTestApp(database, undefined, { webDist: dist });
    try {
      const page = await app.inject('/kerja/laporan/7');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>Pantau</title>');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      const asset = await app.inject('/assets/index-abc123.js');
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await app.inject('/assets/index-old999.js')).statusCode).toBe(404);
      expect((await app.inject('/api/nothing')).json().error.code).toBe('not_found');
    } finally {
      await app.close();
      await database.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
