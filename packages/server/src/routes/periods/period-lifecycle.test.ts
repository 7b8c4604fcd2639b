/**
 * The period lifecycle over HTTP: creating a period (copying a catalogue), moving a quarter's dates
 * with a reason, and closing a quarter that then refuses report writes until admin unlocks a report.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit.service.js';
import { type Clock, fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';

describeEachDatabase('period lifecycle', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  let clock: Clock;
  let api: ReturnType<typeof cycleApi>;

  beforeEach(async () => {
    clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { sessionIdleMs: 90 * 86_400_000, sessionMaxMs: 90 * 86_400_000 });
    cycle = await startCycle(app, database(), clock);
    api = cycleApi(app);
  });
  afterEach(() => app.close());

  const asAdmin = (method: 'POST' | 'PATCH' | 'GET' | 'PUT', url: string, payload?: object) =>
    callAs(app, cycle.admin, { method, url, ...(payload ? { payload } : {}) });

  it('creates a period from an en-dash code, copying the catalogue as a draft that opens for its institutions', async () => {
    const refused = await callAs(app, cycle.focalPoint, {
      method: 'POST',
      url: '/api/periods',
      payload: { code: '2027-2028' },
    });
    expect(refused.statusCode).toBe(403);
    const created = await asAdmin('POST', '/api/periods', { code: '2027–2028', copyCatalogueFrom: '2025–2026' });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.period).toMatchObject({
      code: '2027-2028',
      status: 'draft',
      name: 'Aksi Pencegahan Korupsi 2027–2028',
    });
    expect(body.period.quarters.map((q: { status: string }) => q.status)).toEqual(Array(8).fill('planned'));
    expect(body.period.quarters[1]).toMatchObject({
      startsOn: '2027-04-01',
      endsOn: '2027-06-30',
      deadline: '2027-07-10',
    });
    expect(body.copied).toEqual({
      from: '2025-2026',
      fokus: 1,
      aksi: 10,
      outputs: 10,
      targets: 20,
      assignmentRules: 10,
      assignments: 20,
    });
    expect((await asAdmin('POST', '/api/periods', { code: '2027-2028' })).json().error.code).toBe('period_exists');
    expect((await asAdmin('POST', '/api/periods', { code: '2027-2029' })).statusCode).toBe(400);
    expect(
      (await asAdmin('POST', '/api/periods', { code: '2029-2030', copyCatalogueFrom: '2019-2020' })).statusCode,
    ).toBe(404);

    // Nothing can be reported before a quarter opens; opening the first makes the period active.
    const early = await callAs(app, cycle.contributor, {
      method: 'POST',
      url: '/api/reports',
      payload: { period: '2027-2028', targetCode: '1.1-TW2' },
    });
    expect(early.json().error.code).toBe('quarter_not_open');
    const opened = await asAdmin('POST', '/api/periods/2027-2028/quarters/2/open');
    expect(opened.json()).toMatchObject({ status: 'active' });
    const targets = await callAs(app, cycle.contributor, {
      url: '/api/institutions/33.74/targets?period=2027-2028&quarter=2',
    });
    expect(targets.statusCode).toBe(200);
    expect(JSON.stringify(targets.json())).toContain('1.1-TW2');
    const report = await callAs(app, cycle.contributor, {
      method: 'POST',
      url: '/api/reports',
      payload: { period: '2027-2028', targetCode: '1.1-TW2' },
    });
    expect(report.statusCode).toBe(201);
    expect(report.json()).toMatchObject({ period: '2027-2028', quarter: 2 });
    const audit = (await asAdmin('GET', '/api/audit?entity=period')).json();
    expect(audit[0]).toMatchObject({
      action: 'period.create',
      change: { code: '2027-2028', copied_from: '2025-2026' },
    });
    expect(await verifyAuditChain(database().db)).toMatchObject({ ok: true });
  });

  it('moves a quarter deadline only with a reason, after saying how many institutions it reaches', async () => {
    const impact = await asAdmin('GET', '/api/periods/2025-2026/quarters/2/impact');
    expect(impact.json()).toEqual({ period: '2025-2026', quarter: 2, institutions: 2, extensions: 0 });
    const noReason = await asAdmin('PATCH', '/api/periods/2025-2026/quarters/2', { deadline: '2025-07-20' });
    expect(noReason.statusCode).toBe(400);
    const report = (await api.open(cycle.contributor, '1.1-TW2')).json();
    expect(report.deadline).toBe('2025-07-10');
    const moved = await asAdmin('PATCH', '/api/periods/2025-2026/quarters/2', {
      deadline: '2025-07-20',
      reason: 'Libur panjang akhir Juni',
    });
    expect(moved.json().quarters[1].deadline).toBe('2025-07-20');
    // A report reads its quarter's deadline with itself: the next read shows the moved one.
    expect((await api.get(cycle.focalPoint, report.id)).json().deadline).toBe('2025-07-20');
    const audit = (await asAdmin('GET', '/api/audit?entity=quarter')).json();
    expect(audit[0]).toMatchObject({
      action: 'quarter.dates',
      change: { reason: 'Libur panjang akhir Juni', institutions: 2, after: { deadline: '2025-07-20' } },
    });
  });

  it('locks a closed quarter: no edit, submit or accept until admin unlocks the report with a reason', async () => {
    const submittedReport = (await api.open(cycle.contributor, '1.1-TW2')).json();
    await api.upload(cycle.contributor, submittedReport.id, 'laporan.pdf', PDF, 0);
    const submitted = (
      await api.move(cycle.focalPoint, submittedReport.id, { action: 'submit', version: submittedReport.version })
    ).json();
    const draft = (await api.open(cycle.contributor, '2.1-TW2')).json();
    await api.edit(cycle.contributor, draft.id, { version: draft.version, narrative: 'Sudah dikerjakan' });

    expect((await asAdmin('POST', '/api/periods/2025-2026/quarters/2/close', { sampleSize: 0 })).statusCode).toBe(200);

    const accept = await api.move(cycle.admin, submittedReport.id, {
      action: 'accept',
      version: submitted.version,
      score: 80,
      qualityGrade: 'terlaksana',
    });
    expect(accept.statusCode).toBe(423);
    expect(accept.json().error).toMatchObject({ code: 'quarter_closed' });
    expect(accept.json().error.message).toContain('Triwulan II sudah ditutup');
    const drafted = (await api.get(cycle.focalPoint, draft.id)).json();
    expect(drafted).toMatchObject({ editable: false, allowedActions: [], lock: { quarterClosed: true, locked: true } });
    expect(
      (await api.move(cycle.focalPoint, draft.id, { action: 'submit', version: drafted.version })).statusCode,
    ).toBe(423);
    expect((await api.edit(cycle.contributor, draft.id, { version: drafted.version, progress: 50 })).statusCode).toBe(
      423,
    );
    expect((await api.upload(cycle.contributor, draft.id, 'b.pdf', PDF, 1)).statusCode).toBe(423);
    // Nor may the focal point add a missing file to a submitted report of the closed quarter.
    expect((await api.upload(cycle.focalPoint, submittedReport.id, 'c.pdf', PDF, 1)).statusCode).toBe(423);

    const unlockPath = `/api/reports/${draft.id}/unlock`;
    const asFocal = await callAs(app, cycle.focalPoint, {
      method: 'POST',
      url: unlockPath,
      payload: { reason: 'Gangguan server', joinsSample: true },
    });
    expect(asFocal.statusCode).toBe(403);
    expect((await asAdmin('POST', unlockPath, { joinsSample: true })).statusCode).toBe(400);
    const unlocked = await asAdmin('POST', unlockPath, { reason: 'Gangguan server saat tenggat', joinsSample: true });
    expect(unlocked.json().lock).toMatchObject({
      quarterClosed: true,
      locked: false,
      unlock: { reason: 'Gangguan server saat tenggat', joinsSample: true, by: 'Uji admin setnas' },
    });
    const late = await api.move(cycle.focalPoint, draft.id, { action: 'submit', version: drafted.version });
    expect(late.statusCode).toBe(200);
    expect(late.json().state).toBe('submitted');
    // The other report of the quarter stays locked.
    expect(
      (
        await api.move(cycle.admin, submittedReport.id, {
          action: 'accept',
          version: submitted.version,
          score: 80,
          qualityGrade: 'terlaksana',
        })
      ).statusCode,
    ).toBe(423);
    const audit = (await asAdmin('GET', `/api/audit?entity=report&entityId=${draft.id}`)).json();
    expect(audit.map((a: { action: string }) => a.action)).toContain('report.unlock');
    expect(audit.find((a: { action: string }) => a.action === 'report.unlock').change).toMatchObject({
      reason: 'Gangguan server saat tenggat',
      joins_sample: true,
    });
    // An open quarter has nothing to unlock.
    const other = (await api.open(cycle.contributor, '1.1-TW4')).json();
    expect(
      (await asAdmin('POST', `/api/reports/${other.id}/unlock`, { reason: 'Tidak perlu', joinsSample: false }))
        .statusCode,
    ).toBe(409);
  });
});
