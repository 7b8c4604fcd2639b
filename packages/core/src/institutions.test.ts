import { describe, expect, it } from 'vitest';
import { klCodeSchema, parseRegionCode, titleCaseRegionName } from './institutions.js';

describe('region codes', () => {
  it('reads provinces, kabupaten and kota from the Kemendagri code', () => {
    expect(parseRegionCode('33')).toEqual({ type: 'provinsi', provinceCode: '33' });
    expect(parseRegionCode('33.01')).toEqual({ type: 'kabupaten', provinceCode: '33' });
    expect(parseRegionCode('33.70')).toEqual({ type: 'kabupaten', provinceCode: '33' });
    expect(parseRegionCode('33.71')).toEqual({ type: 'kota', provinceCode: '33' });
  });

  it('rejects malformed codes', () => {
    for (const bad of ['3', '333', '33.1', '33.00', '00', 'ab', '33.01.02']) expect(parseRegionCode(bad)).toBeNull();
  });

  it('title-cases the official upper-case names', () => {
    expect(titleCaseRegionName('KOTA ADM. JAKARTA PUSAT')).toBe('Kota Adm. Jakarta Pusat');
    expect(titleCaseRegionName('KABUPATEN TOLI-TOLI')).toBe('Kabupaten Toli-Toli');
  });

  it('writes names as the official names are written: acronyms in capitals, conjunctions in lower case', () => {
    expect(titleCaseRegionName('DKI JAKARTA')).toBe('DKI Jakarta');
    expect(titleCaseRegionName('DI YOGYAKARTA')).toBe('DI Yogyakarta');
    expect(titleCaseRegionName('DAERAH ISTIMEWA YOGYAKARTA')).toBe('Daerah Istimewa Yogyakarta');
    expect(titleCaseRegionName('KABUPATEN PANGKAJENE DAN KEPULAUAN')).toBe('Kabupaten Pangkajene dan Kepulauan');
    expect(titleCaseRegionName('KEPULAUAN BANGKA BELITUNG')).toBe('Kepulauan Bangka Belitung');
    expect(titleCaseRegionName('KABUPATEN KEPULAUAN SELAYAR')).toBe('Kabupaten Kepulauan Selayar');
    expect(titleCaseRegionName('PAPUA BARAT DAYA')).toBe('Papua Barat Daya');
    // "Di" as a word of a name proper, and words that merely start with an acronym's letters.
    expect(titleCaseRegionName('KABUPATEN DIEN')).toBe('Kabupaten Dien');
    expect(titleCaseRegionName('KOTA DAN')).toBe('Kota Dan');
  });

  it('accepts K/L codes and explains a bad one in Indonesian', () => {
    expect(klCodeSchema.safeParse('KEMENDAGRI').success).toBe(true);
    const bad = klCodeSchema.safeParse('kemendagri');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/huruf kapital/);
  });
});
