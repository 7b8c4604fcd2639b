/**
 * What the report editor relies on: an empty report cannot leave the contributor, the same file
 * is not listed twice under one item, the focal point may add a missing file to a submitted
 * report, and evidence made public shows on the portal only once the report is verified.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';

describeEachDatabase('evidence choices and empty reports', (database) => {
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

  it('refuses to mark ready or submit an empty report, naming what is missing', async () => {
    const report = (await api.open(cycle.contributor, '1.1-TW2')).json();
    const ready = await api.move(cycle.contributor, report.id, { action: 'mark_ready', version: report.version });
    expect(ready.statusCode).toBe(400);
    expect(ready.json().error.message).toContain('Laporan masih kosong');
    expect(ready.json().error.details).toEqual([{ path: 'narrative', message: expect.any(String) }]);
    expect(
      (await api.move(cycle.focalPoint, report.id, { action: 'submit', version: report.version })).statusCode,
    ).toBe(400);
    const edited = (
      await api.edit(cycle.contributor, report.id, { version: report.version, narrative: 'Perda disahkan.' })
    ).json();
    expect(
      (await api.move(cycle.contributor, report.id, { action: 'mark_ready', version: edited.version })).statusCode,
    ).toBe(200);
  });

  it('lists the same file once per checklist item and says so', async () => {
    const report = (await api.open(cycle.contributor, '1.1-TW2')).json();
    expect((await api.upload(cycle.contributor, report.id, 'laporan.pdf', PDF, 0)).statusCode).toBe(201);
    const twice = await api.upload(cycle.contributor, report.id, 'laporan-lagi.pdf', PDF, 0);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'evidence_duplicate' });
    expect(twice.json().error.message).toContain('"laporan.pdf"');
    // The same file may answer another item.
    expect((await api.upload(cycle.contributor, report.id, 'laporan.pdf', PDF, 1)).statusCode).toBe(201);
    expect((await api.get(cycle.contributor, report.id)).json().evidence).toHaveLength(2);
  });

  it('lets the focal point add a missing file to a submitted report without sending it back', async () => {
    const report = (await api.open(cycle.contributor, '1.1-TW2')).json();
    await api.upload(cycle.contributor, report.id, 'laporan.pdf', PDF, 0);
    const submitted = (
      await api.move(cycle.focalPoint, report.id, { action: 'submit', version: report.version })
    ).json();
    expect(submitted).toMatchObject({ state: 'submitted', editable: false });
    expect((await api.get(cycle.focalPoint, report.id)).json().canAddEvidence).toBe(true);
    expect((await api.get(cycle.contributor, report.id)).json().canAddEvidence).toBe(false);
    const byContributor = await api.upload(
      cycle.contributor,
      report.id,
      'berita-acara.pdf',
      Buffer.concat([PDF, Buffer.from('%1')]),
      1,
    );
    expect(byContributor.statusCode).toBe(409);
    const byFocal = await api.upload(
      cycle.focalPoint,
      report.id,
      'berita-acara.pdf',
      Buffer.concat([PDF, Buffer.from('%1')]),
      1,
    );
    expect(byFocal.statusCode).toBe(201);
    const after = (await api.get(cycle.verifier, report.id)).json();
    expect(after.state).toBe('submitted');
    expect(after.checklist.every((c: { covered: boolean }) => c.covered)).toBe(true);
    // Once a verifier takes it up, the report is closed to additions.
    await api.move(cycle.verifier, report.id, { action: 'start_review', version: after.version });
    expect((await api.link(cycle.focalPoint, report.id, 'https://contoh.go.id/berita', 1)).statusCode).toBe(409);
  });

  it('shows evidence made public on the portal only once the report is verified', async () => {
    const report = (await api.open(cycle.contributor, '1.1-TW2')).json();
    const uploaded = (await api.upload(cycle.contributor, report.id, 'sk-tim-publik.pdf', PDF, 0)).json();
    expect(uploaded.public).toBe(false);
    const path = `/api/reports/${report.id}/evidence/${uploaded.id}/public`;
    expect(
      (await callAs(app, cycle.verifier, { method: 'PUT', url: path, payload: { public: true } })).statusCode,
    ).toBe(403);
    const made = await callAs(app, cycle.contributor, { method: 'PUT', url: path, payload: { public: true } });
    expect(made.json()).toMatchObject({ id: uploaded.id, public: true });
    expect((await api.get(cycle.focalPoint, report.id)).json().evidence[0].public).toBe(true);

    const portal = async () => (await app.inject('/instansi/33.74?period=2025-2026')).body;
    expect(await portal()).not.toContain('sk-tim-publik.pdf');
    const submitted = (
      await api.move(cycle.focalPoint, report.id, { action: 'submit', version: report.version })
    ).json();
    expect(await portal()).not.toContain('sk-tim-publik.pdf');
    // The verifier sees the choice once the report has left the institution.
    expect((await api.get(cycle.verifier, report.id)).json().evidence[0].public).toBe(true);
    await api.move(cycle.admin, report.id, {
      action: 'accept',
      version: submitted.version,
      score: 90,
      qualityGrade: 'terlaksana',
    });
    expect(await portal()).toContain('sk-tim-publik.pdf');
    const json = (await app.inject('/api/public/institutions/33.74?period=2025-2026')).json();
    expect(JSON.stringify(json)).toContain('sk-tim-publik.pdf');
    const audit = (await callAs(app, cycle.admin, { url: `/api/audit?entity=report&entityId=${report.id}` })).json();
    expect(audit.map((a: { action: string }) => a.action)).toContain('evidence.visibility');
  });
});
