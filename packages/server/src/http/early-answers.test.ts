/**
 * Current cached public answers given before the framework: the same bytes as the framework's
 * answer from the cache, never a stale one after a public write (here or in another process),
 * never for a conditional request or HEAD, and timed in the metrics.
 */
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { fixedClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { buildTestApp, testBlobStore } from '../test-support/app.js';
import { acceptedReport, type Cycle, startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../test-support/fixture.js';

const LIST = '/api/public/institutions?type=kota&limit=50';
const BR = { 'accept-encoding': 'gzip, deflate, br' };

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One GET over a real connection, the body as sent (not decompressed). */
function fetchRaw(origin: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(`${origin}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).once('error', reject);
  });
}

/** Every header but those that belong to one request. */
const lasting = ({ date, 'x-request-id': _id, ...rest }: IncomingHttpHeaders) => rest;

describeEachDatabase('public answers before the framework', (database) => {
  let reader: FastifyInstance;
  let writer: FastifyInstance;
  let origin: string;
  let cycle: Cycle;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');
  let lines: { msg: string; req?: { url: string }; reqId?: string }[];

  beforeEach(async () => {
    lines = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    });
    writer = await buildTestApp(database(), clock);
    cycle = await startCycle(writer, database(), clock);
    // The reader logs at debug level: the framework logs each request's arrival, an early answer does not.
    const config = { ...loadConfig({ LOG_LEVEL: 'debug' }), webDist: null };
    reader = await buildApp({ config, database: database(), clock, blobs: testBlobStore() }, { logger: { stream } });
    await reader.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(reader.server.address() as AddressInfo).port}`;
    // The version is known current without asking the database once the setup's writes have settled.
    await new Promise((resolve) => setTimeout(resolve, 2100));
  });
  afterEach(async () => {
    await reader.close();
    await writer.close();
  });

  /** How many requests for `path` reached the framework. */
  const framed = (path: string) => lines.filter((l) => l.msg === 'incoming request' && l.req?.url === path).length;

  it('sends the framework’s cached answer again, byte for byte, with its own request id', async () => {
    const computed = await fetchRaw(origin, LIST, BR);
    const fromCache = await fetchRaw(origin, LIST, BR);
    expect(framed(LIST)).toBe(2);
    const early = await fetchRaw(origin, LIST, BR);
    expect(framed(LIST)).toBe(2);
    expect(early.status).toBe(200);
    expect(lasting(early.headers)).toEqual(lasting(fromCache.headers));
    expect(early.body.equals(fromCache.body)).toBe(true);
    expect(early.headers['content-length']).toBe(String(early.body.length));
    expect(brotliDecompressSync(early.body).equals(brotliDecompressSync(computed.body))).toBe(true);
    expect(early.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(early.headers['x-request-id']).not.toBe(fromCache.headers['x-request-id']);
    // Logged like other public reads: at debug level, with its request id.
    const completed = lines.filter((l) => l.msg === 'request completed' && l.reqId === early.headers['x-request-id']);
    expect(completed).toHaveLength(1);

    // Each encoding is sent by the framework once before it is answered early.
    const plain = await fetchRaw(origin, LIST);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(framed(LIST)).toBe(3);
    const plainEarly = await fetchRaw(origin, LIST);
    expect(framed(LIST)).toBe(3);
    expect(plainEarly.body.equals(plain.body)).toBe(true);
    expect(plainEarly.headers['content-length']).toBe(String(plain.body.length));
    expect(plainEarly.body.equals(brotliDecompressSync(early.body))).toBe(true);

    // Counted in the metrics under the route, as every request is.
    const metrics = await reader.metrics.renderOwn();
    expect(metrics).toContain(
      'pantau_http_request_duration_seconds_count{method="GET",route="/api/public/institutions",status="200"} 5',
    );
  });

  it('leaves conditional requests and HEAD to the framework', async () => {
    const first = await fetchRaw(origin, LIST);
    await fetchRaw(origin, LIST);
    const held = await fetchRaw(origin, LIST, { 'if-none-match': String(first.headers.etag) });
    expect(held.status).toBe(304);
    expect(framed(LIST)).toBe(3);
    const head = await new Promise<number>((resolve, reject) => {
      const request = get(`${origin}${LIST}`, { method: 'HEAD' }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.once('error', reject);
    });
    expect(head).toBe(200);
    expect(lines.filter((l) => l.msg === 'incoming request' && l.req?.url === LIST)).toHaveLength(4);
  });

  it('never sends an answer older than a public write, here or in another process', async () => {
    const verified = (answer: Answer) =>
      (
        JSON.parse(answer.body.toString('utf8')) as {
          items: { code: string; quarters: { quarter: number; verified: number }[] }[];
        }
      ).items
        .find((i) => i.code === FIXTURE_INSTITUTIONS.semarang)
        ?.quarters.find((q) => q.quarter === 2)?.verified;
    await fetchRaw(origin, LIST);
    await fetchRaw(origin, LIST);
    expect(verified(await fetchRaw(origin, LIST))).toBe(0);
    expect(framed(LIST)).toBe(2);

    // Another process accepts a report: within the second a version read is trusted, then seen.
    await acceptedReport(writer, cycle, '1.1-TW2', 80);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(verified(await fetchRaw(origin, LIST))).toBe(1);
    expect(framed(LIST)).toBe(3);
  });
});
