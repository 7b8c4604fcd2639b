/**
 * The province map: Pantau's own tile-grid cartogram (province-grid.ts), each tile coloured by
 * band and carrying the band's letter, each a link to the province view (Tab moves tile to tile,
 * Enter opens). The provinces table below it holds the same figures as text.
 */
import type { MouseEvent } from 'react';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useNavigate } from '../../router';
import { BAND_STYLES, LEGEND_BANDS } from './bands';
import { ChartFigure } from './ChartFigure';
import { formatPercent } from './figure-format';
import { GRID_COLUMNS, GRID_ROWS, type ProvinceFigure, shapeProvinceTiles } from './province-grid';

const CELL = 40;
const GAP = 3;
const LEGEND_HEIGHT = 34;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Arial, sans-serif';

export function ProvinceMap({
  rows,
  title,
  fileStem,
  query,
}: {
  rows: readonly ProvinceFigure[];
  title: string;
  fileStem: string;
  /** `?periode=…&triwulan=…` kept on the tile links. */
  query: string;
}) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const titleId = useId();
  const tiles = shapeProvinceTiles(rows, CELL, query);
  const width = GRID_COLUMNS * CELL;
  const height = GRID_ROWS * CELL + LEGEND_HEIGHT;
  const open = (event: MouseEvent<Element>, href: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  const legendWidth = width / LEGEND_BANDS.length;
  return (
    <ChartFigure caption={title} fileStem={fileStem}>
      <svg viewBox={`0 0 ${width} ${height}`} className="dash-map" aria-labelledby={titleId} fontFamily={FONT}>
        <title id={titleId}>{title}</title>
        <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
        {tiles.map((tile) => {
          const style = BAND_STYLES[tile.band];
          const label = t('dashboard.map.tile', {
            short: tile.short,
            letter: style.letter,
            name: tile.name,
            band: t(`dashboard.band.${tile.band}`),
            achievement: formatPercent(tile.achievement, lang),
          });
          return (
            <a key={tile.code} href={tile.href} aria-label={label} onClick={(event) => open(event, tile.href)}>
              <rect
                className="dash-map__tile"
                x={tile.x + GAP / 2}
                y={tile.y + GAP / 2}
                width={CELL - GAP}
                height={CELL - GAP}
                rx="4"
                fill={style.fill}
              />
              <text textAnchor="middle" fill={style.text}>
                <tspan x={tile.x + CELL / 2} y={tile.y + 17} fontSize="11" fontWeight="700">
                  {tile.short}
                </tspan>{' '}
                <tspan x={tile.x + CELL / 2} y={tile.y + 31} fontSize="10">
                  {style.letter}
                </tspan>
              </text>
            </a>
          );
        })}
        <g>
          {LEGEND_BANDS.map((band, index) => {
            const style = BAND_STYLES[band];
            const x = index * legendWidth;
            const y = GRID_ROWS * CELL + 8;
            return (
              <g key={band}>
                <rect
                  x={x + 2}
                  y={y}
                  width="20"
                  height="20"
                  rx="3"
                  fill={style.fill}
                  stroke="#545d68"
                  strokeWidth="0.5"
                />
                <text x={x + 12} y={y + 14} textAnchor="middle" fontSize="10" fill={style.text}>
                  {style.letter}
                </text>
                <text x={x + 27} y={y + 14} fontSize="11" fill="#1f2328">
                  {t(`dashboard.legend.${band}`)}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </ChartFigure>
  );
}
