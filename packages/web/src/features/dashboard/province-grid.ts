/**
 * The map: a tile-grid cartogram of Indonesia's 38 provinces, one equal square per province,
 * placed roughly where the province lies (west to east, north to south). The layout is Pantau's
 * own table below; no map data or tiles are used.
 */
import type { Band } from '@pantau/core';
import { type BandOrNone, bandOrNone } from './bands';

export interface TilePlace {
  /** Kemendagri province code. */
  code: string;
  /** Two or three letters drawn in the tile. */
  short: string;
  row: number;
  col: number;
}

export const GRID_COLUMNS = 13;
export const GRID_ROWS = 6;

export const PROVINCE_TILES: readonly TilePlace[] = [
  { code: '11', short: 'AC', row: 0, col: 0 },
  { code: '65', short: 'KU', row: 0, col: 6 },
  { code: '71', short: 'SA', row: 0, col: 9 },
  { code: '82', short: 'MU', row: 0, col: 10 },
  { code: '12', short: 'SU', row: 1, col: 0 },
  { code: '14', short: 'RI', row: 1, col: 1 },
  { code: '21', short: 'KR', row: 1, col: 2 },
  { code: '61', short: 'KB', row: 1, col: 5 },
  { code: '64', short: 'KT', row: 1, col: 6 },
  { code: '72', short: 'ST', row: 1, col: 7 },
  { code: '75', short: 'GO', row: 1, col: 8 },
  { code: '96', short: 'PBD', row: 1, col: 10 },
  { code: '92', short: 'PB', row: 1, col: 11 },
  { code: '13', short: 'SB', row: 2, col: 0 },
  { code: '15', short: 'JA', row: 2, col: 1 },
  { code: '19', short: 'BB', row: 2, col: 2 },
  { code: '62', short: 'KH', row: 2, col: 5 },
  { code: '63', short: 'KS', row: 2, col: 6 },
  { code: '76', short: 'SR', row: 2, col: 7 },
  { code: '81', short: 'MA', row: 2, col: 9 },
  { code: '94', short: 'PT', row: 2, col: 11 },
  { code: '91', short: 'PA', row: 2, col: 12 },
  { code: '17', short: 'BE', row: 3, col: 0 },
  { code: '16', short: 'SS', row: 3, col: 1 },
  { code: '18', short: 'LA', row: 3, col: 2 },
  { code: '73', short: 'SN', row: 3, col: 7 },
  { code: '74', short: 'SG', row: 3, col: 8 },
  { code: '95', short: 'PP', row: 3, col: 12 },
  { code: '36', short: 'BT', row: 4, col: 2 },
  { code: '31', short: 'JK', row: 4, col: 3 },
  { code: '32', short: 'JB', row: 4, col: 4 },
  { code: '33', short: 'JT', row: 4, col: 5 },
  { code: '35', short: 'JI', row: 4, col: 6 },
  { code: '51', short: 'BA', row: 4, col: 7 },
  { code: '52', short: 'NB', row: 4, col: 8 },
  { code: '53', short: 'NT', row: 4, col: 9 },
  { code: '93', short: 'PS', row: 4, col: 12 },
  { code: '34', short: 'YO', row: 5, col: 5 },
];

/** What the map needs of a province row. */
export interface ProvinceFigure {
  code: string;
  name: string;
  band: Band | null;
  achievement: number | null;
}

export interface Tile {
  code: string;
  name: string;
  short: string;
  band: BandOrNone;
  achievement: number | null;
  x: number;
  y: number;
  href: string;
}

/** The tiles in reading order (row by row), with their band and position in `cell`-sized units. */
export function shapeProvinceTiles(rows: readonly ProvinceFigure[], cell: number, query = ''): Tile[] {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return [...PROVINCE_TILES]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((place) => {
      const row = byCode.get(place.code);
      return {
        code: place.code,
        name: row?.name ?? place.code,
        short: place.short,
        band: bandOrNone(row?.band),
        achievement: row?.achievement ?? null,
        x: place.col * cell,
        y: place.row * cell,
        href: `/pantauan/provinsi/${encodeURIComponent(place.code)}${query}`,
      };
    });
}
