/**
 * Answers an outside probe found wanting: malformed uploads, headers on refusals, a bad URL, the
 * throttle's Retry-After, drafts out of a verifier's reach and Idempotency-Key as documented.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { buildTestApp } from '../test-support/app.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { callAs } from '../test-support/principals.js';

const BOUNDARY = 'pantau-probe-boundary';
const MALFORMED: [string, string, Buffer][] = [
  [
    'no closing boundary',
    `multipart/form-data; boundary=${BOUNDARY}`,
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n%PDF-1.4 potongan',
    ),
  ],
  ['no boundary', 'multipart/form-data', Buffer.from('--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc')],
  ['garbage', `multipart/form-data; boundary=${BOUNDARY}`, Buffer.from('\u0000\u0001sampah bukan multipart \r\n\r\n')],
];

describeEachDatabase('loose ends of the API', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  let api: ReturnType<typeof cycleApi>;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
    api = cycleApi(app);
  });
  afterEach(() => app.close());

  it('answers a malformed multipart body with 400 and a clear message on every upload', async () => {
    const reportId = (await api.open(cycle.contributor, '1.1-TW2')).json().id;
    const targets = [
      { as: cycle.contributor, url: `/api/reports/${reportId}/evidence?checklistIndex=0` },
      { as: cycle.focalPoint, url: '/api/attachments' },
      { as: cycle.admin, url: '/api/import/institutions?dryRun=true' },
    ];
    for (const { as, url } of targets) {
      for (const [what, contentType, payload] of MALFORMED) {
        const response = await callAs(app, as, {
          method: 'POST',
          url,
          payload,
          headers: { 'content-type': contentType },
        });
        expect(response.statusCode, `${url}: ${what}`).toBe(400);
        expect(response.json().error.code, `${url}: ${what}`).toBe('malformed_upload');
        expect(response.json().error.message).toMatch(/multipart/);
      }
    }
    expect((await api.get(cycle.contributor, reportId)).json().evidence).toEqual([]);
  });

  it('sends the security headers with 401 and 403 answers', async () => {
    const anonymous = await app.inject({ url: '/api/audit' });
    const refused = await callAs(app, cycle.contributor, { url: '/api/audit' });
    expect(anonymous.statusCode).toBe(401);
    expect(refused.statusCode).toBe(403);
    for (const response of [anonymous, refused]) {
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });

  it('tells a throttled sign-in when to come back (Retry-After)', async () => {
    const email = cycle.contributor.email as string;
    for (let i = 0; i < 5; i++)
      await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'salah-salah-salah' } });
    const blocked = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'x' } });
    expect(blocked.statusCode).toBe(429);
    const seconds = Number(blocked.headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
  });

  it('answers a URL that cannot be decoded in the one error shape', async () => {
    const response = await app.inject({ url: '/api/institutions/%ff', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 'bad_url',
        message: expect.stringMatching(/address/i),
        details: [],
        requestId: expect.any(String),
      },
    });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it("keeps drafts and their evidence away from the aksi's verifier until submitted", async () => {
    const opened = (await api.open(cycle.contributor, '1.1-TW2')).json();
    const evidence = (await api.upload(cycle.contributor, opened.id, 'notulen.pdf', PDF, 0)).json();
    expect((await api.get(cycle.verifier, opened.id)).statusCode).toBe(404);
    expect((await callAs(app, cycle.verifier, { url: `/api/evidence/${evidence.id}/file` })).statusCode).toBe(404);
    // Marked ready is still inside the institution.
    const ready = (
      await api.move(cycle.contributor, opened.id, { action: 'mark_ready', version: opened.version })
    ).json();
    expect((await api.get(cycle.verifier, opened.id)).statusCode).toBe(404);
    expect((await api.get(cycle.admin, opened.id)).statusCode).toBe(200);
    await api.move(cycle.focalPoint, opened.id, { action: 'submit', version: ready.version });
    expect((await api.get(cycle.verifier, opened.id)).statusCode).toBe(200);
    expect((await callAs(app, cycle.verifier, { url: `/api/evidence/${evidence.id}/file` })).statusCode).toBe(200);
  });

  describe('Idempotency-Key on POST /api/reports', () => {
    it('replays the first answer with Idempotent-Replayed: true', async () => {
      const first = await api.open(cycle.contributor, '1.1-TW2', 'buka-laporan-0001');
      const retry = await api.open(cycle.contributor, '1.1-TW2', 'buka-laporan-0001');
      expect(first.statusCode).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(retry.statusCode).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.json().id).toBe(first.json().id);
    });

    it('answers a concurrent retry with the report the first request created', async () => {
      const answers = await Promise.all([
        api.open(cycle.contributor, '1.1-TW2', 'buka-laporan-0003'),
        api.open(cycle.contributor, '1.1-TW2', 'buka-laporan-0003'),
      ]);
      const created = answers.filter((a) => a.statusCode === 201 && a.headers['idempotent-replayed'] === undefined);
      expect(created).toHaveLength(1);
      for (const answer of answers) {
        expect([200, 201]).toContain(answer.statusCode);
        expect(answer.json().id).toBe(created[0]?.json().id);
      }
    });

    it('refuses the same key for another target with 422', async () => {
      await api.open(cycle.contributor, '1.1-TW2', 'buka-laporan-0002');
      // Also when the other target already has a report of its own.
      await api.open(cycle.contributor, '2.1-TW2');
      for (const target of ['2.1-TW2', '1.1-TW3']) {
        const reused = await api.open(cycle.contributor, target, 'buka-laporan-0002');
        expect(reused.statusCode, target).toBe(422);
        expect(reused.json().error.code).toBe('idempotency_key_reused');
      }
    });
  });
});
