/**
 * Judged impact (docs/design.md#quality-and-impact, issue #18): a report's impact
 * value against its target's indicator is the share of the way from the baseline to the target
 * value, in the indicator's direction, capped to 0–100 %:
 *
 *     share = (value − baseline) ÷ (target − baseline) × 100, capped to [0, 100]
 *
 * For "lower is better" both differences are negative, so 14 → 9 towards 5 is 5 ÷ 9 = 56 %. The
 * share is null ("belum dapat dinilai") when there is no value, no target value, the target equals
 * the baseline, or the target lies on the wrong side of the baseline for the direction. The raw
 * numbers are kept so every surface shows them next to the share, through `formatImpact`.
 */

import { roundOne } from './figures.js';
import { formatNumber, type Lang } from './format.js';

/** Which way an indicator improves. */
export const IMPACT_DIRECTIONS = ['higher', 'lower'] as const;
export type ImpactDirection = (typeof IMPACT_DIRECTIONS)[number];

/** The direction's words, in both languages. */
export const IMPACT_DIRECTION_NAMES: Record<ImpactDirection, Record<Lang, string>> = {
  higher: { id: 'lebih tinggi lebih baik', en: 'higher is better' },
  lower: { id: 'lebih rendah lebih baik', en: 'lower is better' },
};

/** What the rule needs of an indicator. */
export interface ImpactIndicatorNumbers {
  unit: string;
  baseline: number;
  target: number | null;
  direction: ImpactDirection;
}

/** A report's impact value judged against its target's indicator, with the raw numbers. */
export interface JudgedImpact {
  unit: string;
  baseline: number;
  target: number | null;
  direction: ImpactDirection;
  value: number | null;
  /** Share of the way from baseline to target, 0–100 with one decimal; null when it cannot be judged. */
  share: number | null;
  /** Whether the value reached (or went beyond) the target; null when it cannot be judged. */
  reached: boolean | null;
}

/** Whether a target value lies on the side of the baseline its direction calls better. */
export function targetAgreesWithDirection(baseline: number, target: number, direction: ImpactDirection): boolean {
  return direction === 'higher' ? target > baseline : target < baseline;
}

/** The judged impact of `value` against `indicator` (see the module comment for the rule). */
export function judgeImpact(indicator: ImpactIndicatorNumbers, value: number | null): JudgedImpact {
  const { unit, baseline, target, direction } = indicator;
  const judgeable =
    value !== null && target !== null && target !== baseline && targetAgreesWithDirection(baseline, target, direction);
  if (!judgeable) return { unit, baseline, target, direction, value, share: null, reached: null };
  const raw = ((value - baseline) / (target - baseline)) * 100;
  return {
    unit,
    baseline,
    target,
    direction,
    value,
    share: roundOne(Math.min(100, Math.max(0, raw))),
    reached: raw >= 100,
  };
}

/** A judged share as people read it: "56 %" / "56%"; a dash when there is none. */
export function formatImpactShare(share: number | null, lang: Lang): string {
  if (share === null) return '–';
  const number = formatNumber(Math.round(share), lang);
  return lang === 'id' ? `${number} %` : `${number}%`;
}

/**
 * The judged impact in words, the same on every surface: "14 → 9 dari target 5 hari, lebih rendah
 * lebih baik: 56 %" / "14 → 9 of target 5 days, lower is better: 56%". Without a value it states
 * the baseline and target; when it cannot be judged it says why.
 */
export function formatImpact(judged: JudgedImpact, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang, { maximumFractionDigits: 2 });
  const direction = IMPACT_DIRECTION_NAMES[judged.direction][lang];
  const of = lang === 'id' ? 'dari target' : 'of target';
  if (judged.target === null) {
    const start = judged.value === null ? n(judged.baseline) : `${n(judged.baseline)} → ${n(judged.value)}`;
    return lang === 'id'
      ? `${start} ${judged.unit} (tanpa nilai target: belum dapat dinilai)`
      : `${start} ${judged.unit} (no target value: cannot be judged)`;
  }
  const goal = `${of} ${n(judged.target)} ${judged.unit}, ${direction}`;
  if (judged.value === null) {
    return lang === 'id'
      ? `nilai awal ${n(judged.baseline)}, ${goal.replace('dari target', 'target')}: belum ada nilai`
      : `baseline ${n(judged.baseline)}, ${goal.replace('of target', 'target')}: no value yet`;
  }
  const shown = `${n(judged.baseline)} → ${n(judged.value)} ${goal}`;
  if (judged.share === null) return `${shown}: ${lang === 'id' ? 'belum dapat dinilai' : 'cannot be judged'}`;
  return `${shown}: ${formatImpactShare(judged.share, lang)}`;
}

/** Judged impact over a group of verified reports (the "Dampak tercapai" figures). */
export interface ImpactSums {
  /** Verified reports whose impact could be judged. */
  judged: number;
  /** Of those, the ones whose value reached the target (100 %). */
  reached: number;
  /** Sum of their judged shares (0–100 each). */
  shareTotal: number;
}

export const EMPTY_IMPACT_SUMS: ImpactSums = { judged: 0, reached: 0, shareTotal: 0 };

/** Adds one judged report to the sums; a report that cannot be judged adds nothing. */
export function addJudgedImpact(sums: ImpactSums, judged: Pick<JudgedImpact, 'share' | 'reached'>): ImpactSums {
  if (judged.share === null) return sums;
  return {
    judged: sums.judged + 1,
    reached: sums.reached + (judged.reached ? 1 : 0),
    shareTotal: sums.shareTotal + judged.share,
  };
}

/** The impact figures of a group: how many reports were judged, the share that reached, the mean share. */
export interface ImpactFigures {
  judged: number;
  reached: number;
  /** Reports that reached their target ÷ reports judged, in percent (one decimal); null when none judged. */
  reachedRate: number | null;
  /** Mean judged share, in percent (one decimal); null when none judged. */
  meanShare: number | null;
}

/** The impact figures from sums: groups add their members' sums first, then divide. */
export function impactFiguresOf(sums: ImpactSums): ImpactFigures {
  if (sums.judged === 0) return { judged: 0, reached: 0, reachedRate: null, meanShare: null };
  return {
    judged: sums.judged,
    reached: sums.reached,
    reachedRate: roundOne((100 * sums.reached) / sums.judged),
    meanShare: roundOne(sums.shareTotal / sums.judged),
  };
}
