/**
 * Assignment rules through the API: preview, add, end (a recorded event, never a deletion), and
 * the readers that must stop counting what ended: the catalogue, targets, figures, new reports.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';

const OUTPUT = '/api/periods/2025-2026/outputs/3.1';

describeEachDatabase('assignment rules', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app.close());

  const as = (method: 'GET' | 'POST', url: string, payload?: object) =>
    callAs(app, cycle.admin, { method, url, ...(payload ? { payload } : {}) });
  const outputCount = async (code: string) => {
    const catalogue = (await as('GET', '/api/periods/2025-2026/catalogue')).json();
    const outputs = catalogue.fokus.flatMap((f: { aksi: { outputs: unknown[] }[] }) =>
      f.aksi.flatMap((a) => a.outputs),
    );
    return outputs.find((o: { code: string }) => o.code === code);
  };

  it('previews a rule, adds it, and refuses unknown codes', async () => {
    const preview = await as('POST', `${OUTPUT}/rules/preview`, {
      rule: { kind: 'list', codes: ['33.74', 'KEMENDAGRI', '34.71'] },
    });
    expect(preview.json()).toMatchObject({
      total: 2,
      newCount: 1,
      alreadyAssigned: 1,
      unknownCodes: ['34.71'],
      items: [
        { code: '33.74', assigned: true },
        { code: 'KEMENDAGRI', assigned: false },
      ],
      truncated: false,
    });
    const refused = await as('POST', `${OUTPUT}/rules`, { rule: { kind: 'list', codes: ['KEMENDAGRI', '34.71'] } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('34.71');

    const added = await as('POST', `${OUTPUT}/rules`, { rule: { kind: 'all_provinces' } });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      rule: { rule: { kind: 'all_provinces' }, endedAt: null, institutionCount: 2 },
      added: 2,
      reactivated: 0,
      alreadyAssigned: 0,
    });
    expect(await outputCount('3.1')).toMatchObject({
      institutionCount: 4,
      rules: [{ kind: 'all_kota' }, { kind: 'all_provinces' }],
    });
    // Jawa Tengah now carries 3.1: its figures expect the targets of Triwulan II and IV.
    const figures = (await as('GET', '/api/institutions/33/performance?period=2025-2026')).json();
    expect(figures.quarters.map((q: { expected: number }) => q.expected)).toEqual([0, 1, 0, 1, 0, 0, 0, 0]);
  });

  it('ends a rule with a reason: its assignments end unless another rule selects them', async () => {
    const added = (
      await as('POST', `${OUTPUT}/rules`, { rule: { kind: 'list', codes: ['33.74', 'KEMENDAGRI'] } })
    ).json();
    expect(added).toMatchObject({ added: 1, alreadyAssigned: 1 });
    const rules = (await as('GET', `${OUTPUT}/rules`)).json();
    const allKota = rules.rules.find((r: { rule: { kind: string } }) => r.rule.kind === 'all_kota');

    const ended = await as('POST', `${OUTPUT}/rules/${allKota.id}/end`, { reason: 'Kota tidak lagi ditugasi' });
    expect(ended.statusCode).toBe(200);
    // Surabaya's assignment ends; Semarang's stays, now credited to the list rule.
    expect(ended.json()).toMatchObject({
      rule: { id: allKota.id, endedReason: 'Kota tidak lagi ditugasi', institutionCount: 0 },
      ended: 1,
      kept: 1,
    });
    expect((await as('POST', `${OUTPUT}/rules/${allKota.id}/end`, { reason: 'Sekali lagi' })).statusCode).toBe(409);

    const current = (await as('GET', `${OUTPUT}/assignments`)).json();
    expect(current.items.map((i: { institution: { code: string } }) => i.institution.code)).toEqual([
      '33.74',
      'KEMENDAGRI',
    ]);
    const all = (await as('GET', `${OUTPUT}/assignments?ended=true`)).json();
    expect(all.items.find((i: { institution: { code: string } }) => i.institution.code === '35.78')).toMatchObject({
      endedReason: 'Kota tidak lagi ditugasi',
    });
    expect(await outputCount('3.1')).toMatchObject({ institutionCount: 2, rules: [{ kind: 'list' }] });
    const ruleList = (await as('GET', `${OUTPUT}/rules`)).json();
    expect(ruleList.rules.map((r: { endedAt: string | null }) => r.endedAt !== null)).toEqual([true, false]);

    // Surabaya no longer carries 3.1: no targets, no new report, figures without them.
    const surabaya = (await as('GET', '/api/institutions/35.78/targets?period=2025-2026&quarter=2')).json();
    expect(surabaya.targets.map((t: { targetCode: string }) => t.targetCode)).not.toContain('3.1-TW2');
    const figures = (await as('GET', '/api/institutions/35.78/performance?period=2025-2026')).json();
    expect(figures.quarters[1].expected).toBe(9);
    const institution = (await as('GET', '/api/institutions/35.78')).json();
    expect(institution.assignments.map((a: { outputCode: string }) => a.outputCode)).not.toContain('3.1');

    // Adding a rule again brings the ended assignment back.
    const again = (await as('POST', `${OUTPUT}/rules`, { rule: { kind: 'all_kota' } })).json();
    expect(again).toMatchObject({ added: 0, reactivated: 1, alreadyAssigned: 1 });
    const audit = await database()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'assignment%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['assignment_rule.add', 'assignment_rule.end', 'assignment_rule.add']);
  });

  it("ends one institution's assignment; it can no longer open reports on the output", async () => {
    const ended = await as('POST', `${OUTPUT}/assignments/33.74/end`, { reason: 'Dialihkan ke provinsi' });
    expect(ended.json()).toMatchObject({ institution: { code: '33.74' }, endedReason: 'Dialihkan ke provinsi' });
    expect((await as('POST', `${OUTPUT}/assignments/33.74/end`, { reason: 'Dialihkan lagi' })).statusCode).toBe(404);
    const opened = await cycleApi(app).open(cycle.contributor, '3.1-TW2');
    expect(opened.statusCode).toBeGreaterThanOrEqual(400);
  });
});
