/**
 * Impact indicators that can be judged (issue #18): a target's indicator (unit, baseline, target
 * value, direction, source) is versioned with the target, a verified report keeps the version it
 * was judged on, and its impact value is shown judged — with the raw numbers — in the report, the
 * open data and the portal.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';

const PERIOD = '2025-2026';
const DAYS = {
  name: 'Rata-rata waktu layanan izin',
  unit: 'hari',
  baseline: 14,
  target: 5,
  direction: 'lower',
  source: 'Aplikasi SiCantik',
} as const;
const JUDGED = '14 → 9 dari target 5 hari, lebih rendah lebih baik: 56 %';

describeEachDatabase('impact indicators that can be judged', (database) => {
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

  const revise = (impact: object | null, reason: string) =>
    callAs(app, cycle.admin, {
      method: 'POST',
      url: `/api/periods/${PERIOD}/targets/1.1-TW2/versions`,
      payload: {
        successMeasure: 'Tercapainya target uji 1.1 dengan indikator dampak',
        evidenceChecklist: ['Dokumen laporan'],
        weight: 1,
        impact,
        reason,
      },
    });

  /** Semarang's report of 1.1-TW2 with `impactValue`, submitted and accepted. */
  const acceptedWithImpact = async (impactValue: number) => {
    const opened = (await api.open(cycle.contributor, '1.1-TW2')).json();
    const edited = (await api.edit(cycle.contributor, opened.id, { version: opened.version, impactValue })).json();
    expect(edited.impactValue).toBe(impactValue);
    await api.upload(cycle.contributor, opened.id, 'laporan.pdf', PDF, 0);
    const submitted = (
      await api.move(cycle.focalPoint, opened.id, { action: 'submit', version: edited.version })
    ).json();
    const accepted = (
      await api.move(cycle.admin, opened.id, {
        action: 'accept',
        version: submitted.version,
        score: 85,
        qualityGrade: 'berdampak',
      })
    ).json();
    expect(accepted.state).toBe('accepted');
    return opened.id as number;
  };

  it('keeps the indicator a verified report was judged on when the target is revised again', async () => {
    expect((await revise(DAYS, 'Indikator dampak ditetapkan pada rapat koordinasi.')).statusCode).toBe(201);
    const id = await acceptedWithImpact(9);
    const again = await revise({ ...DAYS, target: 7, source: null }, 'Target dampak disesuaikan dengan anggaran.');
    expect(again.statusCode).toBe(201);
    const versions = again.json() as { version: number; impact: unknown }[];
    expect(versions.map((v) => [v.version, v.impact])).toEqual([
      [1, null],
      [2, DAYS],
      [3, { ...DAYS, target: 7, source: null }],
    ]);
    const report = (await api.get(cycle.admin, id)).json();
    expect(report.target).toMatchObject({ version: 2, currentVersion: 3, impact: DAYS });

    // The open data and the portal judge it against version 2: (14 − 9) ÷ (14 − 5) = 55.6 %.
    const detail = (await app.inject(`/api/public/institutions/33.74?period=${PERIOD}`)).json();
    const target = detail.targets.find((t: { target: { code: string } }) => t.target.code === '1.1-TW2');
    expect(target.verified.impact).toEqual({ ...DAYS, value: 9, share: 55.6, reached: false, text: JUDGED });
    const aksi = (await app.inject(`/api/public/aksi/1?period=${PERIOD}`)).json();
    expect(aksi.results[0].impact).toMatchObject({ value: 9, target: 5, share: 55.6 });
    expect((await app.inject(`/aksi/1?period=${PERIOD}`)).body).toContain(JUDGED);
    expect((await app.inject(`/instansi/33.74?period=${PERIOD}`)).body).toContain(JUDGED);
    const english = (await app.inject(`/aksi/1?period=${PERIOD}&lang=en`)).body;
    expect(english).toContain('14 → 9 of target 5 hari, lower is better: 56%');
  });

  it('counts a verified report that reached its target in "Dampak tercapai" on every surface', async () => {
    await revise(DAYS, 'Indikator dampak ditetapkan pada rapat koordinasi.');
    await acceptedWithImpact(4);
    const national = (
      await callAs(app, cycle.admin, { url: `/api/dashboard/national?period=${PERIOD}&quarter=2` })
    ).json();
    expect(national.headline.impact).toEqual({ judged: 1, reached: 1, reachedRate: 100, meanShare: 100 });
    const figures = (await app.inject(`/api/public/figures?period=${PERIOD}`)).json();
    expect(figures.quarters.find((q: { quarter: number }) => q.quarter === 2).impact).toEqual(national.headline.impact);
  });

  it('refuses a target value that is not on the better side of the baseline, naming the field', async () => {
    const refused = await revise({ ...DAYS, target: 20 }, 'Indikator dampak ditetapkan pada rapat koordinasi.');
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json())).toContain('impact');
    const same = await revise({ ...DAYS, target: 14 }, 'Indikator dampak ditetapkan pada rapat koordinasi.');
    expect(same.statusCode).toBe(400);
  });
});
