import { describe, expect, it } from 'vitest';
import { impactIndicatorSchema } from './catalogue.js';
import { FIGURE_NAMES, impactHeadlineOf } from './headline.js';
import { formatImpact, formatImpactShare, judgeImpact } from './impact.js';

const days = { unit: 'hari', baseline: 14, target: 5, direction: 'lower' as const };
const percentCovered = { unit: 'persen', baseline: 40, target: 80, direction: 'higher' as const };

describe('judged impact', () => {
  it('is the share of the way from baseline to target when lower is better', () => {
    // (14 − 9) ÷ (14 − 5) = 55.6 %.
    expect(judgeImpact(days, 9)).toMatchObject({ share: 55.6, reached: false, baseline: 14, value: 9, target: 5 });
  });

  it('is the share of the way from baseline to target when higher is better', () => {
    expect(judgeImpact(percentCovered, 70)).toMatchObject({ share: 75, reached: false });
  });

  it('caps at 100 % when the value overshoots the target, and counts it as reached', () => {
    expect(judgeImpact(days, 3)).toMatchObject({ share: 100, reached: true });
    expect(judgeImpact(percentCovered, 80)).toMatchObject({ share: 100, reached: true });
    expect(judgeImpact(percentCovered, 95)).toMatchObject({ share: 100, reached: true });
  });

  it('caps at 0 % when the value moved the wrong way', () => {
    expect(judgeImpact(days, 20)).toMatchObject({ share: 0, reached: false });
    expect(judgeImpact(percentCovered, 30)).toMatchObject({ share: 0, reached: false });
  });

  it('cannot be judged without a value, a target value, or with a target on the wrong side', () => {
    expect(judgeImpact(days, null)).toMatchObject({ share: null, reached: null });
    expect(judgeImpact({ ...days, target: null }, 9)).toMatchObject({ share: null, reached: null, value: 9 });
    expect(judgeImpact({ ...days, target: 14 }, 9).share).toBeNull();
    expect(judgeImpact({ ...days, target: 20 }, 9).share).toBeNull();
  });

  it('reads the same on every surface, with the raw numbers', () => {
    const judged = judgeImpact(days, 9);
    expect(formatImpact(judged, 'id')).toBe('14 → 9 dari target 5 hari, lebih rendah lebih baik: 56 %');
    expect(formatImpact(judged, 'en')).toBe('14 → 9 of target 5 hari, lower is better: 56%');
    expect(formatImpact(judgeImpact(percentCovered, 62.5), 'id')).toBe(
      '40 → 62,5 dari target 80 persen, lebih tinggi lebih baik: 56 %',
    );
    expect(formatImpact(judgeImpact(days, null), 'id')).toBe(
      'nilai awal 14, target 5 hari, lebih rendah lebih baik: belum ada nilai',
    );
    expect(formatImpact(judgeImpact({ ...days, target: null }, 9), 'id')).toBe(
      '14 → 9 hari (tanpa nilai target: belum dapat dinilai)',
    );
    expect(formatImpactShare(null, 'id')).toBe('–');
  });
});

describe('the impact indicator of a target', () => {
  const indicator = { name: 'Waktu layanan izin', source: 'SIMPEL', ...days };

  it('accepts a target value on the better side of the baseline', () => {
    expect(impactIndicatorSchema.safeParse(indicator).success).toBe(true);
    expect(impactIndicatorSchema.safeParse({ ...indicator, target: null, source: null }).success).toBe(true);
  });

  it('refuses a target value equal to the baseline or on the worse side', () => {
    for (const target of [14, 20]) {
      const parsed = impactIndicatorSchema.safeParse({ ...indicator, target });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['target']);
    }
  });
});

describe('impact reached, over a group', () => {
  it('counts the reports judged, the share that reached and the mean share; unjudged ones stay out', () => {
    const reports = [
      judgeImpact(days, 3),
      judgeImpact(days, 9),
      judgeImpact(percentCovered, 40),
      judgeImpact(days, null),
    ];
    // Shares 100, 55.6, 0 → mean 51.9; 1 of 3 reached.
    expect(impactHeadlineOf(reports)).toEqual({ judged: 3, reached: 1, reachedRate: 33.3, meanShare: 51.9 });
  });

  it('has nothing to say when no report could be judged', () => {
    expect(impactHeadlineOf([judgeImpact(days, null)])).toEqual({
      judged: 0,
      reached: 0,
      reachedRate: null,
      meanShare: null,
    });
  });

  it('names the figures once', () => {
    expect(FIGURE_NAMES.impactReached.id).toBe('Dampak tercapai');
    expect(FIGURE_NAMES.impactShare.en).toBe('Mean impact progress');
  });
});
