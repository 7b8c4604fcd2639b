import { describe, expect, it } from 'vitest';
import { readCatalogueSheet } from './import-catalogue-rows.js';
import { readAssignmentSheet, readInstitutionSheet, readUserSheet } from './import-rows.js';
import type { SheetTable } from './import-sheets.js';

const sheet = (name: string, header: string[], ...rows: string[][]): SheetTable => ({
  name,
  header,
  rows: rows.map((cells, i) => ({ number: i + 2, cells })),
});

describe('readInstitutionSheet', () => {
  it('derives type and province from the code and upper-cases K/L codes', () => {
    const result = readInstitutionSheet(
      sheet(
        'instansi',
        ['Kode Instansi', 'Nama'],
        ['kemendagri', 'Kementerian Dalam Negeri'],
        ['33.74', 'Kota Semarang'],
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual([
      { row: 2, code: 'KEMENDAGRI', name: 'Kementerian Dalam Negeri', type: 'kl', provinceCode: null },
      { row: 3, code: '33.74', name: 'Kota Semarang', type: 'kota', provinceCode: '33' },
    ]);
  });

  it('locates every problem by row and column', () => {
    const result = readInstitutionSheet(
      sheet(
        'instansi',
        ['kode_instansi', 'nama', 'jenis'],
        ['33.1', 'Kabupaten', ''],
        ['33.74', 'Kota Semarang', 'kabupaten'],
        ['35', 'Jawa Timur', ''],
        ['35', 'Jawa Timur', ''],
      ),
    );
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'kode_instansi'],
      [3, 'jenis'],
      [5, null],
    ]);
    expect(result.problems[0]?.message.id).toMatch(
      /^Baris 2, kolom kode_instansi: 33\.1 tampaknya terbaca sebagai angka/,
    );
    expect(result.problems[2]?.message.id).toContain('sudah ada di baris 4');
    expect(result.records.map((r) => r.code)).toEqual(['35']);
  });

  it('reports a missing required column once, on the header row', () => {
    const result = readInstitutionSheet(sheet('instansi', ['kode_instansi'], ['33', ''], ['35', '']));
    expect(result.problems).toEqual([expect.objectContaining({ sheet: 'instansi', row: 1, column: 'nama' })]);
  });
});

describe('readCatalogueSheet', () => {
  const header = [
    'periode',
    'kode_fokus',
    'nama_fokus',
    'kode_aksi',
    'nama_aksi',
    'kode_output',
    'nama_output',
    'triwulan',
    'ukuran_keberhasilan',
    'data_dukung',
    'bobot',
  ];
  const row = (overrides: Partial<Record<string, string>>) =>
    header.map(
      (c) =>
        overrides[c] ??
        {
          periode: '2025-2026',
          kode_fokus: '1',
          kode_aksi: '1',
          kode_output: '1.1',
          triwulan: '2',
          ukuran_keberhasilan: 'Tersedianya peta proses',
          data_dukung: 'Peta proses;\nBerita acara',
          bobot: '2',
        }[c] ??
        '',
    );

  it('reads a target row with its checklist split on semicolons and line breaks', () => {
    const result = readCatalogueSheet(sheet('katalog', header, row({})));
    expect(result.problems).toEqual([]);
    expect(result.records[0]).toMatchObject({
      period: '2025-2026',
      output: { code: '1.1', aksiCode: '1', name: null },
      target: { quarter: 2, content: { evidenceChecklist: ['Peta proses', 'Berita acara'], weight: 2, impact: null } },
    });
  });

  it('names bad numbers, ranges, duplicates and conflicting names', () => {
    const result = readCatalogueSheet(
      sheet(
        'katalog',
        header,
        row({ bobot: 'dua' }),
        row({ bobot: '150', triwulan: '3' }),
        row({ triwulan: '9' }),
        row({ triwulan: '4', kode_aksi: '2' }),
        row({ triwulan: '5', nama_fokus: 'Perizinan' }),
        row({ triwulan: '6', nama_fokus: 'Keuangan' }),
        row({ triwulan: '5' }),
      ),
    );
    expect(result.problems.map((p) => [p.row, p.column, p.message.en])).toEqual([
      [2, 'bobot', 'Row 2, column bobot: dua is not a whole number.'],
      [3, 'bobot', 'Row 3, column bobot: 150 is outside 1–100.'],
      [4, 'triwulan', 'Row 4, column triwulan: 9 is outside 1–8.'],
      [5, 'kode_aksi', 'Row 5, column kode_aksi: output 1.1 belongs to aksi 1, not aksi 2.'],
      [7, 'nama_fokus', 'Row 7, column nama_fokus: Keuangan differs from row 6 (Perizinan) for the same code.'],
      [8, null, 'Row 8: Target 1.1 triwulan 5 already appears on row 6 (duplicate in the file).'],
    ]);
  });
});

describe('readAssignmentSheet', () => {
  it('takes an empty rule with an institution as a list row, and refuses unknown rule kinds', () => {
    const result = readAssignmentSheet(
      sheet(
        'penugasan',
        ['periode', 'kode_output', 'aturan', 'kode_instansi'],
        ['2025-2026', '1.1', '', '33.74'],
        ['2025-2026', '1.1', 'all_provinces', ''],
        ['2025-2026', '1.1', 'semua', ''],
        ['2025-2026', '1.1', 'all_kota', '33.74'],
      ),
    );
    expect(result.records).toEqual([
      { row: 2, period: '2025-2026', outputCode: '1.1', kind: 'list', institutionCode: '33.74' },
      { row: 3, period: '2025-2026', outputCode: '1.1', kind: 'all_provinces', institutionCode: null },
    ]);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [4, 'aturan'],
      [5, 'kode_instansi'],
    ]);
  });

  it('refuses a row repeating an earlier one, per period, output and rule or institution', () => {
    const result = readAssignmentSheet(
      sheet(
        'penugasan',
        ['periode', 'kode_output', 'aturan', 'kode_instansi'],
        ['2025-2026', '1.1', 'list', 'kemendagri'],
        ['2025-2026', '1.1', 'all_kota', ''],
        ['2025-2026', '1.1', '', 'KEMENDAGRI'],
        ['2025-2026', '1.1', 'all_kota', ''],
        ['2025-2026', '1.2', 'list', 'KEMENDAGRI'],
        ['2024-2025', '1.1', 'all_kota', ''],
      ),
    );
    expect(result.records.map((r) => r.row)).toEqual([2, 3, 6, 7]);
    expect(result.problems.map((p) => p.message.en)).toEqual([
      'Row 4: Penugasan 1.1 → KEMENDAGRI already appears on row 2 (duplicate in the file).',
      'Row 5: Aturan all_kota untuk 1.1 already appears on row 3 (duplicate in the file).',
    ]);
  });
});

describe('readUserSheet', () => {
  it('checks e-mail, roles, institution and scopes', () => {
    const result = readUserSheet(
      sheet(
        'pengguna',
        ['email', 'nama', 'peran', 'kode_instansi', 'aksi', 'periode'],
        ['PIC@Semarang.go.id', 'PIC Bappeda', 'contributor', '33.74', '', ''],
        ['bukan-email', 'Salah', 'observer', '', '', ''],
        ['ahli@pantau.id', 'Ahli', 'verifier, superadmin', '', '1,2', '2025-2026'],
        ['fp@semarang.go.id', 'Inspektorat', 'focal_point', '', '', ''],
        ['lain@pantau.id', 'Lain', 'observer', '', '3', ''],
      ),
    );
    expect(result.records).toEqual([
      expect.objectContaining({ email: 'pic@semarang.go.id', roles: ['contributor'], institutionCode: '33.74' }),
    ]);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'email'],
      [4, 'peran'],
      [5, 'kode_instansi'],
      [6, 'aksi'],
      [6, 'periode'],
    ]);
  });
});
