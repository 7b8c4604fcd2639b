/**
 * Work units: the focal point adds and changes its institution's units (audited, codes unique
 * within the institution), admin any institution's; another institution's units are not found.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp, TEST_NOW } from '../../test-support/app.js';
import { type Cycle, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { callAs } from '../../test-support/principals.js';

const HOME = FIXTURE_INSTITUTIONS.semarang;
const OTHER = FIXTURE_INSTITUTIONS.surabaya;

describeEachDatabase('work units', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  const clock = fixedClock(TEST_NOW);

  beforeEach(async () => {
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app.close());

  const add = (who = cycle.focalPoint, institution: string = HOME, payload: object = {}) =>
    callAs(app, who, {
      method: 'POST',
      url: `/api/institutions/${institution}/units`,
      payload: {
        code: 'bappeda',
        name: 'Badan Perencanaan Pembangunan Daerah',
        shortName: 'Bappeda',
        kind: 'opd',
        ...payload,
      },
    });

  it('lets the focal point add, rename and wind up a unit, each step audited', async () => {
    const created = await add();
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'BAPPEDA', kind: 'opd', active: true, targetCount: 0 });
    const id = created.json().id;

    const renamed = await callAs(app, cycle.focalPoint, {
      method: 'PATCH',
      url: `/api/units/${id}`,
      payload: { shortName: 'BAPPEDA', active: false },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ shortName: 'BAPPEDA', active: false });

    const list = await callAs(app, cycle.contributor, { url: `/api/institutions/${HOME}/units` });
    expect(list.json().items.map((u: { code: string }) => u.code)).toEqual(['BAPPEDA']);
    const active = await callAs(app, cycle.contributor, { url: `/api/institutions/${HOME}/units?active=true` });
    expect(active.json().items).toEqual([]);

    const audit = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'work_unit')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'unit.create', entity_id: String(id) },
      { action: 'unit.deactivate', entity_id: String(id) },
    ]);
  });

  it('refuses a code already used in the institution, but not in another one', async () => {
    expect((await add()).statusCode).toBe(201);
    const again = await add();
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0].path).toBe('code');
    expect((await add(cycle.admin, OTHER)).statusCode).toBe(201);
  });

  it("hides another institution's units and refuses bad input with a 400", async () => {
    const foreign = (await add(cycle.admin, OTHER)).json();
    expect((await callAs(app, cycle.focalPoint, { url: `/api/institutions/${OTHER}/units` })).statusCode).toBe(404);
    const patch = await callAs(app, cycle.focalPoint, {
      method: 'PATCH',
      url: `/api/units/${foreign.id}`,
      payload: { name: 'Nama baru' },
    });
    expect(patch.statusCode).toBe(404);
    expect((await add(cycle.focalPoint, OTHER)).statusCode).toBe(404);
    const bad = await add(cycle.focalPoint, HOME, { code: 'bad code!', kind: 'dinas' });
    expect(bad.statusCode).toBe(400);
    expect((await callAs(app, cycle.focalPoint, { url: '/api/institutions/99.99/units' })).statusCode).toBe(404);
  });
});
