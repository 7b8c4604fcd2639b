/**
 * Achievement and on-time rate per quarter as lines. Drawn with presentation attributes only, so
 * the downloaded SVG looks the same; the two lines differ by dash and marker as well as colour.
 * The figures themselves are in the trend table beside it.
 */
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ChartFigure } from './ChartFigure';
import { formatPercent } from './figure-format';
import { shapeTrendChart, type TrendInput, type TrendSeriesKey } from './trend-chart';

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Arial, sans-serif';
const SERIES_STYLE: Record<TrendSeriesKey, { stroke: string; dash?: string }> = {
  achievement: { stroke: '#8b1a1a' },
  onTime: { stroke: '#1d4ed8', dash: '6 4' },
};

export function TrendChart({
  points,
  title,
  fileStem,
}: {
  points: readonly TrendInput[];
  title: string;
  fileStem: string;
}) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const chart = shapeTrendChart(points, 480, 250);
  const legendY = chart.height + 12;
  const boxHeight = chart.height + 20;
  const seriesName = (key: TrendSeriesKey) => t(`dashboard.series.${key}`);
  return (
    <ChartFigure caption={title} fileStem={fileStem}>
      <svg
        viewBox={`0 0 ${chart.width} ${boxHeight}`}
        className="dash-chart__svg"
        role="img"
        aria-labelledby={titleId}
        fontFamily={FONT}
        fontSize="11"
      >
        <title id={titleId}>
          {`${title}. ${points
            .map(
              (p) =>
                `${p.label}: ${seriesName('achievement')} ${formatPercent(p.achievement, lang)}, ${seriesName('onTime')} ${formatPercent(p.rates.onTime, lang)}`,
            )
            .join('; ')}`}
        </title>
        <rect x="0" y="0" width={chart.width} height={boxHeight} fill="#ffffff" />
        {chart.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={chart.plot.left} x2={chart.plot.right} y1={tick.y} y2={tick.y} stroke="#d0d7de" strokeWidth="1" />
            <text x={chart.plot.left - 6} y={tick.y + 4} textAnchor="end" fill="#545d68">
              {tick.value}
            </text>
          </g>
        ))}
        {chart.xTicks.map((tick) => (
          <text key={tick.quarter} x={tick.x} y={chart.plot.bottom + 14} textAnchor="middle" fill="#545d68">
            {tick.label.replace(/^\S+\s/, '')}
          </text>
        ))}
        {chart.series.map((series) => (
          <g key={series.key}>
            <path
              d={series.path}
              fill="none"
              stroke={SERIES_STYLE[series.key].stroke}
              strokeWidth="2.5"
              strokeDasharray={SERIES_STYLE[series.key].dash}
            />
            {series.points.map((point) =>
              series.key === 'achievement' ? (
                <circle key={point.quarter} cx={point.x} cy={point.y} r="4" fill={SERIES_STYLE[series.key].stroke} />
              ) : (
                <rect
                  key={point.quarter}
                  x={point.x - 3.5}
                  y={point.y - 3.5}
                  width="7"
                  height="7"
                  fill={SERIES_STYLE[series.key].stroke}
                />
              ),
            )}
          </g>
        ))}
        <g>
          <circle cx={chart.plot.left + 4} cy={legendY - 4} r="4" fill={SERIES_STYLE.achievement.stroke} />
          <text x={chart.plot.left + 14} y={legendY} fill="#1f2328">
            {`${seriesName('achievement')} (%)`}
          </text>
          <rect x={chart.plot.left + 184} y={legendY - 7.5} width="7" height="7" fill={SERIES_STYLE.onTime.stroke} />
          <text x={chart.plot.left + 196} y={legendY} fill="#1f2328">
            {`${seriesName('onTime')} (%)`}
          </text>
        </g>
      </svg>
    </ChartFigure>
  );
}
