/**
 * The unit board and reminders: per unit, the targets of a quarter due, started, ready, submitted,
 * accepted, late and missing evidence, whose totals are the institution's own counts; the targets
 * behind each count; the assignment history with the previous unit; a reminder that mails only
 * the unit's contributors, at most once a day.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { acceptedReport, type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal, signIn } from '../../test-support/principals.js';

const HOME = FIXTURE_INSTITUTIONS.semarang;

interface BoardTarget {
  targetCode: string;
  measures: string[];
}
interface BoardRow {
  unit: { code: string } | null;
  counts: Record<string, number>;
  targets: BoardTarget[];
}

describeEachDatabase('the unit board', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  beforeEach(async () => {
    clock.set('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app.close());

  const unit = async (code: string) =>
    (
      await callAs(app, cycle.focalPoint, {
        method: 'POST',
        url: `/api/institutions/${HOME}/units`,
        payload: { code, name: `Unit ${code}`, kind: 'opd' },
      })
    ).json().id as number;
  const assign = (unitId: number | null, outputs: string[]) =>
    callAs(app, cycle.focalPoint, {
      method: 'PUT',
      url: `/api/institutions/${HOME}/unit-targets`,
      payload: { period: '2025-2026', unitId, outputs },
    });
  const board = (who: Principal = cycle.focalPoint) =>
    callAs(app, who, { url: `/api/institutions/${HOME}/unit-board?period=2025-2026&quarter=2` });
  const limit = (unitId: number, userIds: number[]) =>
    callAs(app, cycle.focalPoint, { method: 'PUT', url: `/api/units/${unitId}/contributors`, payload: { userIds } });
  /** Moves the clock on, signing the cycle's people in again (idle sessions end). */
  const moveClock = async (instant: string) => {
    clock.set(instant);
    for (const person of [cycle.focalPoint, cycle.contributor, cycle.otherFocalPoint, cycle.observer, cycle.admin]) {
      const session = await signIn(app, person.email as string);
      person.cookie = session.cookie;
      person.csrfToken = session.csrfToken;
    }
  };
  const remind = (unitId: number, who: Principal = cycle.focalPoint) =>
    callAs(app, who, {
      method: 'POST',
      url: `/api/units/${unitId}/reminders`,
      payload: { period: '2025-2026', quarter: 2 },
    });

  it("counts each unit's targets so that the totals are the institution's counts, with the list behind each", async () => {
    const bappeda = await unit('BAPPEDA');
    const kominfo = await unit('KOMINFO');
    await assign(bappeda, ['1.1', '2.1', '3.1']);
    await assign(kominfo, ['4.1', '5.1']);
    const api = cycleApi(app);
    await acceptedReport(app, cycle, '1.1-TW2', 80);
    const ready = (await api.open(cycle.contributor, '2.1-TW2')).json();
    const edited = (
      await api.edit(cycle.contributor, ready.id, { version: ready.version, narrative: 'Rapat koordinasi.' })
    ).json();
    expect(
      (await api.move(cycle.contributor, ready.id, { action: 'mark_ready', version: edited.version })).statusCode,
    ).toBe(200);
    const onTime = (await api.open(cycle.contributor, '4.1-TW2')).json();
    await api.upload(cycle.contributor, onTime.id, 'a.pdf', PDF, 0);
    await api.upload(cycle.contributor, onTime.id, 'b.pdf', PDF, 1);
    await api.move(cycle.focalPoint, onTime.id, {
      action: 'submit',
      version: (await api.get(cycle.focalPoint, onTime.id)).json().version,
    });
    // After the deadline (10 July): one report submitted late, the rest never submitted.
    await moveClock('2025-07-15T03:00:00.000Z');
    const late = (await api.open(cycle.contributor, '5.1-TW2')).json();
    await api.upload(cycle.contributor, late.id, 'a.pdf', PDF, 0);
    await api.move(cycle.focalPoint, late.id, {
      action: 'submit',
      version: (await api.get(cycle.focalPoint, late.id)).json().version,
    });

    const response = await board();
    expect(response.statusCode).toBe(200);
    const data = response.json();
    expect(data.deadlinePassed).toBe(true);
    const rows = data.rows as BoardRow[];
    const row = (code: string | null) => rows.find((r) => (r.unit?.code ?? null) === code) as BoardRow;
    expect(row('BAPPEDA').counts).toEqual({
      due: 3,
      started: 2,
      ready: 1,
      submitted: 1,
      accepted: 1,
      late: 2,
      missingEvidence: 3,
    });
    expect(row('KOMINFO').counts).toEqual({
      due: 2,
      started: 2,
      ready: 0,
      submitted: 2,
      accepted: 0,
      late: 1,
      missingEvidence: 1,
    });
    expect(row(null).counts.due).toBe(5);
    const behind = (r: BoardRow, measure: string) =>
      r.targets.filter((t) => t.measures.includes(measure)).map((t) => t.targetCode);
    expect(behind(row('BAPPEDA'), 'late')).toEqual(['2.1-TW2', '3.1-TW2']);
    expect(behind(row('KOMINFO'), 'late')).toEqual(['5.1-TW2']);
    expect(behind(row('BAPPEDA'), 'ready')).toEqual(['2.1-TW2']);

    // The board's totals are the sum of its rows and the institution's own figures.
    for (const measure of Object.keys(data.total)) {
      expect(rows.reduce((sum, r) => sum + (r.counts[measure] ?? 0), 0)).toBe(data.total[measure]);
    }
    const figures = (await api.performance(cycle.focalPoint, HOME)).json();
    const q2 = figures.quarters.find((q: { quarter: number }) => q.quarter === 2);
    const all = rows.flatMap((r) => r.targets);
    const submittedWithout = (measure: string) =>
      all.filter((t) => t.measures.includes('submitted') && !t.measures.includes(measure)).length;
    expect(data.total.due).toBe(q2.expected);
    expect(data.total.submitted).toBe(q2.submitted);
    expect(data.total.accepted).toBe(q2.verified);
    expect(submittedWithout('late')).toBe(q2.onTime);
    expect(submittedWithout('missingEvidence')).toBe(q2.complete);
    expect(data.total.late).toBe(q2.submitted - q2.onTime + (q2.expected - q2.submitted));
    expect(data.total).toEqual({
      due: 10,
      started: 4,
      ready: 1,
      submitted: 3,
      accepted: 1,
      late: 8,
      missingEvidence: 9,
    });

    // Who sees the board: the institution's focal point and national readers; others not.
    expect((await board(cycle.observer)).statusCode).toBe(200);
    expect((await board(cycle.otherFocalPoint)).statusCode).toBe(404);
    expect((await board(cycle.contributor)).statusCode).toBe(403);
  });

  it('shows the targets by output with their unit and the history with the previous unit', async () => {
    const bappeda = await unit('BAPPEDA');
    const kominfo = await unit('KOMINFO');
    await assign(bappeda, ['1.1']);
    await callAs(app, cycle.focalPoint, {
      method: 'PUT',
      url: `/api/institutions/${HOME}/unit-targets`,
      payload: { period: '2025-2026', unitId: kominfo, targets: ['1.1-TW4'] },
    });
    const map = (
      await callAs(app, cycle.focalPoint, { url: `/api/institutions/${HOME}/unit-targets?period=2025-2026` })
    ).json();
    expect(map.outputs[0]).toEqual({
      code: '1.1',
      name: 'Output uji 1.1',
      targets: [
        { code: '1.1-TW2', quarter: 2, unit: { id: bappeda, code: 'BAPPEDA', name: 'Unit BAPPEDA' } },
        { code: '1.1-TW4', quarter: 4, unit: { id: kominfo, code: 'KOMINFO', name: 'Unit KOMINFO' } },
      ],
    });
    expect(map.outputs).toHaveLength(10);
    expect(map.history[0].unit.code).toBe('KOMINFO');
    expect(map.history[0].by).toBe(cycle.focalPoint.email);
    expect(map.history[0].targets).toEqual([
      { code: '1.1-TW4', previousUnit: { id: bappeda, code: 'BAPPEDA', name: 'Unit BAPPEDA' } },
    ]);
    expect(map.history[1].targets.map((t: { previousUnit: unknown }) => t.previousUnit)).toEqual([null, null]);
    const units = (await callAs(app, cycle.focalPoint, { url: `/api/institutions/${HOME}/units` })).json();
    expect(units.items.map((u: { contributorIds: number[] }) => u.contributorIds)).toEqual([[], []]);
    expect(
      (await callAs(app, cycle.otherFocalPoint, { url: `/api/institutions/${HOME}/unit-targets?period=2025-2026` }))
        .statusCode,
    ).toBe(404);
  });

  it("reminds only the unit's contributors, once a day, and says why it cannot", async () => {
    const bappeda = await unit('BAPPEDA');
    const kominfo = await unit('KOMINFO');
    await assign(bappeda, ['1.1', '2.1']);
    await assign(kominfo, ['3.1']);
    const other = await createPrincipal(app, database(), clock, {
      name: 'pic kominfo',
      roles: ['contributor'],
      institutionCode: HOME,
    });
    expect((await remind(bappeda)).json().error.code).toBe('no_contributors');
    await limit(bappeda, [cycle.contributor.userId as number]);
    await limit(kominfo, [other.userId as number]);
    const before = await database().db.selectFrom('outbox').select('id').execute();

    const sent = await remind(bappeda);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ reminded: 1, missing: 2 });
    const mails = await database()
      .db.selectFrom('outbox')
      .select(['to_address', 'subject', 'kind'])
      .where('id', 'not in', [...before.map((m) => m.id), -1])
      .execute();
    expect(mails).toEqual([
      {
        to_address: cycle.contributor.email,
        subject: expect.stringContaining('Unit BAPPEDA'),
        kind: 'deadline_reminder',
      },
    ]);
    const audit = await database()
      .db.selectFrom('audit_log')
      .select('change')
      .where('action', '=', 'unit.remind')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.change)).toMatchObject({
      unit: 'BAPPEDA',
      missing: 2,
      recipients: [cycle.contributor.userId],
    });

    const again = await remind(bappeda);
    expect(again.statusCode).toBe(429);
    expect(again.json().error.code).toBe('reminder_throttled');
    await moveClock('2025-07-02T04:00:00.000Z');
    expect((await remind(bappeda)).statusCode).toBe(200);

    expect((await remind(kominfo, cycle.contributor)).statusCode).toBe(403);
    expect((await remind(kominfo, cycle.otherFocalPoint)).statusCode).toBe(404);
  });

  it('puts the unit on the report and in the review queue', async () => {
    const bappeda = await unit('BAPPEDA');
    await assign(bappeda, ['1.1']);
    const api = cycleApi(app);
    const opened = (await api.open(cycle.contributor, '1.1-TW2')).json();
    expect(opened.unit).toEqual({ code: 'BAPPEDA', name: 'Unit BAPPEDA' });
    await api.upload(cycle.contributor, opened.id, 'a.pdf', PDF, 0);
    await api.move(cycle.focalPoint, opened.id, {
      action: 'submit',
      version: (await api.get(cycle.focalPoint, opened.id)).json().version,
    });
    const queue = (await callAs(app, cycle.verifier, { url: '/api/review-queue?period=2025-2026' })).json();
    expect(queue.items.map((i: { targetCode: string; unit: unknown }) => [i.targetCode, i.unit])).toEqual([
      ['1.1-TW2', { code: 'BAPPEDA', name: 'Unit BAPPEDA' }],
    ]);
  });
});
