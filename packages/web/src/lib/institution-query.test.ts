import { describe, expect, it } from 'vitest';
import { institutionApiPath, institutionListHref, pageInfo, parseInstitutionFilters } from './institution-query';

describe('parseInstitutionFilters', () => {
  it('reads the filters from the URL', () => {
    expect(parseInstitutionFilters(new URLSearchParams('q=%20semarang%20&jenis=kota&provinsi=33&halaman=2'))).toEqual({
      q: 'semarang',
      type: 'kota',
      province: '33',
      page: 2,
    });
  });

  it('ignores values that cannot be right', () => {
    expect(parseInstitutionFilters(new URLSearchParams('jenis=desa&provinsi=3&halaman=-1'))).toEqual({
      q: '',
      type: null,
      province: null,
      page: 1,
    });
    expect(parseInstitutionFilters(new URLSearchParams('halaman=1.5')).page).toBe(1);
  });
});

describe('institutionListHref', () => {
  it('leaves out empty filters and page 1', () => {
    expect(institutionListHref({})).toBe('/instansi');
    expect(institutionListHref({ q: '', type: null, province: '33', page: 1 })).toBe('/instansi?provinsi=33');
  });

  it('round-trips through parseInstitutionFilters', () => {
    const filters = { q: 'kota bandung', type: 'kota' as const, province: '32', page: 3 };
    const href = institutionListHref(filters);
    expect(parseInstitutionFilters(new URLSearchParams(href.split('?')[1]))).toEqual(filters);
  });
});

describe('institutionApiPath', () => {
  it('pages by 50', () => {
    expect(institutionApiPath({ q: 'aceh', type: 'kabupaten', province: '11', page: 3 })).toBe(
      '/api/institutions?type=kabupaten&province=11&q=aceh&limit=50&offset=100',
    );
    expect(institutionApiPath({ q: '', type: null, province: null, page: 1 })).toBe(
      '/api/institutions?limit=50&offset=0',
    );
  });
});

describe('pageInfo', () => {
  it('describes a middle page', () => {
    expect(pageInfo(619, 50, 50, 50)).toEqual({
      from: 51,
      to: 100,
      page: 2,
      pageCount: 13,
      hasPrevious: true,
      hasNext: true,
    });
  });

  it('describes the last page', () => {
    expect(pageInfo(619, 600, 50, 19)).toMatchObject({ from: 601, to: 619, page: 13, hasNext: false });
  });

  it('describes an empty result', () => {
    expect(pageInfo(0, 0, 50, 0)).toEqual({
      from: 0,
      to: 0,
      page: 1,
      pageCount: 1,
      hasPrevious: false,
      hasNext: false,
    });
  });
});
