import { describe, expect, it } from 'vitest';
import {
  audienceIsComplete,
  audienceOf,
  audiencePartOfPath,
  EMPTY_AUDIENCE,
  missingAudienceParts,
  toggled,
} from './audience-form';

describe('audience form', () => {
  it('builds "Inspektorat of every kabupaten in Jawa Barat" without the empty filters', () => {
    const audience = audienceOf({ ...EMPTY_AUDIENCE, roles: ['focal_point'], types: ['kabupaten'], provinces: ['32'] });
    expect(audience).toEqual({ roles: ['focal_point'], types: ['kabupaten'], provinces: ['32'] });
    expect(audienceIsComplete(audience)).toBe(true);
  });

  it('keeps the aksi filter only with a period, and a list of institutions', () => {
    const fields = { ...EMPTY_AUDIENCE, roles: ['publicist' as const], aksiCodes: ['1', '2'], institutions: ['32'] };
    expect(audienceOf(fields)).toEqual({ roles: ['publicist'], institutions: ['32'] });
    expect(audienceOf({ ...fields, aksiPeriod: '2025-2026' }).aksi).toEqual({ period: '2025-2026', codes: ['1', '2'] });
  });

  it('says which part is missing: a role, or anything that selects institutions', () => {
    expect(missingAudienceParts(EMPTY_AUDIENCE)).toEqual(['roles', 'recipients']);
    expect(missingAudienceParts({ ...EMPTY_AUDIENCE, roles: ['focal_point'] })).toEqual(['recipients']);
    expect(missingAudienceParts({ ...EMPTY_AUDIENCE, institutions: ['32'] })).toEqual(['roles']);
    expect(missingAudienceParts({ ...EMPTY_AUDIENCE, roles: ['contributor'], aksiCodes: ['1'] })).toEqual([
      'recipients',
    ]);
  });

  it('finds the part a refusal names, under the form field that holds the audience', () => {
    expect(audiencePartOfPath('body.audience.aksi.codes', 'audience')).toBe('aksi');
    expect(audiencePartOfPath('body.invitees.institutions', 'invitees')).toBe('institutions');
    expect(audiencePartOfPath('body.audience.types.0', 'audience')).toBe('recipients');
    expect(audiencePartOfPath('audience.institutions', 'audience')).toBe('institutions');
    expect(audiencePartOfPath('body.title', 'audience')).toBeNull();
    expect(audiencePartOfPath('body.invitees.roles', 'audience')).toBeNull();
  });

  it('toggles a choice keeping the order of all choices', () => {
    const all = ['a', 'b', 'c'] as const;
    expect(toggled(['c'], 'a', true, all)).toEqual(['a', 'c']);
    expect(toggled(['a', 'c'], 'a', false, all)).toEqual(['c']);
  });
});
