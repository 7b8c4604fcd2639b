import { describe, expect, it } from 'vitest';
import { followsReceipts, isAddressedTo } from './announcement-access';

const fromAdmin = { audience: { roles: ['focal_point'] }, sender: { institution: null } };
const fromJabar = { audience: { roles: ['contributor'] }, sender: { institution: { code: '32' } } };
const admin = { roles: ['admin' as const], institution: null };
const focalJabar = { roles: ['focal_point' as const], institution: { code: '32' } };
const focalJateng = { roles: ['focal_point' as const], institution: { code: '33' } };

describe('announcement access', () => {
  it('lets admin follow every announcement, a focal point only its institution’s', () => {
    expect(followsReceipts(admin, fromJabar)).toBe(true);
    expect(followsReceipts(focalJabar, fromJabar)).toBe(true);
    expect(followsReceipts(focalJateng, fromJabar)).toBe(false);
    expect(followsReceipts(focalJabar, fromAdmin)).toBe(false);
  });

  it('addresses people of an institution holding an addressed role', () => {
    expect(isAddressedTo(focalJabar, fromAdmin)).toBe(true);
    expect(isAddressedTo(focalJabar, fromJabar)).toBe(false);
    expect(isAddressedTo(admin, fromAdmin)).toBe(false);
  });
});
