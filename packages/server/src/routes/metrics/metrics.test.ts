import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { ANONYMOUS, callAs } from '../../test-support/principals.js';

describeEachDatabase('GET /metrics', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app.close());

  it('is closed to the public and to every role but admin', async () => {
    expect((await callAs(app, ANONYMOUS, { url: '/metrics' })).statusCode).toBe(401);
    for (const principal of [cycle.observer, cycle.verifier, cycle.focalPoint, cycle.contributor]) {
      expect((await callAs(app, principal, { url: '/metrics' })).statusCode, principal.name).toBe(403);
    }
    expect((await app.inject({ url: '/metrics', headers: { authorization: 'Bearer pantau_wrong' } })).statusCode).toBe(
      401,
    );
  });

  it('gives an admin (or a scraper with an admin API token) latency histograms, queues, pool and process', async () => {
    await app.inject({ url: '/api/health' });
    await app.inject({ url: '/api/health' });
    await app.inject({ url: '/api/no-such-route' });
    const api = cycleApi(app);
    const draft = (await api.open(cycle.contributor, '1.1-TW2')).json();
    await api.upload(cycle.contributor, draft.id, 'bukti.pdf', PDF, 0);
    await api.move(cycle.focalPoint, draft.id, { action: 'submit', version: draft.version });

    const token = (
      await callAs(app, cycle.admin, { method: 'POST', url: '/api/tokens', payload: { name: 'prometheus' } })
    ).json().token as string;
    const scraped = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } });
    expect(scraped.statusCode).toBe(200);
    expect(scraped.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = scraped.body;
    expect(text).toContain('# TYPE pantau_http_request_duration_seconds histogram');
    expect(text).toMatch(
      /^pantau_http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} 2$/m,
    );
    expect(text).toMatch(
      /^pantau_http_request_duration_seconds_bucket\{method="GET",route="\/api\/health",status="200",le="\+Inf"\} 2$/m,
    );
    expect(text).toMatch(/route="\(unmatched\)",status="404"/);
    expect(text).toMatch(/^pantau_queue_depth\{queue="review_submitted"\} 1$/m);
    expect(text).toMatch(/^pantau_queue_depth\{queue="jobs_pending"\} \d+$/m);
    expect(text).toMatch(/^pantau_queue_depth\{queue="outbox_pending"\} \d+$/m);
    expect(text).toMatch(/^pantau_db_pool_connections\{state="total"\} \d+$/m);
    expect(text).toMatch(/^pantau_db_pool_waiting 0$/m);
    expect(text).toMatch(/^pantau_http_requests_in_flight 1$/m);
    expect(text).toMatch(/^pantau_process_resident_memory_bytes \d+$/m);
    expect((await callAs(app, cycle.admin, { url: '/metrics' })).statusCode).toBe(200);
  });
});
