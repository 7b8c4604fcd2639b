import { describe, expect, it } from 'vitest';
import type { FigureCounts } from './FigureTable';
import { figureRows, provinceRows, trendRows, viewHref } from './table-rows';

const figures = (achievement: number | null, onTime: number): FigureCounts => ({
  achievement,
  band: achievement === null ? null : achievement >= 80 ? 'baik' : achievement >= 60 ? 'cukup' : 'kurang',
  expected: 10,
  submitted: 8,
  onTime,
  complete: 7,
  verified: 6,
  notApplicable: 1,
  rates: { submitted: 80, onTime: onTime * 10, complete: 70, verified: 60 },
});

describe('viewHref', () => {
  it('opens the view one level down in the same period and quarter', () => {
    expect(viewHref('province', '32', { period: '2025-2026', quarter: 7 })).toBe(
      '/pantauan/provinsi/32?periode=2025-2026&triwulan=7',
    );
    expect(viewHref('institution', '33.74', {})).toBe('/pantauan/instansi/33.74');
    expect(viewHref('aksi', '4', { quarter: 2 })).toBe('/pantauan/aksi/4?triwulan=2');
  });
});

describe('figureRows', () => {
  const rows = [{ code: '4', name: 'Aksi empat', institutions: 3, drill: { aksi: '4' }, ...figures(61, 5) }];

  it('keeps the figures and drill filters, counted at the view’s quarter', () => {
    const [row] = figureRows(rows, 7, { period: '2025-2026' }, 'aksi');
    expect(row).toMatchObject({ key: '4', name: 'Aksi empat', quarter: 7, institutions: 3, drill: { aksi: '4' } });
    expect(row?.href).toBe('/pantauan/aksi/4?periode=2025-2026');
    expect(row?.figures.onTime).toBe(5);
  });

  it('links nowhere when the rows have no view of their own (types, fokus, outputs)', () => {
    expect(figureRows(rows, 7, {})[0]?.href).toBeNull();
  });
});

describe('provinceRows', () => {
  it('shows the province aggregate and its own government, whose reports are the institution with the province code', () => {
    const rows = [
      {
        code: '32',
        name: 'Jawa Barat',
        institutions: 28,
        drill: { province: '32' },
        ...figures(59, 4),
        own: figures(70, 2),
      },
      { code: '99', name: 'Tanpa pemprov', institutions: 2, drill: { province: '99' }, ...figures(null, 0), own: null },
    ];
    const [jabar, other] = provinceRows(rows, 7, { quarter: 7 });
    expect(jabar?.href).toBe('/pantauan/provinsi/32?triwulan=7');
    expect(jabar?.drill).toEqual({ province: '32' });
    expect(jabar?.figures.achievement).toBe(59);
    expect(jabar?.own).toEqual({ figures: figures(70, 2), drill: { institution: '32' } });
    expect(other?.own).toBeNull();
  });
});

describe('trendRows', () => {
  it('counts each quarter at its own quarter, under the view’s drill filters', () => {
    const points = [
      { quarter: 1, label: 'Triwulan I', ...figures(50, 3) },
      { quarter: 2, label: 'Triwulan II', ...figures(55, 4) },
    ];
    const rows = trendRows(points, { institution: '32' });
    expect(rows.map((row) => [row.key, row.name, row.quarter])).toEqual([
      ['1', 'Triwulan I', 1],
      ['2', 'Triwulan II', 2],
    ]);
    expect(rows[1]?.drill).toEqual({ institution: '32' });
    expect(rows[1]?.href).toBeUndefined();
  });
});
