/**
 * The data-version cache of public answers: unchanged data is served with the same body and ETag
 * (304 on If-None-Match); a write by another process on the same database is seen at once.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { buildTestApp } from '../test-support/app.js';
import { acceptedReport, type Cycle, startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../test-support/fixture.js';

const LIST = '/api/public/institutions?type=kota&limit=50';
const PAGE = `/portal/instansi/${FIXTURE_INSTITUTIONS.semarang}`;

describeEachDatabase('public answers cached by data version', (database) => {
  let reader: FastifyInstance;
  let writer: FastifyInstance;
  let cycle: Cycle;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    // Two apps on one database stand for two processes: each has its own in-process cache.
    writer = await buildTestApp(database(), clock);
    reader = await buildTestApp(database(), clock);
    cycle = await startCycle(writer, database(), clock);
  });
  afterEach(async () => {
    await reader.close();
    await writer.close();
  });

  const semarangQ2 = (body: string) =>
    (JSON.parse(body) as { items: { code: string; quarters: { quarter: number; verified: number }[] }[] }).items
      .find((i) => i.code === FIXTURE_INSTITUTIONS.semarang)
      ?.quarters.find((q) => q.quarter === 2)?.verified ?? 0;

  it('answers unchanged data from the cache and sees another process’s write at once', async () => {
    const first = await reader.inject(LIST);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(semarangQ2(first.body)).toBe(0);
    const second = await reader.inject(LIST);
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    const held = await reader.inject({ url: LIST, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(held.statusCode).toBe(304);
    const page = await reader.inject(PAGE);
    expect(page.body).toContain('Belum diverifikasi');

    await acceptedReport(writer, cycle, '1.1-TW2', 80);

    const fresh = await reader.inject({ url: LIST, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers.etag).not.toBe(first.headers.etag);
    expect(semarangQ2(fresh.body)).toBe(1);
    const freshPage = await reader.inject({ url: PAGE, headers: { 'if-none-match': String(page.headers.etag) } });
    expect(freshPage.statusCode).toBe(200);
    expect(freshPage.body).toMatch(/<td class="n">80<\/td>/);
  });

  it('compresses cached answers for callers that accept it, keeping the ETag', async () => {
    const plain = await reader.inject(PAGE);
    const gzip = await reader.inject({ url: PAGE, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toContain('accept-encoding');
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
    const br = await reader.inject({ url: LIST, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe((await reader.inject(LIST)).body);
    expect(gzip.headers.etag).toBe(plain.headers.etag);
  });

  it('keeps errors out of the cache', async () => {
    expect((await reader.inject('/api/public/institutions/99.99')).statusCode).toBe(404);
    const again = await reader.inject('/api/public/institutions/99.99');
    expect(again.statusCode).toBe(404);
    expect(again.headers['cache-control']).toBe('no-store');
  });
});
