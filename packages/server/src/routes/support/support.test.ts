/**
 * The support log: the Inspektorat records support with a unit, a file and a follow-up (audited),
 * moves the follow-up along (audited); its leader reads the log and finds the entry and the open
 * follow-up on the brief; the national dashboard counts it under the province. Leaders write
 * nothing, and other institutions' people do not find the institution.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { multipartFile } from '../../test-support/multipart.js';
import { callAs, createPrincipal, type Principal } from '../../test-support/principals.js';

const HOME = FIXTURE_INSTITUTIONS.semarang;
const OTHER = FIXTURE_INSTITUTIONS.surabaya;
const Q2 = 'period=2025-2026&quarter=2';

describeEachDatabase('support log', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  let leader: Principal;
  let otherLeader: Principal;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  beforeEach(async () => {
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
    leader = await createPrincipal(app, database(), clock, {
      name: 'sekda semarang',
      roles: ['leader'],
      institutionCode: HOME,
    });
    otherLeader = await createPrincipal(app, database(), clock, {
      name: 'sekda surabaya',
      roles: ['leader'],
      institutionCode: OTHER,
    });
  });
  afterEach(() => app.close());

  async function unit(code: string, institution: string = HOME, who = cycle.focalPoint): Promise<number> {
    const response = await callAs(app, who, {
      method: 'POST',
      url: `/api/institutions/${institution}/units`,
      payload: { code, name: `Dinas ${code}`, kind: 'opd' },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id;
  }

  const record = (who: Principal, payload: object, institution: string = HOME) =>
    callAs(app, who, { method: 'POST', url: `/api/institutions/${institution}/support`, payload });

  const auditActions = async (action: string) =>
    database().db.selectFrom('audit_log').select(['action', 'change']).where('action', '=', action).execute();

  it('records support with a unit, a file and a follow-up, audited, and shows it to the leader and on the dashboard', async () => {
    const bappeda = await unit('BAPPEDA');
    const file = await callAs(app, cycle.focalPoint, {
      method: 'POST',
      url: '/api/attachments',
      ...multipartFile('notulen.pdf', PDF),
    });
    expect(file.statusCode).toBe(201);

    const created = await record(cycle.focalPoint, {
      heldOn: '2025-06-25',
      unitId: bappeda,
      kind: 'visit',
      notes: 'Kunjungan ke Bappeda: memeriksa SOP perizinan.',
      attachmentIds: [file.json().id],
      followUps: [{ title: 'Unggah SOP yang ditandatangani', ownerUnitId: bappeda, dueOn: '2025-06-30' }],
    });
    expect(created.statusCode).toBe(201);
    const entry = created.json();
    expect(entry).toMatchObject({
      heldOn: '2025-06-25',
      kind: 'visit',
      unit: { id: bappeda, name: 'Dinas BAPPEDA' },
      attachments: [{ fileName: 'notulen.pdf' }],
      followUps: [
        { title: 'Unggah SOP yang ditandatangani', owner: { unitId: bappeda }, status: 'open', overdue: true },
      ],
    });
    expect(await auditActions('support.create')).toHaveLength(1);

    // The leader reads the log, filtered by the unit, and opens the file.
    const list = await callAs(app, leader, { url: `/api/institutions/${HOME}/support?unit=${bappeda}` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((e: { id: number }) => e.id)).toEqual([entry.id]);
    const download = await callAs(app, leader, {
      url: `/api/support/${entry.id}/attachments/${entry.attachments[0].id}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);

    // …and finds the entry and its open, overdue follow-up on the brief, with the figures of the pipeline.
    const brief = await callAs(app, leader, { url: `/api/institutions/${HOME}/brief?${Q2}` });
    expect(brief.statusCode).toBe(200);
    expect(brief.json().support.entries).toBe(1);
    expect(brief.json().followUps).toContainEqual(
      expect.objectContaining({ source: 'support', title: 'Unggah SOP yang ditandatangani', overdue: true }),
    );
    const performance = await callAs(app, leader, { url: `/api/institutions/${HOME}/performance?period=2025-2026` });
    expect(brief.json().current).toEqual(
      performance.json().quarters.find((q: { quarter: number }) => q.quarter === 2) ?? null,
    );

    // The national dashboard counts it under the province.
    const dashboard = await callAs(app, cycle.observer, { url: `/api/dashboard/support?${Q2}` });
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.json()).toMatchObject({
      total: 1,
      provinces: [{ code: '33', entries: 1, institutions: 1, openFollowUps: 1 }],
    });

    // The focal point closes the follow-up: audited, and the brief and dashboard follow.
    const done = await callAs(app, cycle.focalPoint, {
      method: 'POST',
      url: `/api/support-follow-ups/${entry.followUps[0].id}/status`,
      payload: { status: 'done' },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', overdue: false });
    const [update] = await auditActions('support.followup_update');
    expect(JSON.parse(update?.change as string)).toEqual({ status: { from: 'open', to: 'done' } });
    const after = await callAs(app, leader, { url: `/api/institutions/${HOME}/brief?${Q2}` });
    expect(after.json().followUps.filter((f: { source: string }) => f.source === 'support')).toEqual([]);
    const counted = await callAs(app, cycle.admin, { url: `/api/dashboard/support?${Q2}` });
    expect(counted.json().provinces[0].openFollowUps).toBe(0);
  });

  it('refuses writes to leaders, hides the institution from others, and refuses a unit of another institution', async () => {
    const body = { heldOn: '2025-06-25', kind: 'review', notes: 'Reviu dokumen laporan.' };
    expect((await record(leader, body)).statusCode).toBe(403);
    expect((await record(cycle.otherFocalPoint, body)).statusCode).toBe(404);
    expect((await callAs(app, otherLeader, { url: `/api/institutions/${HOME}/support` })).statusCode).toBe(404);
    expect((await callAs(app, otherLeader, { url: `/api/institutions/${HOME}/brief` })).statusCode).toBe(404);
    expect((await callAs(app, cycle.contributor, { url: `/api/institutions/${HOME}/support` })).statusCode).toBe(403);

    const foreign = await unit('DPMPTSP', OTHER, cycle.otherFocalPoint);
    const refused = await record(cycle.focalPoint, { ...body, unitId: foreign });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([expect.objectContaining({ path: 'unitId' })]);
    const badDate = await record(cycle.focalPoint, { ...body, heldOn: '25-06-2025' });
    expect(badDate.statusCode).toBe(400);
    expect(await auditActions('support.create')).toEqual([]);

    const created = await record(cycle.focalPoint, {
      ...body,
      followUps: [{ title: 'Perbaiki narasi', dueOn: '2025-07-15' }],
    });
    const followUp = created.json().followUps[0].id;
    const move = (who: Principal) =>
      callAs(app, who, {
        method: 'POST',
        url: `/api/support-follow-ups/${followUp}/status`,
        payload: { status: 'done' },
      });
    expect((await move(leader)).statusCode).toBe(403);
    expect((await move(cycle.otherFocalPoint)).statusCode).toBe(404);
    expect((await move(cycle.admin)).statusCode).toBe(200);
  });
});
