import { describe, expect, it } from 'vitest';
import { shapeTrendChart, type TrendInput } from './trend-chart';

const point = (quarter: number, achievement: number | null, onTime: number | null): TrendInput => ({
  quarter,
  label: `Q${quarter}`,
  achievement,
  rates: { onTime },
});

describe('shapeTrendChart', () => {
  it('maps 0 % to the bottom of the plot and 100 % to its top', () => {
    const chart = shapeTrendChart([point(1, 0, 100), point(2, 100, 0)], 200, 100);
    expect(chart.plot).toEqual({ left: 36, top: 12, right: 188, bottom: 72 });
    const achievement = chart.series.find((series) => series.key === 'achievement');
    expect(achievement?.points).toEqual([
      { quarter: 1, value: 0, x: 36, y: 72 },
      { quarter: 2, value: 100, x: 188, y: 12 },
    ]);
    expect(achievement?.path).toBe('M36 72 L188 12');
    expect(chart.series.find((series) => series.key === 'onTime')?.path).toBe('M36 12 L188 72');
    expect(chart.yTicks[0]).toEqual({ value: 0, y: 72 });
    expect(chart.yTicks.at(-1)).toEqual({ value: 100, y: 12 });
  });

  it('spaces quarters evenly and labels each', () => {
    const chart = shapeTrendChart([point(1, 50, 50), point(2, 50, 50), point(3, 50, 50)], 236, 100);
    expect(chart.xTicks).toEqual([
      { quarter: 1, label: 'Q1', x: 36 },
      { quarter: 2, label: 'Q2', x: 130 },
      { quarter: 3, label: 'Q3', x: 224 },
    ]);
  });

  it('leaves a gap where a quarter has no figure instead of drawing it at zero', () => {
    const chart = shapeTrendChart([point(1, 40, null), point(2, null, null), point(3, 60, 80)], 236, 100);
    const achievement = chart.series.find((series) => series.key === 'achievement');
    expect(achievement?.points.map((p) => p.quarter)).toEqual([1, 3]);
    expect(achievement?.path).toBe('M36 48 M224 36');
    expect(chart.series.find((series) => series.key === 'onTime')?.path).toBe('M224 24');
  });

  it('centres a single quarter and clamps values to the plot', () => {
    const chart = shapeTrendChart([point(1, 120, -5)], 200, 100);
    expect(chart.xTicks[0]?.x).toBe(112);
    const [achievement, onTime] = chart.series;
    expect(achievement?.points[0]?.y).toBe(12);
    expect(onTime?.points[0]?.y).toBe(72);
    expect(achievement?.points[0]?.value).toBe(120);
  });
});
