import { describe, expect, it } from 'vitest';
import { audienceIsComplete, audienceOf, EMPTY_AUDIENCE, splitCodes, toggled } from './audience-form';

describe('audience form', () => {
  it('reads lists of codes separated by commas, spaces or lines, each once', () => {
    expect(splitCodes(' 33, 34\n35;33 ')).toEqual(['33', '34', '35']);
    expect(splitCodes('')).toEqual([]);
  });

  it('builds "all kabupaten in Jawa Tengah" without the empty filters', () => {
    const audience = audienceOf({ ...EMPTY_AUDIENCE, roles: ['focal_point'], types: ['kabupaten'], provinces: '33' });
    expect(audience).toEqual({ roles: ['focal_point'], types: ['kabupaten'], provinces: ['33'] });
    expect(audienceIsComplete(audience)).toBe(true);
  });

  it('keeps the aksi filter only with a period, and a list of institutions', () => {
    const fields = { ...EMPTY_AUDIENCE, roles: ['publicist' as const], aksiCodes: '1, 2', institutions: '32 33.74' };
    expect(audienceOf(fields)).toEqual({ roles: ['publicist'], institutions: ['32', '33.74'] });
    expect(audienceOf({ ...fields, aksiPeriod: '2025-2026' }).aksi).toEqual({ period: '2025-2026', codes: ['1', '2'] });
  });

  it('is incomplete without a role or without any filter', () => {
    expect(audienceIsComplete(audienceOf({ ...EMPTY_AUDIENCE, roles: ['focal_point'] }))).toBe(false);
    expect(audienceIsComplete(audienceOf({ ...EMPTY_AUDIENCE, institutions: '32' }))).toBe(false);
  });

  it('toggles a choice keeping the order of all choices', () => {
    const all = ['a', 'b', 'c'] as const;
    expect(toggled(['c'], 'a', true, all)).toEqual(['a', 'c']);
    expect(toggled(['a', 'c'], 'a', false, all)).toEqual(['c']);
  });
});
