/**
 * The public-data-version cache of public answers: unchanged data is served with the same body and
 * ETag (304 on If-None-Match); a draft or a submission leaves it, a verification decision moves it,
 * and the refresh slot brings the on-time count of a quarter in progress up to date.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { buildTestApp } from '../test-support/app.js';
import { acceptedReport, type Cycle, cycleApi, PDF, startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../test-support/fixture.js';
import { PUBLIC_REFRESH_MS } from './public-cache.js';

const LIST = '/api/public/institutions?type=kota&limit=50';
const PAGE = `/instansi/${FIXTURE_INSTITUTIONS.semarang}`;

describeEachDatabase('public answers cached by data version', (database) => {
  let reader: FastifyInstance;
  let writer: FastifyInstance;
  let cycle: Cycle;
  let clock: ReturnType<typeof fixedClock>;

  beforeEach(async () => {
    clock = fixedClock('2025-07-01T03:00:00.000Z');
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

  it('keeps public answers through draft saves and submissions; an acceptance moves them', async () => {
    const seq = async () =>
      (await database().db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow()) as {
        seq: number;
        public_seq: number;
      };
    const onTimeQ2 = (body: string) =>
      (JSON.parse(body) as { items: { code: string; quarters: { quarter: number; onTime: number }[] }[] }).items
        .find((i) => i.code === FIXTURE_INSTITUTIONS.semarang)
        ?.quarters.find((q) => q.quarter === 2)?.onTime ?? 0;
    const list = await reader.inject(LIST);
    const page = await reader.inject(PAGE);
    const before = await seq();
    const api = cycleApi(writer);
    const opened = (await api.open(cycle.contributor, '1.1-TW2')).json();
    await api.edit(cycle.contributor, opened.id, { version: opened.version, narrative: 'draf' });
    await api.upload(cycle.contributor, opened.id, 'laporan.pdf', PDF, 0);
    const during = await seq();
    expect(during.seq).toBeGreaterThan(before.seq);
    expect(during.public_seq).toBe(before.public_seq);

    const sameList = await reader.inject({ url: LIST, headers: { 'if-none-match': String(list.headers.etag) } });
    expect(sameList.statusCode).toBe(304);
    expect((await writer.inject(LIST)).headers.etag).toBe(list.headers.etag);
    const samePage = await reader.inject({ url: PAGE, headers: { 'if-none-match': String(page.headers.etag) } });
    expect(samePage.statusCode).toBe(304);

    // A submission changes no verified figure: the deadline rush does not recompute public pages.
    const draft = (await api.get(cycle.contributor, opened.id)).json();
    const submitted = await api.move(cycle.focalPoint, opened.id, { action: 'submit', version: draft.version });
    expect(submitted.statusCode).toBe(200);
    expect((await seq()).public_seq).toBe(before.public_seq);
    const afterSubmit = await reader.inject({ url: LIST, headers: { 'if-none-match': String(list.headers.etag) } });
    expect(afterSubmit.statusCode).toBe(304);
    // The on-time count of the quarter in progress follows within the refresh slot.
    clock.advance(PUBLIC_REFRESH_MS);
    const refreshed = await reader.inject(LIST);
    expect(onTimeQ2(refreshed.body)).toBe(onTimeQ2(list.body) + 1);

    const accepted = await api.move(cycle.admin, opened.id, {
      action: 'accept',
      version: submitted.json().version,
      score: 80,
      qualityGrade: 'terlaksana',
    });
    expect(accepted.json().state).toBe('accepted');
    expect((await seq()).public_seq).toBeGreaterThan(before.public_seq);
    const moved = await reader.inject({ url: LIST, headers: { 'if-none-match': String(refreshed.headers.etag) } });
    expect(moved.statusCode).toBe(200);
    expect(semarangQ2(moved.body)).toBe(1);
  });

  it('serves a current cached public answer before session work, with the same headers and 304', async () => {
    // The version is known current without asking the database once the setup's writes have settled.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    // A stale session cookie: a route answer looks the session up and clears the cookie.
    const stale = { cookie: 'pantau_session=tidak-berlaku' };
    const viaRoute = await reader.inject({ url: '/api/public/periods', headers: stale });
    expect(viaRoute.headers['set-cookie']).toBeDefined();
    const first = await reader.inject(LIST);
    const fast = await reader.inject({ url: LIST, headers: stale });
    expect(fast.statusCode).toBe(200);
    expect(fast.body).toBe(first.body);
    expect(fast.headers['set-cookie']).toBeUndefined();
    for (const header of ['etag', 'cache-control', 'access-control-allow-origin', 'x-content-type-options']) {
      expect(fast.headers[header], header).toBe(first.headers[header]);
    }
    const held = await reader.inject({ url: LIST, headers: { ...stale, 'if-none-match': String(first.headers.etag) } });
    expect(held.statusCode).toBe(304);
    expect(held.headers['set-cookie']).toBeUndefined();
  });

  it('serves a current cached public page and card before session work, with the headers the route sends', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const stale = { cookie: 'pantau_session=tidak-berlaku' };
    const card = `/kartu/${FIXTURE_INSTITUTIONS.semarang}.svg`;
    for (const url of [PAGE, card]) {
      const first = await reader.inject(url);
      expect(first.statusCode, url).toBe(200);
      const fast = await reader.inject({ url, headers: stale });
      expect(fast.body, url).toBe(first.body);
      // Answered before the session hook, which would have cleared the stale cookie.
      expect(fast.headers['set-cookie'], url).toBeUndefined();
      for (const header of ['content-type', 'etag', 'cache-control', 'content-security-policy', 'vary']) {
        expect(fast.headers[header], `${url} ${header}`).toBe(first.headers[header]);
      }
    }
    const fastCard = await reader.inject({ url: card, headers: stale });
    expect(fastCard.headers['access-control-allow-origin']).toBe('*');
    // Other sites' scripts read the feeds.
    for (const feed of ['/feed.atom', '/feed.json']) {
      await reader.inject(feed);
      const fastFeed = await reader.inject({ url: feed, headers: stale });
      expect(fastFeed.headers['set-cookie'], feed).toBeUndefined();
      expect(fastFeed.headers['access-control-allow-origin'], feed).toBe('*');
    }
    expect(fastCard.headers['cross-origin-resource-policy']).toBe('cross-origin');
    // Another origin's page carries other absolute links: it is computed, not taken from this one.
    const elsewhere = await reader.inject({ url: PAGE, headers: { ...stale, host: 'pantau.example.go.id' } });
    expect(elsewhere.headers['set-cookie']).toBeDefined();
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
