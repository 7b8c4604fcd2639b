import { describe, expect, it } from 'vitest';
import { GRID_COLUMNS, GRID_ROWS, PROVINCE_TILES, shapeProvinceTiles } from './province-grid';

describe('the province tile grid', () => {
  it('places each of the 38 provinces once, each in its own cell inside the grid', () => {
    expect(PROVINCE_TILES).toHaveLength(38);
    expect(new Set(PROVINCE_TILES.map((tile) => tile.code)).size).toBe(38);
    expect(new Set(PROVINCE_TILES.map((tile) => `${tile.row}:${tile.col}`)).size).toBe(38);
    expect(new Set(PROVINCE_TILES.map((tile) => tile.short)).size).toBe(38);
    for (const tile of PROVINCE_TILES) {
      expect(tile.row).toBeGreaterThanOrEqual(0);
      expect(tile.row).toBeLessThan(GRID_ROWS);
      expect(tile.col).toBeGreaterThanOrEqual(0);
      expect(tile.col).toBeLessThan(GRID_COLUMNS);
    }
  });

  it('keeps Sumatra west of Java and Papua east of everything', () => {
    const col = (code: string) => PROVINCE_TILES.find((tile) => tile.code === code)?.col ?? -1;
    expect(col('11')).toBeLessThan(col('32'));
    expect(col('32')).toBeLessThan(col('91'));
    const eastmost = Math.max(...PROVINCE_TILES.map((tile) => tile.col));
    for (const tile of PROVINCE_TILES.filter((t) => t.col === eastmost)) expect(tile.code.startsWith('9')).toBe(true);
  });
});

describe('shapeProvinceTiles', () => {
  const rows = [
    { code: '32', name: 'Provinsi Jawa Barat', band: 'kurang' as const, achievement: 59.2 },
    { code: '11', name: 'Provinsi Aceh', band: 'baik' as const, achievement: 81 },
    { code: '34', name: 'Provinsi DIY', band: null, achievement: null },
  ];

  it('gives every province a tile in reading order, with its band, position and link', () => {
    const tiles = shapeProvinceTiles(rows, 10, '?periode=2025-2026');
    expect(tiles).toHaveLength(38);
    expect(tiles[0]).toEqual({
      code: '11',
      name: 'Provinsi Aceh',
      short: 'AC',
      band: 'baik',
      achievement: 81,
      x: 0,
      y: 0,
      href: '/pantauan/provinsi/11?periode=2025-2026',
    });
    const jabar = tiles.find((tile) => tile.code === '32');
    expect(jabar).toMatchObject({ band: 'kurang', x: 40, y: 40, achievement: 59.2 });
    expect(tiles.find((tile) => tile.code === '34')).toMatchObject({ short: 'YO', band: 'none', y: 40 });
    expect(tiles.at(-1)).toMatchObject({ code: '53', band: 'none', y: 40 });
  });

  it('draws a province without figures as "no figure", named by its code', () => {
    const tiles = shapeProvinceTiles([], 10);
    expect(tiles.every((tile) => tile.band === 'none' && tile.achievement === null)).toBe(true);
    expect(tiles.find((tile) => tile.code === '91')?.name).toBe('91');
    expect(tiles.find((tile) => tile.code === '91')?.href).toBe('/pantauan/provinsi/91');
  });
});
