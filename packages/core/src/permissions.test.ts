import { describe, expect, it } from 'vitest';
import { isPublic, PERMISSIONS, scopeOf } from './permissions.js';
import { ROLES } from './roles.js';

describe('permission matrix', () => {
  it('opens public reads to everyone', () => {
    expect(isPublic('catalogue.read')).toBe(true);
    expect(scopeOf([], 'catalogue.read')).toBe('all');
  });

  it('grants user management to admin everywhere and to a focal point within its institution only', () => {
    expect(scopeOf(['admin'], 'user.manage')).toBe('all');
    expect(scopeOf(['focal_point'], 'user.manage')).toBe('own_institution');
    for (const role of ['verifier', 'observer', 'contributor', 'publicist'] as const) {
      expect(scopeOf([role], 'user.manage')).toBeNull();
    }
  });

  it('lets observers read but never write', () => {
    for (const [name, entry] of Object.entries(PERMISSIONS)) {
      if ('public' in entry) continue;
      const observer = (entry.roles as Record<string, string | undefined>).observer;
      if (name.endsWith('.manage') && name !== 'token.manage') expect(observer, name).toBeUndefined();
    }
  });

  it('takes the widest scope over several roles', () => {
    expect(scopeOf(['focal_point', 'admin'], 'user.read')).toBe('all');
  });

  it('gives every role its own session and tokens', () => {
    for (const role of ROLES) expect(scopeOf([role], 'auth.session')).toBe('self');
  });
});
