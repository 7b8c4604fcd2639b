/**
 * The trend chart as geometry: quarters along x, percentages 0–100 up y, one line per series.
 * A quarter without a figure leaves a gap in its line rather than dropping to zero.
 */

export interface TrendInput {
  quarter: number;
  label: string;
  achievement: number | null;
  rates: { onTime: number | null };
}

export const TREND_SERIES = ['achievement', 'onTime'] as const;
export type TrendSeriesKey = (typeof TREND_SERIES)[number];

export interface ChartPoint {
  quarter: number;
  value: number;
  x: number;
  y: number;
}

export interface TrendChartShape {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { value: number; y: number }[];
  xTicks: { quarter: number; label: string; x: number }[];
  series: { key: TrendSeriesKey; path: string; points: ChartPoint[] }[];
}

const MARGIN = { left: 36, right: 12, top: 12, bottom: 28 };

const seriesValue = (input: TrendInput, key: TrendSeriesKey) =>
  key === 'achievement' ? input.achievement : input.rates.onTime;

/** Lays out `points` (in quarter order) in a `width` × `height` box. */
export function shapeTrendChart(points: readonly TrendInput[], width = 480, height = 220): TrendChartShape {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const step = points.length > 1 ? (plot.right - plot.left) / (points.length - 1) : 0;
  const xOf = (index: number) => round(points.length > 1 ? plot.left + index * step : (plot.left + plot.right) / 2);
  const yOf = (value: number) =>
    round(plot.bottom - (Math.min(100, Math.max(0, value)) / 100) * (plot.bottom - plot.top));
  return {
    width,
    height,
    plot,
    yTicks: [0, 20, 40, 60, 80, 100].map((value) => ({ value, y: yOf(value) })),
    xTicks: points.map((point, index) => ({ quarter: point.quarter, label: point.label, x: xOf(index) })),
    series: TREND_SERIES.map((key) => {
      const drawn: ChartPoint[] = [];
      let path = '';
      let pen: 'M' | 'L' = 'M';
      points.forEach((point, index) => {
        const value = seriesValue(point, key);
        if (value === null) {
          pen = 'M';
          return;
        }
        const at = { quarter: point.quarter, value, x: xOf(index), y: yOf(value) };
        drawn.push(at);
        path += `${path ? ' ' : ''}${pen}${at.x} ${at.y}`;
        pen = 'L';
      });
      return { key, path, points: drawn };
    }),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
