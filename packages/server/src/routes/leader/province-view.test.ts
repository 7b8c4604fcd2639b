/**
 * The province view: admin gives a province focal point the flag (audited); it then reads its own
 * province's kabupaten/kota — the list with figures and one's brief — and nothing else: not
 * another province's, and no report of theirs through the report routes. Without the flag it is
 * refused; a kota's account cannot hold it.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal } from '../../test-support/principals.js';

const Q2 = 'period=2025-2026&quarter=2';

describeEachDatabase('province view', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  let province: Principal;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  beforeEach(async () => {
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
    province = await createPrincipal(app, database(), clock, {
      name: 'inspektorat jateng',
      roles: ['focal_point'],
      institutionCode: FIXTURE_INSTITUTIONS.jateng,
    });
  });
  afterEach(() => app.close());

  const grant = (userId: number | null, enabled: boolean, who = cycle.admin) =>
    callAs(app, who, { method: 'PUT', url: `/api/users/${userId}/province-view`, payload: { enabled } });

  it('lets a flagged province focal point read its kabupaten/kota and nothing more', async () => {
    expect((await callAs(app, province, { url: `/api/province-view?${Q2}` })).statusCode).toBe(403);
    expect((await grant(province.userId, true, cycle.focalPoint)).statusCode).toBe(403);

    const granted = await grant(province.userId, true);
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toEqual({ userId: province.userId, provinceView: true });
    const audit = await database()
      .db.selectFrom('audit_log')
      .select('change')
      .where('action', '=', 'user.province_view')
      .execute();
    expect(audit.map((row) => JSON.parse(row.change as string))).toEqual([{ province_view: true }]);
    const me = await callAs(app, province, { url: '/api/auth/me' });
    expect(me.json().user.provinceView).toBe(true);

    const list = await callAs(app, province, { url: `/api/province-view?${Q2}` });
    expect(list.statusCode).toBe(200);
    expect(list.json().province.code).toBe('33');
    expect(list.json().items.map((i: { institution: { code: string } }) => i.institution.code)).toEqual([
      FIXTURE_INSTITUTIONS.semarang,
    ]);
    // Asking for another province changes nothing: the account reads its own.
    const asked = await callAs(app, province, { url: `/api/province-view?province=35&${Q2}` });
    expect(asked.json().province.code).toBe('33');

    const brief = await callAs(app, province, { url: `/api/province-view/${FIXTURE_INSTITUTIONS.semarang}?${Q2}` });
    expect(brief.statusCode).toBe(200);
    expect(brief.json().institution.code).toBe(FIXTURE_INSTITUTIONS.semarang);
    expect(
      (await callAs(app, province, { url: `/api/province-view/${FIXTURE_INSTITUTIONS.surabaya}` })).statusCode,
    ).toBe(404);

    // No action on their reports: a draft of Semarang stays out of reach through the report routes.
    const draft = (await cycleApi(app).open(cycle.contributor, '1.1-TW2')).json();
    expect((await callAs(app, province, { url: `/api/reports/${draft.id}` })).statusCode).toBe(404);
    const edit = await callAs(app, province, {
      method: 'PATCH',
      url: `/api/reports/${draft.id}`,
      payload: { version: draft.version, narrative: 'Diubah provinsi' },
    });
    expect(edit.statusCode).toBe(404);
    expect(
      (await callAs(app, province, { url: `/api/institutions/${FIXTURE_INSTITUTIONS.semarang}/brief` })).statusCode,
    ).toBe(404);

    // Taken away: refused again.
    expect((await grant(province.userId, false)).statusCode).toBe(200);
    expect((await callAs(app, province, { url: `/api/province-view?${Q2}` })).statusCode).toBe(403);
  });

  it('gives the flag only to a province focal point or leader', async () => {
    const refused = await grant(cycle.focalPoint.userId, true);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([expect.objectContaining({ path: 'enabled' })]);
    const governor = await createPrincipal(app, database(), clock, {
      name: 'asisten jateng',
      roles: ['leader'],
      institutionCode: FIXTURE_INSTITUTIONS.jateng,
    });
    expect((await grant(governor.userId, true)).statusCode).toBe(200);
    const list = await callAs(app, governor, { url: `/api/province-view?${Q2}` });
    expect(list.statusCode).toBe(200);
    // The governor's leader reads its own province government's brief as any leader does.
    expect((await callAs(app, governor, { url: `/api/institutions/33/brief?${Q2}` })).statusCode).toBe(200);
  });
});
