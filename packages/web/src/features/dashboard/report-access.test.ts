import { describe, expect, it } from 'vitest';
import { canOpenReport } from './report-access';

describe('canOpenReport', () => {
  it('lets admin and observers open any report', () => {
    expect(canOpenReport({ roles: ['observer'], verifierAksi: [] }, '2025-2026', '7')).toBe(true);
    expect(canOpenReport({ roles: ['admin'], verifierAksi: [] }, '2025-2026', '7')).toBe(true);
  });

  it('lets a verifier open only the reports of its aksi in that period', () => {
    const verifier = { roles: ['verifier'], verifierAksi: [{ period: '2025-2026', code: '3' }] };
    expect(canOpenReport(verifier, '2025-2026', '3')).toBe(true);
    expect(canOpenReport(verifier, '2025-2026', '4')).toBe(false);
    expect(canOpenReport(verifier, '2027-2028', '3')).toBe(false);
  });

  it('gives other roles no link', () => {
    expect(
      canOpenReport({ roles: ['focal_point'], verifierAksi: [{ period: '2025-2026', code: '3' }] }, '2025-2026', '3'),
    ).toBe(false);
  });
});
