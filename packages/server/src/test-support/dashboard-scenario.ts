/**
 * A hand-checkable reporting history over the test fixture (two kota, Semarang 33.74 and Surabaya
 * 35.78, each carrying outputs 1.1–10.1 with targets in Triwulan II and IV, weight 1, two evidence
 * items), for the dashboard tests. Every figure it produces is worked out by hand in
 * `routes/dashboard/dashboard.test.ts`.
 *
 * Semarang, Triwulan II (deadline 2025-07-10):
 *   1.1 on time, both items, accepted 80 `terlaksana`      2.1 on time, item 0 only, accepted 60 `administratif`
 *   3.1 late (07-11), both items, revision round, accepted 90 `berdampak`
 *   4.1 on time, not-applicable claim accepted              5.1 on time, both items, left in review
 *   6.1 an empty draft                                      7.1–10.1 nothing
 * Surabaya, Triwulan II: 1.1 both items, 70; 2.1 no evidence, 50; 3.1 both items, 100 — all on time, `administratif`.
 * Target revisions (2025-07-20): 1.1-TW2 → weight 4 (both reports accepted on version 1 keep weight 1);
 *   5.1-TW2 → weight 2 and three items (Semarang's report in review moves to it: weight 2, incomplete);
 *   2.1-TW4 → weight 3; 6.1-TW4 → three items.
 * Triwulan IV (deadline 2026-01-10): Semarang 1.1 on time, both items, accepted 100 `berdampak`;
 *   Surabaya 1.1 on time, item 0 only, accepted 40 `administratif`; Surabaya 6.1 on time with items 0 and 2
 *   (2025-12-20), then 6.1-TW4 → two items (2025-12-21): item 1 missing, incomplete;
 *   Semarang 2.1 late (2026-01-12), both items, submitted.
 * The story ends on 2026-01-20 (Triwulan V).
 */
import type { FastifyInstance } from 'fastify';
import type { fixedClock } from '../clock.js';
import { type Cycle, cycleApi } from './cycle.js';
import { callAs, type Principal } from './principals.js';

/** The day the scenario ends: Triwulan V of 2025–2026. */
export const SCENARIO_END = '2026-01-20T03:00:00.000Z';

interface Step {
  evidence?: number[];
  notApplicable?: boolean;
  submit?: boolean;
  accept?: { score?: number; grade?: 'administratif' | 'terlaksana' | 'berdampak' };
  review?: boolean;
  revisionRound?: boolean;
}

/**
 * With `withImpact`, before any report 1.1-TW2, 2.1-TW2 and 3.1-TW2 get an impact indicator (a
 * version 2 with the same weight and items, so no other figure changes), and their reports give
 * values: 1.1 days 14 → 5 (lower is better): Semarang 9 (55.6 %), Surabaya 4 (reached);
 * 2.1 percent 40 → 80: Semarang 70 (75 %), Surabaya 90 (overshoots: 100 %); 3.1 count 10 → 20:
 * Semarang 15 (50 %), Surabaya 8 (wrong way: 0 %). Triwulan II, nation: 6 judged, 2 reached
 * (33.3 %), mean share 63.4 %.
 */
export interface ScenarioOptions {
  withImpact?: boolean;
}

const SCENARIO_INDICATORS: Record<string, object> = {
  '1.1-TW2': { name: 'Waktu layanan izin', unit: 'hari', baseline: 14, target: 5, direction: 'lower', source: null },
  '2.1-TW2': {
    name: 'Layanan terintegrasi',
    unit: 'persen',
    baseline: 40,
    target: 80,
    direction: 'higher',
    source: null,
  },
  '3.1-TW2': {
    name: 'Jumlah desa terlayani',
    unit: 'desa',
    baseline: 10,
    target: 20,
    direction: 'higher',
    source: 'BPS',
  },
};

const SCENARIO_IMPACT_VALUES: Record<string, number> = {
  '33.74:1.1-TW2': 9,
  '35.78:1.1-TW2': 4,
  '33.74:2.1-TW2': 70,
  '35.78:2.1-TW2': 90,
  '33.74:3.1-TW2': 15,
  '35.78:3.1-TW2': 8,
};

/** Runs the scenario; returns the ids of the reports by "<institution>:<target>". */
export async function runDashboardScenario(
  app: FastifyInstance,
  cycle: Cycle,
  clock: ReturnType<typeof fixedClock>,
  options: ScenarioOptions = {},
): Promise<Map<string, number>> {
  const api = cycleApi(app);
  const ids = new Map<string, number>();
  const semarang = { writer: cycle.contributor, submitter: cycle.focalPoint, key: '33.74' };
  const surabaya = { writer: cycle.otherFocalPoint, submitter: cycle.otherFocalPoint, key: '35.78' };

  const ok = <T extends { statusCode: number; body: string }>(response: T, what: string): T => {
    if (response.statusCode >= 300) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
    return response;
  };

  async function report(who: typeof semarang, target: string, step: Step): Promise<void> {
    let current = ok(await api.open(who.writer, target), `open ${target}`).json();
    ids.set(`${who.key}:${target}`, current.id);
    for (const index of step.evidence ?? []) {
      ok(await api.link(who.writer, current.id, `https://contoh.go.id/${who.key}/${target}/${index}`, index), 'link');
    }
    current = (await api.get(who.writer, current.id)).json();
    const impactValue = options.withImpact ? SCENARIO_IMPACT_VALUES[`${who.key}:${target}`] : undefined;
    if (impactValue !== undefined) {
      current = ok(
        await api.edit(who.writer, current.id, { version: current.version, impactValue }),
        'impact value',
      ).json();
    }
    if (step.notApplicable) {
      current = ok(
        await api.edit(who.writer, current.id, {
          version: current.version,
          notApplicable: true,
          notApplicableReason: 'Kewenangan ada di pemerintah pusat.',
        }),
        'not applicable',
      ).json();
    }
    if (!step.submit) return;
    if (!step.notApplicable && !(step.evidence ?? []).length) {
      // A report says something before it is sent: an empty one is refused.
      current = ok(
        await api.edit(who.writer, current.id, { version: current.version, narrative: 'Uraian capaian.' }),
        'narrative',
      ).json();
    }
    current = ok(
      await api.move(who.submitter, current.id, { action: 'submit', version: current.version }),
      `submit ${target}`,
    ).json();
    if (step.revisionRound) {
      current = ok(
        await api.move(cycle.admin, current.id, {
          action: 'request_revision',
          version: current.version,
          reason: 'Lengkapi uraian.',
        }),
        'revision',
      ).json();
      current = ok(
        await api.edit(who.writer, current.id, { version: current.version, narrative: 'Uraian dilengkapi.' }),
        'edit',
      ).json();
      current = ok(
        await api.move(who.submitter, current.id, { action: 'submit', version: current.version }),
        'resubmit',
      ).json();
    }
    if (step.review) {
      ok(await api.move(cycle.admin, current.id, { action: 'start_review', version: current.version }), 'review');
    }
    if (step.accept) {
      const judgement =
        step.accept.score === undefined ? {} : { score: step.accept.score, qualityGrade: step.accept.grade };
      ok(
        await api.move(cycle.admin, current.id, { action: 'accept', version: current.version, ...judgement }),
        `accept ${target}`,
      );
    }
  }

  async function revise(target: string, weight: number, items: string[], impact: object | null = null) {
    ok(
      await callAs(app, cycle.admin as Principal, {
        method: 'POST',
        url: `/api/periods/2025-2026/targets/${target}/versions`,
        payload: {
          successMeasure: `Ukuran keberhasilan ${target} yang direvisi`,
          evidenceChecklist: items,
          weight,
          impact,
          reason: 'Reorganisasi target',
        },
      }),
      `revise ${target}`,
    );
  }

  const two = ['Dokumen laporan', 'Berita acara'];
  const three = [...two, 'Foto kegiatan'];

  clock.set('2025-07-01T03:00:00.000Z');
  if (options.withImpact) {
    for (const [target, indicator] of Object.entries(SCENARIO_INDICATORS)) await revise(target, 1, two, indicator);
  }
  await report(semarang, '1.1-TW2', { evidence: [0, 1], submit: true, accept: { score: 80, grade: 'terlaksana' } });
  await report(semarang, '2.1-TW2', { evidence: [0], submit: true, accept: { score: 60, grade: 'administratif' } });
  await report(semarang, '4.1-TW2', { notApplicable: true, submit: true, accept: {} });
  await report(semarang, '5.1-TW2', { evidence: [0, 1], submit: true, review: true });
  await report(semarang, '6.1-TW2', {});
  await report(surabaya, '1.1-TW2', { evidence: [0, 1], submit: true, accept: { score: 70, grade: 'administratif' } });
  await report(surabaya, '2.1-TW2', { submit: true, accept: { score: 50, grade: 'administratif' } });
  await report(surabaya, '3.1-TW2', { evidence: [0, 1], submit: true, accept: { score: 100, grade: 'administratif' } });

  clock.set('2025-07-11T03:00:00.000Z');
  await report(semarang, '3.1-TW2', {
    evidence: [0, 1],
    submit: true,
    revisionRound: true,
    accept: { score: 90, grade: 'berdampak' },
  });

  clock.set('2025-07-20T03:00:00.000Z');
  await revise('1.1-TW2', 4, two);
  await revise('5.1-TW2', 2, three);
  await revise('2.1-TW4', 3, two);
  await revise('6.1-TW4', 1, three);

  clock.set('2025-12-20T03:00:00.000Z');
  await report(semarang, '1.1-TW4', { evidence: [0, 1], submit: true, accept: { score: 100, grade: 'berdampak' } });
  await report(surabaya, '1.1-TW4', { evidence: [0], submit: true, accept: { score: 40, grade: 'administratif' } });
  await report(surabaya, '6.1-TW4', { evidence: [0, 2], submit: true });

  clock.set('2025-12-21T03:00:00.000Z');
  await revise('6.1-TW4', 1, two);

  clock.set('2026-01-12T03:00:00.000Z');
  await report(semarang, '2.1-TW4', { evidence: [0, 1], submit: true });

  clock.set(SCENARIO_END);
  return ids;
}
