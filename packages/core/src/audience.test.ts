import { describe, expect, it } from 'vitest';
import { type Audience, type AudienceCandidate, audienceSchema, resolveAudience } from './audience.js';

const institutions: AudienceCandidate[] = [
  { code: 'KEMENDAGRI', type: 'kl', provinceCode: null, aksiCodes: ['1'] },
  { code: '33', type: 'provinsi', provinceCode: '33', aksiCodes: ['1', '2'] },
  { code: '33.01', type: 'kabupaten', provinceCode: '33', aksiCodes: [] },
  { code: '33.02', type: 'kabupaten', provinceCode: '33', aksiCodes: ['2'] },
  { code: '33.74', type: 'kota', provinceCode: '33', aksiCodes: ['2'] },
  { code: '35', type: 'provinsi', provinceCode: '35' },
  { code: '35.01', type: 'kabupaten', provinceCode: '35', aksiCodes: ['2'] },
];

const codes = (audience: Omit<Audience, 'roles'>) =>
  resolveAudience({ roles: ['focal_point'], ...audience }, institutions).institutions.map((i) => i.code);

describe('audiences', () => {
  it('reaches all kabupaten in Jawa Tengah and nothing else', () => {
    expect(codes({ types: ['kabupaten'], provinces: ['33'] })).toEqual(['33.01', '33.02']);
  });

  it('selects by type, province or aksi alone', () => {
    expect(codes({ types: ['provinsi'] })).toEqual(['33', '35']);
    expect(codes({ provinces: ['35'] })).toEqual(['35', '35.01']);
    expect(codes({ aksi: { period: '2025-2026', codes: ['1'] } })).toEqual(['KEMENDAGRI', '33']);
  });

  it('combines filters with "and", and adds the explicit list', () => {
    expect(codes({ types: ['kabupaten', 'kota'], aksi: { period: '2025-2026', codes: ['2'] } })).toEqual([
      '33.02',
      '33.74',
      '35.01',
    ]);
    expect(codes({ types: ['kabupaten'], provinces: ['35'], institutions: ['KEMENDAGRI'] })).toEqual([
      'KEMENDAGRI',
      '35.01',
    ]);
  });

  it('takes a list alone and reports codes that match nothing', () => {
    const result = resolveAudience({ roles: ['publicist'], institutions: ['33.74', '99.99'] }, institutions);
    expect(result.institutions.map((i) => i.code)).toEqual(['33.74']);
    expect(result.unknownCodes).toEqual(['99.99']);
  });

  it('validates audiences at the edge', () => {
    expect(audienceSchema.safeParse({ roles: ['focal_point'] }).success).toBe(false);
    expect(audienceSchema.safeParse({ roles: [], types: ['kota'] }).success).toBe(false);
    expect(audienceSchema.safeParse({ roles: ['verifier'], types: ['kota'] }).success).toBe(false);
    expect(audienceSchema.safeParse({ roles: ['focal_point'], provinces: ['3'] }).success).toBe(false);
    expect(
      audienceSchema.safeParse({ roles: ['focal_point', 'publicist'], institutions: ['33', 'BPKP'] }).success,
    ).toBe(true);
  });
});
