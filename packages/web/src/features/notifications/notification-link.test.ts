import { describe, expect, it } from 'vitest';
import { inAppPath } from './notification-link';

describe('inAppPath', () => {
  it('keeps the path, query and fragment of a link on any host', () => {
    expect(inAppPath('https://pantau.example.go.id/kerja/laporan/12')).toBe('/kerja/laporan/12');
    expect(inAppPath('http://127.0.0.1:0/kerja?triwulan=2')).toBe('/kerja?triwulan=2');
    expect(inAppPath('/kerja/aduan/3#riwayat')).toBe('/kerja/aduan/3#riwayat');
  });

  it('gives nothing for a missing or non-web link', () => {
    expect(inAppPath(null)).toBeNull();
    expect(inAppPath('')).toBeNull();
    expect(inAppPath('javascript:alert(1)')).toBeNull();
    expect(inAppPath('mailto:admin@contoh.go.id')).toBeNull();
  });
});
