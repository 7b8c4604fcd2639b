/**
 * Every dashboard figure checked against numbers worked out by hand from the scenario in
 * `test-support/dashboard-scenario.ts` (a late report, a revision round, a not-applicable claim,
 * target revisions), on each database; drill-down totals equal the figures they come from, and
 * no rate or achievement leaves 0–100.
 *
 * Hand computation. Weights are current unless a report was accepted (then the version judged):
 *   Semarang (S), Triwulan II: due 1.1 (accepted on v1: 1), 2.1 (1), 3.1 (1), 4.1 (not applicable: 0),
 *     5.1 (in review, v2: 2), 6.1–10.1 (5 × 1) → weightDue 10; weightedScore 80 + 60 + 90 = 230 → 23.0.
 *     Compliance: expected 10, submitted 5 (1–5), on time 4 (not 3.1), complete 2 (1.1, 3.1; 5.1 now
 *     needs three items), verified 4, not applicable 1.
 *   Surabaya (B), Triwulan II: 1.1 (1), 2.1 (1), 3.1 (1), 4.1 (1), 5.1 (2), 6.1–10.1 (5) → 11;
 *     70 + 50 + 100 = 220 → 20.0. Expected 10, submitted 3, on time 3, complete 2, verified 3.
 *   Triwulan IV adds for each: 1.1 (1), 2.1 (revised: 3), 3.1–10.1 (8 × 1) = 12.
 *     S: weightDue 22, weightedScore 330 → 15.0; expected 10, submitted 2, on time 1, complete 2, verified 1.
 *     B: weightDue 23, weightedScore 260 → 11.3; expected 10, submitted 2, on time 2, complete 0 (6.1
 *     lost item 1 when its checklist shrank), verified 1.
 *   National, Triwulan IV: 590 / 45 = 13.1; expected 20, submitted 4, on time 3, complete 2, verified 2.
 *   National, Triwulan II: 450 / 21 = 21.4; expected 20, submitted 8, on time 7, complete 4, verified 7, n/a 1.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { nationalView } from '../../services/dashboard/dashboard.service.js';
import { headlineFromReports } from '../../services/dashboard/dashboard-outputs.service.js';
import { buildTestApp } from '../../test-support/app.js';
import { testContext } from '../../test-support/context.js';
import { type Cycle, startCycle } from '../../test-support/cycle.js';
import { runDashboardScenario } from '../../test-support/dashboard-scenario.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';

const LONG = 365 * 86_400_000;

/** The compliance figures of a row, in the order expected, submitted, on time, complete, verified, n/a. */
const counts = (expected: number, submitted: number, onTime: number, complete: number, verified: number, na = 0) => ({
  expected,
  submitted,
  onTime,
  complete,
  verified,
  notApplicable: na,
});

/** Every rate and achievement anywhere in a response lies within 0–100. */
function expectWithinRange(value: unknown, path = '$'): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) expectWithinRange(item, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'achievement' || key === 'share' || path.endsWith('.rates')) && typeof inner === 'number') {
        expect(inner, `${path}.${key}`).toBeGreaterThanOrEqual(0);
        expect(inner, `${path}.${key}`).toBeLessThanOrEqual(100);
      }
      expectWithinRange(inner, `${path}.${key}`);
    }
  }
}

describeEachDatabase('monitoring dashboards', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  let reportIds: Map<string, number>;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { sessionIdleMs: LONG, sessionMaxMs: LONG });
    cycle = await startCycle(app, database(), clock);
    reportIds = await runDashboardScenario(app, cycle, clock);
  }, 60_000);
  afterEach(() => app.close());

  async function get(url: string) {
    const response = await callAs(app, cycle.observer, { url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    const body = response.json();
    expectWithinRange(body);
    return body;
  }

  it('shows the national figures of a quarter, the trend, and the breakdowns by type and fokus', async () => {
    // Today is 2026-01-20: Triwulan V is in progress and IV still being verified, so III by default.
    expect(await get('/api/dashboard/national')).toMatchObject({
      period: '2025-2026',
      quarter: 3,
      label: 'Triwulan III',
      today: '2026-01-20',
    });
    const national = await get('/api/dashboard/national?period=2025-2026&quarter=4');
    expect(national.headline).toMatchObject({
      code: 'ID',
      institutions: 2,
      weightDue: 45,
      weightedScore: 590,
      achievement: 13.1,
      band: 'kurang',
      ...counts(20, 4, 3, 2, 2),
      rates: { submitted: 20, onTime: 15, complete: 10, verified: 10 },
      bands: { baik: 0, cukup: 0, kurang: 2 },
    });
    expect(national.trend.map((p: { quarter: number; achievement: number | null }) => p.achievement)).toEqual([
      null,
      21.4,
      21.4,
      13.1,
    ]);
    expect(national.trend[0]).toMatchObject({ weightDue: 0, expected: 0, rates: { submitted: null } });
    expect(national.trend[1]).toMatchObject({
      label: 'Triwulan II',
      weightDue: 21,
      weightedScore: 450,
      ...counts(20, 8, 7, 4, 7, 1),
      rates: { submitted: 40, onTime: 35, complete: 20, verified: 35 },
    });
    expect(national.trend[2]).toMatchObject({ weightDue: 21, ...counts(0, 0, 0, 0, 0) });
    expect(national.byType.map((r: { code: string }) => r.code)).toEqual(['kl', 'provinsi', 'kabupaten', 'kota']);
    expect(national.byType[0]).toMatchObject({
      institutions: 0,
      achievement: null,
      expected: 0,
      drill: { type: 'kl' },
    });
    expect(national.byType[3]).toMatchObject({
      institutions: 2,
      achievement: 13.1,
      weightDue: 45,
      ...counts(20, 4, 3, 2, 2),
    });
    const byFokus = await get('/api/dashboard/breakdown?period=2025-2026&quarter=4&by=fokus');
    expect(byFokus.rows).toEqual(national.byFokus);
    expect(national.byFokus).toEqual([
      expect.objectContaining({
        code: '1',
        name: 'Perizinan dan Tata Niaga',
        institutions: 2,
        weightDue: 45,
        weightedScore: 590,
        achievement: 13.1,
        ...counts(20, 4, 3, 2, 2),
        drill: { fokus: '1' },
      }),
    ]);
  });

  it('shows the quality grades of the quarter for the nation, each type, fokus, aksi, province and institution', async () => {
    const grades = (administratif: number, terlaksana: number, berdampak: number) =>
      expect.objectContaining({ administratif, terlaksana, berdampak, graded: administratif + terlaksana + berdampak });
    // Triwulan II: Semarang terlaksana, administratif, berdampak (and a not-applicable claim, ungraded);
    // Surabaya three administratif.
    const q2 = await get('/api/dashboard/national?period=2025-2026&quarter=2');
    expect(q2.headline.grades).toEqual({
      administratif: 4,
      terlaksana: 1,
      berdampak: 1,
      graded: 6,
      shares: { administratif: 66.7, terlaksana: 16.7, berdampak: 16.7 },
    });
    expect(q2.headline).toMatchObject({ administratif: 4, terlaksana: 1, berdampak: 1 });
    expect(q2.byType.find((r: { code: string }) => r.code === 'kota').grades).toEqual(q2.headline.grades);
    expect(q2.byFokus[0].grades).toEqual(q2.headline.grades);
    expect(q2.trend[0].grades).toEqual(grades(0, 0, 0));
    const aksi = await get('/api/dashboard/breakdown?period=2025-2026&quarter=2&by=aksi');
    const byAksi = Object.fromEntries(aksi.rows.map((r: { code: string; grades: unknown }) => [r.code, r.grades]));
    expect(byAksi).toMatchObject({ '1': grades(1, 1, 0), '2': grades(2, 0, 0), '3': grades(1, 0, 1) });
    const provinces = await get('/api/dashboard/provinces?period=2025-2026&quarter=2');
    const byProvince = Object.fromEntries(
      provinces.rows.map((r: { code: string; grades: unknown }) => [r.code, r.grades]),
    );
    expect(byProvince).toMatchObject({ '33': grades(1, 1, 1), '35': grades(3, 0, 0) });
    expect((await get('/api/dashboard/provinces/35?period=2025-2026&quarter=2')).institutions[0].grades).toEqual(
      grades(3, 0, 0),
    );
    const semarang = await get('/api/dashboard/institutions/33.74?period=2025-2026&quarter=2');
    expect(semarang.quarters.map((f: { grades: { graded: number } }) => f.grades.graded)).toEqual([
      0, 3, 0, 1, 0, 0, 0, 0,
    ]);
    expect((await get('/api/dashboard/aksi/1?period=2025-2026&quarter=4')).aksi.grades).toEqual(grades(1, 0, 1));
    // Off by default: no grade weight on the figures.
    expect(q2.gradeWeight).toBeNull();
  });

  it('breaks the figures down by output and aksi, with revised weights and checklists counted exactly', async () => {
    const q4 = (await get('/api/dashboard/breakdown?period=2025-2026&quarter=4&by=output')).rows;
    expect(q4.map((r: { code: string }) => r.code)).toEqual([
      '1.1',
      '2.1',
      '3.1',
      '4.1',
      '5.1',
      '6.1',
      '7.1',
      '8.1',
      '9.1',
      '10.1',
    ]);
    const figures = (r: Record<string, unknown>) => [
      r.weightDue,
      r.weightedScore,
      r.achievement,
      r.expected,
      r.submitted,
      r.onTime,
      r.complete,
      r.verified,
    ];
    expect(q4.map(figures)).toEqual([
      // 1.1: S 80 + 100, B 70 + 40, each over weight 1 + 1 (accepted on version 1 despite the revision to 4).
      [4, 290, 72.5, 2, 2, 2, 1, 2],
      // 2.1: TW IV revised to weight 3 for both; S's late TW IV report is submitted, complete, not yet verified.
      [8, 110, 13.8, 2, 1, 0, 1, 0],
      [4, 190, 47.5, 2, 0, 0, 0, 0],
      // 4.1: S's not-applicable TW II leaves the score: 1 + (1 + 1).
      [3, 0, 0, 2, 0, 0, 0, 0],
      // 5.1: TW II revised to weight 2 for both.
      [6, 0, 0, 2, 0, 0, 0, 0],
      // 6.1: B submitted on time but lost item 1 when the checklist shrank.
      [4, 0, 0, 2, 1, 1, 0, 0],
      [4, 0, 0, 2, 0, 0, 0, 0],
      [4, 0, 0, 2, 0, 0, 0, 0],
      [4, 0, 0, 2, 0, 0, 0, 0],
      [4, 0, 0, 2, 0, 0, 0, 0],
    ]);
    expect(q4[0]).toMatchObject({
      name: 'Output uji 1.1',
      parent: '1',
      institutions: 2,
      band: 'cukup',
      drill: { output: '1.1' },
    });

    const q2 = (await get('/api/dashboard/breakdown?period=2025-2026&quarter=2&by=aksi')).rows;
    expect(q2.slice(0, 6).map(figures)).toEqual([
      [2, 150, 75, 2, 2, 2, 2, 2],
      [2, 110, 55, 2, 2, 2, 0, 2],
      // 3.1: S late (after a revision round), B on time.
      [2, 190, 95, 2, 2, 1, 2, 2],
      [1, 0, 0, 2, 1, 1, 0, 1],
      [4, 0, 0, 2, 1, 1, 0, 0],
      [2, 0, 0, 2, 0, 0, 0, 0],
    ]);
    expect(q2[3]).toMatchObject({ code: '4', parent: '1', notApplicable: 1, drill: { aksi: '4' } });
    expect(q2[2].band).toBe('baik');
  });

  it('shows every province with its government alone and with its kabupaten/kota, and one province in detail', async () => {
    const provinces = (await get('/api/dashboard/provinces?period=2025-2026&quarter=4')).rows;
    expect(provinces.map((p: { code: string }) => p.code)).toEqual(['33', '35']);
    expect(provinces[0]).toMatchObject({
      name: 'Provinsi Jawa Tengah',
      institutions: 1,
      weightDue: 22,
      weightedScore: 330,
      achievement: 15,
      band: 'kurang',
      ...counts(10, 2, 1, 2, 1),
      rates: { submitted: 20, onTime: 10, complete: 20, verified: 10 },
      drill: { province: '33' },
      // The provincial government carries no output in the fixture.
      own: { achievement: null, weightDue: 0, expected: 0 },
    });
    expect(provinces[1]).toMatchObject({
      weightDue: 23,
      weightedScore: 260,
      achievement: 11.3,
      ...counts(10, 2, 2, 0, 1),
    });
    const byProvince = (await get('/api/dashboard/breakdown?period=2025-2026&quarter=4&by=province')).rows;
    expect(byProvince.map((p: { achievement: number }) => p.achievement)).toEqual([15, 11.3]);
    expect(byProvince[0].own).toBeUndefined();

    const jateng = await get('/api/dashboard/provinces/33?period=2025-2026&quarter=4');
    expect(jateng.province).toMatchObject({ code: '33', achievement: 15 });
    expect(jateng.trend.map((p: { achievement: number | null }) => p.achievement)).toEqual([null, 23, 23, 15]);
    expect(jateng.trend[1]).toMatchObject({ weightDue: 10, weightedScore: 230, ...counts(10, 5, 4, 2, 4, 1) });
    expect(jateng.byType.map((r: { code: string; institutions: number }) => [r.code, r.institutions])).toEqual([
      ['provinsi', 0],
      ['kabupaten', 0],
      ['kota', 1],
    ]);
    expect(jateng.institutions).toEqual([
      expect.objectContaining({
        code: '33.74',
        name: 'Kota Semarang',
        achievement: 15,
        drill: { institution: '33.74' },
      }),
    ]);
    expect((await callAs(app, cycle.observer, { url: '/api/dashboard/provinces/99' })).statusCode).toBe(404);
  });

  it('ranks institutions by achievement and compliance, with bands and movers', async () => {
    const byAchievement = await get('/api/dashboard/rankings?period=2025-2026&quarter=4');
    expect(byAchievement).toMatchObject({ by: 'achievement', ranked: 2 });
    const brief = (r: { rank?: number; institution: { code: string }; value?: number; band: string }) => [
      r.rank,
      r.institution.code,
      r.value,
      r.band,
    ];
    expect(byAchievement.best.map(brief)).toEqual([
      [1, '33.74', 15, 'kurang'],
      [2, '35.78', 11.3, 'kurang'],
    ]);
    expect(byAchievement.worst.map(brief)).toEqual([
      [2, '35.78', 11.3, 'kurang'],
      [1, '33.74', 15, 'kurang'],
    ]);
    // Since Triwulan III (S 23.0, B 20.0) both fell; B the most.
    expect(byAchievement.movers).toEqual({
      previousQuarter: 3,
      up: [],
      down: [
        expect.objectContaining({
          institution: expect.objectContaining({ code: '35.78' }),
          previous: 20,
          current: 11.3,
          change: -8.7,
        }),
        expect.objectContaining({
          institution: expect.objectContaining({ code: '33.74' }),
          previous: 23,
          current: 15,
          change: -8,
        }),
      ],
    });

    // Compliance = on time ÷ expected: S 1/10, B 2/10 in Triwulan IV; nothing was due in Triwulan III.
    const byCompliance = await get('/api/dashboard/rankings?period=2025-2026&quarter=4&by=compliance&limit=1');
    expect(byCompliance.best.map(brief)).toEqual([[1, '35.78', 20, 'kurang']]);
    expect(byCompliance.worst.map(brief)).toEqual([[2, '33.74', 10, 'kurang']]);
    expect(byCompliance.movers).toEqual({ previousQuarter: 3, up: [], down: [] });
    const q2 = await get('/api/dashboard/rankings?period=2025-2026&quarter=2&by=compliance');
    expect(q2.best.map(brief)).toEqual([
      [1, '33.74', 40, 'kurang'],
      [2, '35.78', 30, 'kurang'],
    ]);
    expect((await get('/api/dashboard/rankings?period=2025-2026&quarter=4&type=kabupaten')).ranked).toBe(0);
  });

  it('warns about unstarted targets, repeated lateness, reports stuck in review and formality', async () => {
    const q4 = await get('/api/dashboard/early-warning?period=2025-2026&quarter=4&limit=3');
    // Triwulan IV: S has 3.1–10.1 untouched (8), B 2.1–5.1 and 7.1–10.1 (8); the deadline passed ten days ago.
    expect(q4.notStarted).toMatchObject({ days: 14, deadline: '2026-01-10', windowOpen: true, total: 16 });
    expect(
      q4.notStarted.items.map(
        (i: { institution: { code: string }; target: { code: string } }) => `${i.institution.code} ${i.target.code}`,
      ),
    ).toEqual(['33.74 10.1-TW4', '33.74 3.1-TW4', '33.74 4.1-TW4']);
    expect(q4.notStarted.items[0]).toMatchObject({
      deadline: '2026-01-10',
      daysLeft: -10,
      target: { aksi: '10', output: '10.1' },
    });
    // Late in Triwulan II and IV (nothing was due in I and III): S missed 6 + 9 on time, B 7 + 8.
    expect(q4.lateRepeatedly).toEqual({
      quarters: [1, 2, 3, 4],
      minimum: 2,
      total: 2,
      items: [
        expect.objectContaining({
          institution: expect.objectContaining({ code: '33.74' }),
          lateQuarters: [2, 4],
          missing: 15,
        }),
        expect.objectContaining({
          institution: expect.objectContaining({ code: '35.78' }),
          lateQuarters: [2, 4],
          missing: 15,
        }),
      ],
    });
    // Waiting more than 30 days: S 5.1-TW2 (in review since 2025-07-01) and B 6.1-TW4 (submitted 2025-12-20);
    // S 2.1-TW4, submitted 2026-01-12, is within the window.
    expect(q4.stuckInReview).toMatchObject({ verificationDays: 30, total: 2 });
    expect(q4.stuckInReview.items).toEqual([
      expect.objectContaining({
        state: 'in_review',
        ageDays: 203,
        target: expect.objectContaining({ code: '5.1-TW2' }),
      }),
      expect.objectContaining({
        state: 'submitted',
        ageDays: 31,
        target: expect.objectContaining({ code: '6.1-TW4' }),
      }),
    ]);
    // B's four graded reports are all administratif; S has one of four.
    expect(q4.formality).toEqual({
      minimumGraded: 3,
      total: 1,
      items: [
        {
          institution: expect.objectContaining({ code: '35.78' }),
          graded: 4,
          administratif: 4,
          terlaksana: 0,
          berdampak: 0,
          share: 100,
          // Which targets put it on the list, each with its grade, and why.
          targets: ['1.1-TW2', '2.1-TW2', '3.1-TW2', '1.1-TW4'].map((code) =>
            expect.objectContaining({ code, grade: 'administratif', quarter: Number(code.slice(-1)) }),
          ),
          reason:
            '4 dari 4 laporan terverifikasi (100,0 %) hanya administratif — lebih dari separuh, dengan sedikitnya 3 laporan dinilai; terlaksana 0, berdampak 0.',
          reasonEn: expect.stringContaining('4 of 4 verified reports'),
        },
      ],
    });

    const q2 = await get('/api/dashboard/early-warning?period=2025-2026&quarter=2');
    // S: the empty draft 6.1 and 7.1–10.1; B: 4.1–10.1.
    expect(q2.notStarted.total).toBe(12);
    expect(q2.lateRepeatedly).toMatchObject({ quarters: [1, 2], total: 0 });
    expect(q2.stuckInReview.total).toBe(1);
    expect(q2.formality.items).toEqual([expect.objectContaining({ graded: 3, administratif: 3 })]);

    const q6 = await get('/api/dashboard/early-warning?period=2025-2026&quarter=6&days=14');
    expect(q6.notStarted).toMatchObject({ deadline: '2026-07-10', windowOpen: false, total: 0 });
  });

  it('shows an institution per quarter and per output, and an aksi per output and per type', async () => {
    const semarang = await get('/api/dashboard/institutions/33.74?period=2025-2026&quarter=4');
    expect(semarang.institution).toEqual({ code: '33.74', name: 'Kota Semarang', type: 'kota', provinceCode: '33' });
    expect(semarang.quarters.map((p: { achievement: number | null }) => p.achievement)).toEqual([
      null,
      23,
      23,
      15,
      15,
      15,
      15,
      15,
    ]);
    const rows = semarang.outputs.map((r: Record<string, number>) => [
      r.code,
      r.weightDue,
      r.weightedScore,
      r.achievement,
    ]);
    expect(rows).toEqual([
      ['1.1', 2, 180, 90],
      ['2.1', 4, 60, 15],
      ['3.1', 2, 90, 45],
      ['4.1', 1, 0, 0],
      ['5.1', 3, 0, 0],
      ['6.1', 2, 0, 0],
      ['7.1', 2, 0, 0],
      ['8.1', 2, 0, 0],
      ['9.1', 2, 0, 0],
      ['10.1', 2, 0, 0],
    ]);
    expect(semarang.outputs[0]).toMatchObject({
      band: 'baik',
      institutions: 1,
      drill: { output: '1.1', institution: '33.74' },
    });

    const aksi = await get('/api/dashboard/aksi/1?period=2025-2026&quarter=4');
    expect(aksi.aksi).toMatchObject({
      code: '1',
      name: 'Aksi uji 1',
      parent: '1',
      fokusName: 'Perizinan dan Tata Niaga',
      weightDue: 4,
      weightedScore: 290,
      achievement: 72.5,
      ...counts(2, 2, 2, 1, 2),
    });
    expect(aksi.outputs).toEqual([expect.objectContaining({ code: '1.1', achievement: 72.5 })]);
    expect(
      aksi.byType.map((r: { code: string; institutions: number; achievement: number | null }) => [
        r.code,
        r.institutions,
        r.achievement,
      ]),
    ).toEqual([
      ['kl', 0, null],
      ['provinsi', 0, null],
      ['kabupaten', 0, null],
      ['kota', 2, 72.5],
    ]);
    expect(aksi.byType[3].drill).toEqual({ type: 'kota', aksi: '1' });
    expect((await callAs(app, cycle.observer, { url: '/api/dashboard/aksi/99' })).statusCode).toBe(404);
    expect((await callAs(app, cycle.observer, { url: '/api/dashboard/institutions/XX' })).statusCode).toBe(404);
  });

  it('lists the reports behind every figure, their totals equal to the figures', async () => {
    const reports = (query: string) => get(`/api/dashboard/reports?period=2025-2026&${query}`);
    const compliance = async (drill: Record<string, string>, quarter: number) => {
      const base = new URLSearchParams({ ...drill, quarter: String(quarter) }).toString();
      const total = async (extra: string) => (await reports(`${base}&${extra}`)).total;
      return {
        submitted: await total('submitted=true'),
        onTime: await total('onTime=true'),
        complete: await total('complete=true'),
        verified: await total('state=accepted'),
        notApplicable: await total('notApplicable=true'),
      };
    };
    const pick = (row: Record<string, number>) => ({
      submitted: row.submitted,
      onTime: row.onTime,
      complete: row.complete,
      verified: row.verified,
      notApplicable: row.notApplicable,
    });
    for (const quarter of [2, 4]) {
      const national = await get(`/api/dashboard/national?period=2025-2026&quarter=${quarter}`);
      const rows = [
        national.headline,
        ...national.byType,
        ...(await get(`/api/dashboard/breakdown?period=2025-2026&quarter=${quarter}&by=fokus`)).rows,
        ...(await get(`/api/dashboard/breakdown?period=2025-2026&quarter=${quarter}&by=output`)).rows,
        ...(await get(`/api/dashboard/provinces?period=2025-2026&quarter=${quarter}`)).rows,
        ...(await get(`/api/dashboard/institutions/35.78?period=2025-2026&quarter=${quarter}`)).outputs,
      ];
      for (const row of rows)
        expect(await compliance(row.drill, quarter), JSON.stringify(row.drill)).toEqual(pick(row));
    }

    // The achievement: the accepted reports of quarters 1..4, whose weight × score add up to the weighted score.
    const accepted = await reports('through=4&state=accepted&limit=100');
    expect(accepted.total).toBe(9);
    const weighted = accepted.items
      .filter((r: { notApplicable: boolean }) => !r.notApplicable)
      .reduce((sum: number, r: { weight: number; score: number }) => sum + r.weight * r.score, 0);
    expect(weighted).toBe(590);

    const late = await reports('quarter=4&onTime=false');
    expect(late.items).toEqual([
      expect.objectContaining({
        quarter: 4,
        institution: expect.objectContaining({ code: '33.74' }),
        target: { code: '2.1-TW4', aksi: '2', output: '2.1' },
        state: 'submitted',
        submittedAt: '2026-01-12T03:00:00.000Z',
        onTime: false,
        complete: true,
        weight: 3,
        score: null,
      }),
    ]);
    const revised = await reports('quarter=2&output=3.1&institution=33.74');
    expect(revised.items[0]).toMatchObject({
      round: 1,
      onTime: false,
      score: 90,
      qualityGrade: 'berdampak',
      weight: 1,
    });
    expect((await reports('institution=35.78&through=4&grade=administratif')).total).toBe(4);
    expect((await reports('state=submitted,in_review')).total).toBe(3);
    const page = await reports('quarter=2&limit=2&offset=2');
    expect(page).toMatchObject({ total: 9, limit: 2, offset: 2 });
    expect(
      page.items.map(
        (r: { institution: { code: string }; target: { code: string } }) => `${r.institution.code} ${r.target.code}`,
      ),
    ).toEqual(['33.74 3.1-TW2', '33.74 4.1-TW2']);
    expect((await reports('institution=NOPE')).total).toBe(0);
  });

  it('updates at once: a judgement shows in the next read of every figure', async () => {
    const before = await get('/api/dashboard/national?period=2025-2026&quarter=4');
    expect(before.byFokus[0]).toMatchObject({ weightedScore: 590, verified: 2 });
    expect(await get('/api/dashboard/national?period=2025-2026&quarter=4')).toEqual(before);
    const id = reportIds.get('33.74:2.1-TW4');
    const report = (await callAs(app, cycle.admin, { url: `/api/reports/${id}` })).json();
    const accepted = await callAs(app, cycle.admin, {
      method: 'POST',
      url: `/api/reports/${id}/transitions`,
      payload: { action: 'accept', version: report.version, score: 50, qualityGrade: 'terlaksana' },
    });
    expect(accepted.statusCode).toBe(200);
    // 2.1-TW4 weighs 3 since its revision: (590 + 3 × 50) / 45 = 16.4.
    const after = await get('/api/dashboard/national?period=2025-2026&quarter=4');
    expect(after.headline).toMatchObject({ weightedScore: 740, achievement: 16.4, verified: 3 });
    expect(after.byFokus[0]).toMatchObject({ weightedScore: 740, achievement: 16.4, verified: 3 });
    const output = (await get('/api/dashboard/breakdown?period=2025-2026&quarter=4&by=output')).rows[1];
    expect(output).toMatchObject({ code: '2.1', weightedScore: 260, verified: 1 });
  });

  it('gives the same headline from the live figures and from a plain GROUP BY over the reports', async () => {
    const context = testContext(database(), fixedClock('2026-01-20T03:00:00.000Z'));
    for (const quarter of [1, 2, 3, 4, 8]) {
      const fromStats = (await nationalView(context, { period: '2025-2026', quarter })).headline;
      const fromReports = await headlineFromReports(database().db, cycle.fixture.periodId, quarter);
      const { bands: _bands, impact: _impact, ...headline } = fromStats;
      expect(fromReports, `quarter ${quarter}`).toEqual(headline);
    }
  });
});

describeEachDatabase('monitoring dashboards before any report', (database) => {
  it('counts every assigned institution, storing the figures of those nothing has happened to yet', async () => {
    const clock = fixedClock('2025-07-05T03:00:00.000Z');
    const app = await buildTestApp(database(), clock);
    const cycle = await startCycle(app, database(), clock);
    const stored = () =>
      database()
        .db.selectFrom('institution_figures')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
    expect(Number((await stored()).n)).toBe(0);
    // Triwulan I by default (its verification ended on 2025-05-10; III is in progress).
    const shown = (await callAs(app, cycle.observer, { url: '/api/dashboard/national' })).json();
    expect(shown.quarter).toBe(1);
    const national = (await callAs(app, cycle.observer, { url: '/api/dashboard/national?quarter=3' })).json();
    // Triwulan III as asked; ten targets of weight 1 each for two kota were due in Triwulan II.
    expect(national).toMatchObject({
      quarter: 3,
      headline: { institutions: 2, weightDue: 20, achievement: 0, expected: 0 },
    });
    expect(national.trend[1]).toMatchObject({ expected: 20, submitted: 0, rates: { submitted: 0 } });
    expect(Number((await stored()).n)).toBe(16);
    expect((await callAs(app, cycle.focalPoint, { url: '/api/dashboard/national' })).statusCode).toBe(403);
    await app.close();
  });
});
