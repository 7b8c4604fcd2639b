import { describe, expect, it } from 'vitest';
import { institutionTypeOfCode, summariseRule } from './assignment-rules';

describe('institutionTypeOfCode', () => {
  it('reads K/L codes and Kemendagri region codes', () => {
    expect(institutionTypeOfCode('KEMENKEU')).toBe('kl');
    expect(institutionTypeOfCode('33')).toBe('provinsi');
    expect(institutionTypeOfCode('33.01')).toBe('kabupaten');
    expect(institutionTypeOfCode('33.74')).toBe('kota');
    expect(institutionTypeOfCode('what')).toBeNull();
  });
});

describe('summariseRule', () => {
  it('keeps type rules as they are', () => {
    expect(summariseRule({ kind: 'all_provinces' })).toEqual({ kind: 'all_provinces' });
    expect(summariseRule({ kind: 'all_kabupaten_kota' })).toEqual({ kind: 'all_kabupaten_kota' });
  });

  it('counts a list of one type without a breakdown', () => {
    expect(summariseRule({ kind: 'list', codes: ['INVESTASI', 'KLH', 'KEMENHUT', 'ATRBPN', 'KEMENPU'] })).toEqual({
      kind: 'list',
      count: 5,
      breakdown: [],
    });
  });

  it('breaks a mixed list down by type, in a fixed order', () => {
    expect(summariseRule({ kind: 'list', codes: ['64.71', '64', '63', '64.01', 'KEMENDAGRI', '63.02'] })).toEqual({
      kind: 'list',
      count: 6,
      breakdown: [
        { type: 'kl', count: 1 },
        { type: 'provinsi', count: 2 },
        { type: 'kabupaten', count: 2 },
        { type: 'kota', count: 1 },
      ],
    });
  });

  it('counts a code listed twice once', () => {
    expect(summariseRule({ kind: 'list', codes: ['KKP', 'KKP'] })).toMatchObject({ count: 1 });
  });
});
