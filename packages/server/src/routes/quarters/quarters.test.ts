import { drawSample } from '@pantau/core';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.service.js';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { acceptedReport, type Cycle, cycleApi, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';

describeEachDatabase('quarters, field samples and target revisions', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  let api: ReturnType<typeof cycleApi>;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { sessionIdleMs: 90 * 86_400_000, sessionMaxMs: 90 * 86_400_000 });
    cycle = await startCycle(app, database(), clock);
    api = cycleApi(app);
  });
  afterEach(() => app.close());

  const asAdmin = (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) =>
    callAs(app, cycle.admin, { method, url, ...(payload ? { payload } : {}) });

  it('closes a quarter with a sample anyone can re-draw from the published seed', async () => {
    for (const [i, code] of ['1.1-TW2', '2.1-TW2', '3.1-TW2', '4.1-TW2', '5.1-TW2', '6.1-TW2', '7.1-TW2'].entries()) {
      await acceptedReport(app, cycle, code, 60 + i * 5);
    }
    const head = (await app.inject('/api/public/audit/head')).json();
    const closed = await asAdmin('POST', '/api/periods/2025-2026/quarters/2/close', { sampleSize: 3 });
    expect(closed.statusCode).toBe(200);
    const sample = closed.json();
    expect(sample.seed).toBe(head.hash);
    expect(sample.population).toHaveLength(7);
    expect(sample.items.map((i: { key: string }) => i.key)).toEqual(drawSample(sample.population, 3, sample.seed));
    const again = (await callAs(app, cycle.verifier, { url: '/api/periods/2025-2026/quarters/2/sample' })).json();
    expect(again.items).toEqual(sample.items);
    expect((await asAdmin('POST', '/api/periods/2025-2026/quarters/2/close', {})).statusCode).toBe(409);
    expect((await api.open(cycle.contributor, '8.1-TW2')).json().error.code).toBe('quarter_not_open');
    expect(await verifyAuditChain(database().db)).toMatchObject({ ok: true });
  });

  it('records field results that change the score, with the reason audited', async () => {
    const id = await acceptedReport(app, cycle, '1.1-TW2', 90);
    const before = (await api.performance(cycle.admin, '33.74')).json().quarters[1].achievement;
    expect(before).toBe(9);
    const notSampled = await callAs(app, cycle.verifier, {
      method: 'POST',
      url: `/api/reports/${id}/field-check`,
      payload: { result: 'confirmed' },
    });
    expect(notSampled.statusCode).toBe(409);
    await asAdmin('POST', '/api/periods/2025-2026/quarters/2/close', { sampleSize: 1 });
    const noNotes = await callAs(app, cycle.verifier, {
      method: 'POST',
      url: `/api/reports/${id}/field-check`,
      payload: { result: 'adjusted', adjustedScore: 40 },
    });
    expect(noNotes.statusCode).toBe(400);
    const adjusted = await callAs(app, cycle.verifier, {
      method: 'POST',
      url: `/api/reports/${id}/field-check`,
      payload: { result: 'adjusted', adjustedScore: 40, notes: 'Aplikasi belum dipakai di 3 kecamatan.' },
    });
    expect(adjusted.json()).toMatchObject({ score: 90, fieldScore: 40 });
    expect((await api.performance(cycle.admin, '33.74')).json().quarters[1].achievement).toBe(4);
    const audit = (await asAdmin('GET', `/api/audit?entity=report&entityId=${id}`)).json();
    expect(audit[0]).toMatchObject({
      action: 'report.field_check',
      change: { field_score: 40, notes: 'Aplikasi belum dipakai di 3 kecamatan.' },
    });
    const sample = (await asAdmin('GET', '/api/periods/2025-2026/quarters/2/sample')).json();
    expect(sample.items[0]).toMatchObject({ status: 'done', result: 'adjusted', originalScore: 90, adjustedScore: 40 });
  });

  it('revises a target: accepted reports keep their version, open ones move, history stays', async () => {
    const acceptedId = await acceptedReport(app, cycle, '1.1-TW2', 80);
    const other = await callAs(app, cycle.otherFocalPoint, {
      method: 'POST',
      url: '/api/reports',
      payload: { period: '2025-2026', targetCode: '1.1-TW2' },
    });
    const revised = await asAdmin('POST', '/api/periods/2025-2026/targets/1.1-TW2/versions', {
      successMeasure: 'Tercapainya target uji 1.1 dengan ukuran baru',
      evidenceChecklist: ['Dokumen laporan', 'Berita acara', 'Foto kegiatan'],
      weight: 2,
      impact: null,
      reason: 'Reorganisasi target sesuai kesepakatan rapat koordinasi.',
    });
    expect(revised.statusCode).toBe(201);
    expect(revised.json().map((v: { version: number; current: boolean }) => [v.version, v.current])).toEqual([
      [1, false],
      [2, true],
    ]);
    const kept = (await api.get(cycle.admin, acceptedId)).json();
    expect(kept.target).toMatchObject({ version: 1, currentVersion: 2, weight: 1 });
    const moved = (await api.get(cycle.admin, other.json().id)).json();
    expect(moved.target).toMatchObject({ version: 2, weight: 2 });
    expect(moved.checklist).toHaveLength(3);
    // Semarang keeps the judged weight 1 for its accepted report.
    expect((await api.performance(cycle.admin, '33.74')).json().quarters[1].achievement).toBe(8);
  });

  it('moves deadlines and opens planned quarters, validating the dates', async () => {
    const early = { deadline: '2025-09-01', reason: 'Uji tenggat terlalu awal' };
    expect((await asAdmin('PATCH', '/api/periods/2025-2026/quarters/3', early)).statusCode).toBe(400);
    const moved = await asAdmin('PATCH', '/api/periods/2025-2026/quarters/3', {
      deadline: '2025-10-15',
      reason: 'Libur panjang',
    });
    expect(moved.json().quarters[2].deadline).toBe('2025-10-15');
    expect((await asAdmin('POST', '/api/periods/2025-2026/quarters/3/open')).statusCode).toBe(409);
    expect(
      (await callAs(app, cycle.focalPoint, { method: 'POST', url: '/api/periods/2025-2026/quarters/3/open' }))
        .statusCode,
    ).toBe(403);
  });
});
