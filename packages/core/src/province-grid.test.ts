import { describe, expect, it } from 'vitest';
import { PROVINCE_GRID_SIZE, PROVINCE_TILES, provinceTile } from './province-grid.js';

describe('province tile grid', () => {
  it('places the 38 provinces in distinct cells inside the grid', () => {
    expect(PROVINCE_TILES).toHaveLength(38);
    const cells = new Set(PROVINCE_TILES.map((t) => `${t.x},${t.y}`));
    expect(cells.size).toBe(38);
    expect(new Set(PROVINCE_TILES.map((t) => t.abbr)).size).toBe(38);
    for (const tile of PROVINCE_TILES) {
      expect(tile.x).toBeGreaterThanOrEqual(0);
      expect(tile.x).toBeLessThan(PROVINCE_GRID_SIZE.columns);
      expect(tile.y).toBeGreaterThanOrEqual(0);
      expect(tile.y).toBeLessThan(PROVINCE_GRID_SIZE.rows);
    }
  });

  it('keeps Aceh west of Papua and looks codes up', () => {
    expect(provinceTile('11')?.x).toBeLessThan(provinceTile('91')?.x ?? 0);
    expect(provinceTile('33')).toEqual({ code: '33', x: 5, y: 4, abbr: 'JT' });
    expect(provinceTile('33.74')).toBeUndefined();
  });
});
