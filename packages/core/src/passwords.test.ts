import { describe, expect, it } from 'vitest';
import { passwordProblems } from './passwords.js';

describe('password strength', () => {
  it('accepts a long, unremarkable passphrase', () => {
    expect(passwordProblems('kopi-tubruk-di-pagi-hari')).toEqual([]);
  });

  it('refuses short, common, personal and repetitive passwords', () => {
    expect(passwordProblems('pendek')).toContain('too_short');
    expect(passwordProblems('Indonesia2026')).toContain('common');
    expect(passwordProblems('password12345')).toContain('common');
    expect(passwordProblems('123456789012')).toContain('common');
    expect(
      passwordProblems('budisantoso99', { email: 'budi.santoso@kemendagri.go.id', name: 'Budi Santoso' }),
    ).toContain('personal');
    expect(passwordProblems('sarilestari2026', { name: 'Dr. Sari Lestari' })).toContain('personal');
    expect(passwordProblems('lestari-suka-kopi-tubruk', { name: 'Dr. Sari Lestari' })).toEqual([]);
    expect(passwordProblems('aaaaaaaaaaaaaa')).toContain('repetitive');
    expect(passwordProblems('x12345678901y')).toContain('repetitive');
  });
});
