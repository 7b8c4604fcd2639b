import { describe, expect, it } from 'vitest';
import { drillFilters, drillHref, exportHref, readReportFilters, readViewFrame, viewSearch } from './drill';

describe('drill-down links', () => {
  it('lists the accepted reports of quarters 1..q behind an achievement', () => {
    expect(drillFilters('2025-2026', 7, { province: '32' }, 'achievement')).toEqual({
      period: '2025-2026',
      province: '32',
      through: '7',
      state: 'accepted',
    });
  });

  it('lists the reports of quarter q behind each count', () => {
    expect(drillFilters('2025-2026', 3, {}, 'submitted')).toEqual({
      period: '2025-2026',
      quarter: '3',
      submitted: 'true',
    });
    expect(drillFilters('2025-2026', 3, {}, 'onTime')).toMatchObject({ quarter: '3', onTime: 'true' });
    expect(drillFilters('2025-2026', 3, {}, 'complete')).toMatchObject({ quarter: '3', complete: 'true' });
    expect(drillFilters('2025-2026', 3, {}, 'verified')).toMatchObject({ quarter: '3', state: 'accepted' });
    expect(drillFilters('2025-2026', 3, {}, 'notApplicable')).toMatchObject({ quarter: '3', notApplicable: 'true' });
    expect(drillFilters('2025-2026', 3, {}, 'verified')).not.toHaveProperty('through');
  });

  it('builds the drill-down page address with the row filters', () => {
    expect(drillHref('2025-2026', 7, { institution: '32', output: '1.3' }, 'onTime')).toBe(
      '/pantauan/laporan?period=2025-2026&institution=32&output=1.3&quarter=7&onTime=true',
    );
  });

  it('reads back only the filters the report list knows', () => {
    const params = new URLSearchParams('period=2025-2026&quarter=7&onTime=true&institution=32&evil=1&aksi=');
    expect(readReportFilters(params)).toEqual({ period: '2025-2026', quarter: '7', onTime: 'true', institution: '32' });
  });
});

describe('view frame in the address', () => {
  it('reads a period and a quarter 1–8, ignoring anything else', () => {
    expect(readViewFrame(new URLSearchParams('periode=2025-2026&triwulan=7'))).toEqual({
      period: '2025-2026',
      quarter: 7,
    });
    expect(readViewFrame(new URLSearchParams('triwulan=9'))).toEqual({});
    expect(readViewFrame(new URLSearchParams('triwulan=abc&periode='))).toEqual({});
  });

  it('writes it back for links between views', () => {
    expect(viewSearch({ period: '2025-2026', quarter: 7 })).toBe('?periode=2025-2026&triwulan=7');
    expect(viewSearch({})).toBe('');
  });
});

describe('exportHref', () => {
  it('points at the streamed download with the table filters, leaving out empty ones', () => {
    expect(exportHref('breakdown', 'csv', { period: '2025-2026', quarter: 7, by: 'aksi', type: undefined })).toBe(
      '/api/dashboard/export/breakdown.csv?period=2025-2026&quarter=7&by=aksi',
    );
    expect(exportHref('trend', 'xlsx', {})).toBe('/api/dashboard/export/trend.xlsx');
  });
});
