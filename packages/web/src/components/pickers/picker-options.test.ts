import { describe, expect, it } from 'vitest';
import { filterOptions, matchesQuery, optionText, type PickerOption, splitCodeList } from './picker-options';

const JABAR: PickerOption[] = [
  { code: '32.04', name: 'Kabupaten Bandung', detail: 'Kabupaten · Jawa Barat' },
  { code: '32.17', name: 'Kabupaten Bandung Barat', detail: 'Kabupaten · Jawa Barat' },
  { code: '32.73', name: 'Kota Bandung', detail: 'Kota · Jawa Barat' },
  { code: '32.76', name: 'Kota Depok', detail: 'Kota · Jawa Barat' },
];

describe('finding an option by what people type', () => {
  it('matches every word in any order, ignoring case and accents', () => {
    expect(matchesQuery(JABAR[1] as PickerOption, 'barat BANDUNG kab')).toBe(true);
    expect(matchesQuery({ code: '11.18', name: 'Kabupaten Pidië Jaya' }, 'pidie')).toBe(true);
    expect(matchesQuery(JABAR[3] as PickerOption, 'bandung')).toBe(false);
  });

  it('puts an exact code first, then names starting with the query', () => {
    expect(filterOptions(JABAR, 'kota').map((o) => o.code)).toEqual(['32.73', '32.76']);
    expect(filterOptions(JABAR, '32.73').map((o) => o.code)).toEqual(['32.73']);
    const aksi = [
      { code: '10', name: 'Integrasi data' },
      { code: '1', name: 'Perizinan berusaha' },
    ];
    expect(filterOptions(aksi, '1').map((o) => o.code)).toEqual(['1', '10']);
  });

  it('finds a period written as screens show it, with an en dash', () => {
    const periods = [
      { code: '2023-2024', name: '2023–2024' },
      { code: '2025-2026', name: '2025–2026' },
    ];
    expect(filterOptions(periods, '2025–2026').map((o) => o.code)).toEqual(['2025-2026']);
    expect(filterOptions(periods, '2025 - 2026').map((o) => o.code)).toEqual(['2025-2026']);
  });

  it('leaves out what is already chosen and stops at the limit', () => {
    expect(filterOptions(JABAR, 'bandung', { exclude: ['32.04'], limit: 1 }).map((o) => o.code)).toEqual(['32.17']);
  });
});

describe('codes and names', () => {
  it('shows a chosen option with its code beside the name', () => {
    expect(optionText(JABAR[2] as PickerOption)).toBe('Kota Bandung (32.73)');
    expect(optionText({ code: '2025-2026', name: '2025–2026', badge: null })).toBe('2025–2026');
    expect(optionText({ code: '17', name: 'Rina', badge: 'rina@jabarprov.go.id' })).toBe('Rina (rina@jabarprov.go.id)');
  });

  it('reads a pasted list of codes, whatever separates them', () => {
    expect(splitCodeList('32.73, 32.01\n32.73;kemendagri  ')).toEqual(['32.73', '32.01', 'KEMENDAGRI']);
  });
});
