/**
 * Targets assigned to work units: the focal point makes a unit responsible for a whole output or
 * single targets (reassigning is audited with the previous unit); a contributor limited to a unit
 * sees and reports only that unit's targets, its report records the unit, and its export lists
 * only them, with the unit.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { callAs } from '../../test-support/principals.js';

const HOME = FIXTURE_INSTITUTIONS.semarang;

describeEachDatabase('targets of work units', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  beforeEach(async () => {
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
  const assign = (payload: object, who = cycle.focalPoint) =>
    callAs(app, who, {
      method: 'PUT',
      url: `/api/institutions/${HOME}/unit-targets`,
      payload: { period: '2025-2026', ...payload },
    });

  it('limits a unit contributor to its unit: home, reports and export', async () => {
    const bappeda = await unit('BAPPEDA');
    const kominfo = await unit('KOMINFO');
    expect((await assign({ unitId: bappeda, outputs: ['1.1'] })).json()).toEqual({ assigned: 2, unchanged: 0 });
    expect((await assign({ unitId: kominfo, targets: ['2.1-TW2', '3.1-TW2'] })).json()).toEqual({
      assigned: 2,
      unchanged: 0,
    });
    const limited = await callAs(app, cycle.focalPoint, {
      method: 'PUT',
      url: `/api/units/${kominfo}/contributors`,
      payload: { userIds: [cycle.contributor.userId] },
    });
    expect(limited.statusCode).toBe(200);

    const home = await callAs(app, cycle.contributor, {
      url: `/api/institutions/${HOME}/targets?period=2025-2026&quarter=2`,
    });
    expect(
      home.json().targets.map((t: { targetCode: string; unit: { code: string } }) => [t.targetCode, t.unit.code]),
    ).toEqual([
      ['2.1-TW2', 'KOMINFO'],
      ['3.1-TW2', 'KOMINFO'],
    ]);
    const board = await callAs(app, cycle.focalPoint, {
      url: `/api/institutions/${HOME}/targets?period=2025-2026&quarter=2`,
    });
    expect(board.json().targets).toHaveLength(10);

    const api = cycleApi(app);
    expect((await api.open(cycle.contributor, '1.1-TW2')).statusCode).toBe(404);
    const opened = await api.open(cycle.contributor, '2.1-TW2');
    expect(opened.statusCode).toBe(201);
    const stored = await database()
      .db.selectFrom('reports')
      .select('unit_id')
      .where('id', '=', opened.json().id)
      .executeTakeFirstOrThrow();
    expect(stored.unit_id).toBe(kominfo);
    const other = (await api.open(cycle.focalPoint, '1.1-TW2')).json();
    expect((await api.get(cycle.contributor, other.id)).statusCode).toBe(404);

    const csv = await callAs(app, cycle.contributor, { url: '/api/exports/reports.csv?period=2025-2026' });
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toContain('kode_unit');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('KOMINFO');
  });

  it('audits a reassignment with the previous unit, and refuses targets the institution does not carry', async () => {
    const bappeda = await unit('BAPPEDA');
    const kominfo = await unit('KOMINFO');
    await assign({ unitId: bappeda, outputs: ['1.1'] });
    expect((await assign({ unitId: kominfo, targets: ['1.1-TW2', '1.1-TW4'] })).json()).toEqual({
      assigned: 2,
      unchanged: 0,
    });
    expect((await assign({ unitId: kominfo, targets: ['1.1-TW2'] })).json()).toEqual({ assigned: 0, unchanged: 1 });
    const entries = await database()
      .db.selectFrom('audit_log')
      .select(['change'])
      .where('action', '=', 'unit.assign_targets')
      .orderBy('seq')
      .execute();
    expect(entries).toHaveLength(2);
    expect(JSON.parse(entries[1]?.change as string).targets).toEqual([
      { target: '1.1-TW2', previousUnitId: bappeda },
      { target: '1.1-TW4', previousUnitId: bappeda },
    ]);
    const unknown = await assign({ unitId: kominfo, targets: ['99.1-TW2'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('targets');
    expect((await assign({ unitId: kominfo, outputs: ['1.1'] }, cycle.otherFocalPoint)).statusCode).toBe(404);
  });
});
