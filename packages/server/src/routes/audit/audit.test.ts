/**
 * The audit log as admin and observers read it: filtered by entity and action, one entry by its
 * number, and a verification of the whole chain that names where it breaks once history is altered.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { systemActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { fixedClock } from '../../clock.js';
import { buildTestApp, TEST_NOW } from '../../test-support/app.js';
import { type Cycle, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';

describeEachDatabase('audit log routes', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  const clock = fixedClock(TEST_NOW);

  beforeEach(async () => {
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
    for (const [action, entity, id] of [
      ['holiday.add', 'holiday', '2026-12-24'],
      ['holiday.add', 'holiday', '2026-12-31'],
      ['holiday.remove', 'holiday', '2026-12-24'],
    ] as const) {
      await database()
        .db.transaction()
        .execute((trx) =>
          recordAudit(trx, clock, systemActor('uji'), { action, entity, entityId: id, change: { name: 'Libur' } }),
        );
    }
  });
  afterEach(() => app.close());

  const get = (url: string, who = cycle.observer) => callAs(app, who, { url });

  it('filters entries by entity, id and action, and opens one by its number', async () => {
    const holidays = (await get('/api/audit?entity=holiday')).json();
    expect(holidays.map((e: { action: string; entityId: string }) => `${e.action} ${e.entityId}`)).toEqual([
      'holiday.remove 2026-12-24',
      'holiday.add 2026-12-31',
      'holiday.add 2026-12-24',
    ]);
    const added = (await get('/api/audit?action=holiday.add&entityId=2026-12-24')).json();
    expect(added).toHaveLength(1);

    const entry = await get(`/api/audit/${added[0].seq}`);
    expect(entry.statusCode).toBe(200);
    expect(entry.json()).toEqual(added[0]);
    expect(entry.json()).toMatchObject({ actor: 'system:uji', change: { name: 'Libur' } });
    const missing = await get('/api/audit/999999', cycle.admin);
    expect(missing.statusCode).toBe(404);
    expect((await get('/api/audit/1', cycle.focalPoint)).statusCode).toBe(403);
  });

  it('verifies the chain, and names the first entry once history is altered', async () => {
    const sound = (await get('/api/audit/verification')).json();
    const head = (await app.inject('/api/public/audit/head')).json();
    expect(sound).toMatchObject({ ok: true, brokenAt: null, problem: null, head, checkedAt: TEST_NOW });
    expect(sound.entries).toBe(head.seq);

    const [victim] = (await get('/api/audit?entity=holiday&action=holiday.add')).json();
    await database()
      .db.updateTable('audit_log')
      .set({ change: '{"name":"Bukan libur"}' })
      .where('seq', '=', victim.seq)
      .execute();
    const broken = (await get('/api/audit/verification', cycle.admin)).json();
    expect(broken).toMatchObject({
      ok: false,
      brokenAt: victim.seq,
      problem: 'content_changed',
      entries: victim.seq - 1,
    });
  });
});
