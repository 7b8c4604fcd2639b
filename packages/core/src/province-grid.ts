/**
 * A tile-grid cartogram of Indonesia's 38 provinces: each province (Kemendagri code) gets one cell
 * of a 15 × 5 grid, placed roughly where it lies (Sumatra west, Papua east, Java and Nusa Tenggara
 * along the bottom), so a map needs no external tiles or shapes.
 */

/** Columns and rows of the grid. */
export const PROVINCE_GRID_SIZE = { columns: 15, rows: 5 } as const;

/** A province's cell and a two-letter label for it. */
export interface ProvinceTile {
  code: string;
  x: number;
  y: number;
  abbr: string;
}

const TILES: readonly [code: string, x: number, y: number, abbr: string][] = [
  ['11', 0, 0, 'AC'],
  ['12', 1, 0, 'SU'],
  ['13', 1, 1, 'SB'],
  ['14', 2, 1, 'RI'],
  ['15', 2, 2, 'JA'],
  ['16', 3, 2, 'SS'],
  ['17', 1, 2, 'BE'],
  ['18', 2, 3, 'LA'],
  ['19', 4, 2, 'BB'],
  ['21', 3, 0, 'KR'],
  ['31', 4, 3, 'JK'],
  ['32', 4, 4, 'JB'],
  ['33', 5, 4, 'JT'],
  ['34', 6, 4, 'YO'],
  ['35', 7, 4, 'JI'],
  ['36', 3, 4, 'BT'],
  ['51', 8, 4, 'BA'],
  ['52', 9, 4, 'NB'],
  ['53', 10, 4, 'NT'],
  ['61', 5, 1, 'KB'],
  ['62', 6, 1, 'KT'],
  ['63', 6, 2, 'KS'],
  ['64', 7, 1, 'KI'],
  ['65', 7, 0, 'KU'],
  ['71', 10, 0, 'SA'],
  ['72', 9, 1, 'ST'],
  ['73', 9, 2, 'SN'],
  ['74', 10, 2, 'SG'],
  ['75', 9, 0, 'GO'],
  ['76', 8, 2, 'SR'],
  ['81', 11, 2, 'MA'],
  ['82', 11, 1, 'MU'],
  ['91', 13, 1, 'PA'],
  ['92', 12, 2, 'PB'],
  ['93', 14, 3, 'PS'],
  ['94', 13, 2, 'PT'],
  ['95', 14, 2, 'PP'],
  ['96', 12, 1, 'PD'],
];

/** Every province's tile, ordered by code. */
export const PROVINCE_TILES: readonly ProvinceTile[] = TILES.map(([code, x, y, abbr]) => ({ code, x, y, abbr }));

const BY_CODE = new Map(PROVINCE_TILES.map((tile) => [tile.code, tile]));

/** The tile of a province code (`33`), or undefined for a code that is not a province. */
export function provinceTile(code: string): ProvinceTile | undefined {
  return BY_CODE.get(code);
}
