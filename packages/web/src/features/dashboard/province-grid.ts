/**
 * The map: a tile-grid cartogram of Indonesia's 38 provinces, one equal square per province,
 * placed roughly where the province lies (west to east, north to south). One layout and one set
 * of abbreviations for the whole site: the grid of @pantau/core (province-grid.ts), which the
 * public site's map draws too. No map data or tiles are used.
 */
import { type Band, PROVINCE_TILES as CORE_TILES, PROVINCE_GRID_SIZE } from '@pantau/core';
import { type BandOrNone, bandOrNone } from './bands';

export interface TilePlace {
  /** Kemendagri province code. */
  code: string;
  /** Two letters drawn in the tile. */
  short: string;
  row: number;
  col: number;
}

export const GRID_COLUMNS = PROVINCE_GRID_SIZE.columns;
export const GRID_ROWS = PROVINCE_GRID_SIZE.rows;

export const PROVINCE_TILES: readonly TilePlace[] = CORE_TILES.map((tile) => ({
  code: tile.code,
  short: tile.abbr,
  row: tile.y,
  col: tile.x,
}));

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
