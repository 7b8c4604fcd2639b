/**
 * The spreadsheets Pantau imports: one sheet per kind of data, with named columns (Bahasa
 * Indonesia, as Setnas staff write them), and the problems a file can have, located by sheet, row
 * and column. Shared by the importer, the templates and the web app's upload page.
 */

/** Kinds of data that can be imported, one sheet each; `all` is a workbook holding any of them. */
export const IMPORT_KINDS = ['institutions', 'units', 'catalogue', 'assignments', 'users'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What an import request names: one kind, or `all` (an XLSX workbook with several sheets). */
export const IMPORT_TARGETS = [...IMPORT_KINDS, 'all'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** A text in both languages of the product. */
export interface BilingualText {
  id: string;
  en: string;
}

/** One column of an import sheet. */
export interface ImportColumn {
  name: string;
  /** The header must have this column. */
  required: boolean;
  description: BilingualText;
  /** The value of the template's example rows, in order. */
  examples: string[];
}

/** A sheet of an import workbook: its name and columns. */
export interface ImportSheetSpec {
  kind: ImportKind;
  sheet: string;
  title: BilingualText;
  columns: ImportColumn[];
}

const column = (name: string, required: boolean, id: string, en: string, examples: string[]): ImportColumn => ({
  name,
  required,
  description: { id, en },
  examples,
});

/** Every import sheet, in the order a workbook with several of them is applied. */
export const IMPORT_SHEETS: Record<ImportKind, ImportSheetSpec> = {
  institutions: {
    kind: 'institutions',
    sheet: 'instansi',
    title: { id: 'Instansi (K/L dan Pemda)', en: 'Institutions (ministries/agencies and regional governments)' },
    columns: [
      column(
        'kode_instansi',
        true,
        'Kode K/L (huruf kapital, contoh KEMENDAGRI) atau kode wilayah Kemendagri: provinsi 2 digit (33), kabupaten/kota 2.2 digit (33.74). Format kolom sebagai Teks agar 33.10 tidak menjadi 33.1.',
        'Ministry/agency code (capitals, e.g. KEMENDAGRI) or Kemendagri region code: province 2 digits (33), regency/city 2.2 digits (33.74). Format the column as Text so 33.10 does not become 33.1.',
        ['KEMENDAGRI', '33', '33.74'],
      ),
      column('nama', true, 'Nama resmi instansi.', 'Official name of the institution.', [
        'Kementerian Dalam Negeri',
        'Provinsi Jawa Tengah',
        'Kota Semarang',
      ]),
      column(
        'jenis',
        false,
        'kl, provinsi, kabupaten atau kota. Boleh kosong: jenis dibaca dari kode.',
        'kl, provinsi, kabupaten or kota. May be empty: the type follows from the code.',
        ['kl', 'provinsi', 'kota'],
      ),
    ],
  },
  units: {
    kind: 'units',
    sheet: 'unit_kerja',
    title: { id: 'Unit kerja (OPD, unit eselon I)', en: 'Work units (regional apparatus, eselon I units)' },
    columns: [
      column(
        'kode_instansi',
        true,
        'Kode instansi pemilik unit (format Teks): KEMENDAGRI, 33, 33.74.',
        'Code of the institution the unit belongs to (Text format): KEMENDAGRI, 33, 33.74.',
        ['33.74', '33.74', 'KEMENDAGRI'],
      ),
      column(
        'kode_unit',
        true,
        'Kode unit di dalam instansi: huruf, angka, titik, tanda hubung; maksimal 24 karakter.',
        'Code of the unit within the institution: letters, digits, dot, dash; at most 24 characters.',
        ['BAPPEDA', 'DPMPTSP', 'DITJEN-BINA-ADWIL'],
      ),
      column('nama', true, 'Nama resmi unit.', 'Official name of the unit.', [
        'Badan Perencanaan Pembangunan Daerah',
        'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
        'Direktorat Jenderal Bina Administrasi Kewilayahan',
      ]),
      column('nama_singkat', false, 'Nama singkat (opsional).', 'Short name (optional).', [
        'Bappeda',
        'DPMPTSP',
        'Ditjen Bina Adwil',
      ]),
      column(
        'jenis',
        false,
        'opd, eselon_1 atau other. Kosong: opd untuk Pemda, eselon_1 untuk K/L.',
        'opd, eselon_1 or other. Empty: opd for a regional government, eselon_1 for a ministry.',
        ['opd', 'opd', 'eselon_1'],
      ),
      column(
        'aktif',
        false,
        'ya atau tidak (bawaan ya). Unit yang tidak aktif tetap tersimpan untuk riwayat.',
        'ya (yes) or tidak (no), default ya. An inactive unit stays on record for history.',
        ['ya', 'ya', 'ya'],
      ),
    ],
  },
  catalogue: {
    kind: 'catalogue',
    sheet: 'katalog',
    title: { id: 'Katalog aksi: fokus, aksi, output, target triwulan', en: 'Action catalogue' },
    columns: [
      column('periode', true, 'Kode periode, contoh 2025-2026.', 'Period code, e.g. 2025-2026.', [
        '2025-2026',
        '2025-2026',
        '2025-2026',
      ]),
      column('kode_fokus', false, 'Kode fokus (angka).', 'Fokus code (a number).', ['1', '1', '1']),
      column(
        'nama_fokus',
        false,
        'Nama fokus; boleh kosong bila fokus sudah ada.',
        'Fokus name; may be empty when the fokus exists.',
        ['Perizinan dan Tata Niaga', '', ''],
      ),
      column(
        'kode_aksi',
        false,
        'Kode aksi (angka). Output 3.2 termasuk aksi 3.',
        'Aksi code (a number). Output 3.2 belongs to aksi 3.',
        ['1', '1', '1'],
      ),
      column(
        'nama_aksi',
        false,
        'Nama aksi; boleh kosong bila aksi sudah ada.',
        'Aksi name; may be empty when the aksi exists.',
        ['Percepatan perizinan berusaha melalui OSS', '', ''],
      ),
      column(
        'kode_output',
        false,
        'Kode output (sub-aksi): kode aksi, titik, nomor (1.1). Format kolom sebagai Teks.',
        'Output (sub-aksi) code: aksi code, dot, number (1.1). Format the column as Text.',
        ['1.1', '1.1', '1.1'],
      ),
      column(
        'nama_output',
        false,
        'Nama output; boleh kosong bila output sudah ada.',
        'Output name; may be empty when the output exists.',
        ['Integrasi perizinan daerah dengan OSS', '', ''],
      ),
      column('triwulan', false, 'Triwulan target, 1–8 dalam periode.', 'Quarter of the target, 1–8.', ['2', '4', '6']),
      column(
        'ukuran_keberhasilan',
        false,
        'Ukuran keberhasilan target (wajib untuk baris target).',
        'Success measure of the target (required on target rows).',
        [
          'Tersedianya peta proses perizinan daerah',
          'Terintegrasinya 5 jenis izin dengan OSS',
          'Laporan evaluasi integrasi perizinan',
        ],
      ),
      column(
        'data_dukung',
        false,
        'Daftar data dukung, dipisah baris baru atau titik koma (;).',
        'Required evidence, separated by new lines or semicolons (;).',
        ['Peta proses; Berita acara', 'Tangkapan layar OSS; Surat keputusan', 'Laporan evaluasi'],
      ),
      column('bobot', false, 'Bobot target, bilangan bulat 1–100.', 'Weight of the target, a whole number 1–100.', [
        '1',
        '2',
        '2',
      ]),
      column(
        'dampak_nama',
        false,
        'Indikator dampak (opsional): nama, satuan dan nilai awal diisi bersama; nilai target, arah dan sumber melengkapinya.',
        'Impact indicator (optional): name, unit and baseline together; target value, direction and source complete it.',
        ['', 'Waktu layanan izin', ''],
      ),
      column('dampak_satuan', false, 'Satuan indikator dampak.', 'Unit of the impact indicator.', ['', 'hari', '']),
      column('dampak_baseline', false, 'Nilai awal indikator dampak (angka).', 'Baseline value (a number).', [
        '',
        '14',
        '',
      ]),
      column(
        'dampak_target',
        false,
        'Nilai target indikator dampak (angka, opsional): tanpa nilai target dampak tidak dapat dinilai.',
        'Target value of the impact indicator (a number, optional): without it the impact cannot be judged.',
        ['', '5', ''],
      ),
      column(
        'dampak_arah',
        false,
        'Arah indikator: naik (lebih tinggi lebih baik) atau turun (lebih rendah lebih baik); wajib bila nilai target diisi.',
        'Direction: naik (higher is better) or turun (lower is better); required when a target value is given.',
        ['', 'turun', ''],
      ),
      column(
        'dampak_sumber',
        false,
        'Sumber angka indikator (opsional, maksimal 300 karakter), contoh: aplikasi SiCantik.',
        'Where the figure comes from (optional, at most 300 characters).',
        ['', 'Aplikasi SiCantik', ''],
      ),
    ],
  },
  assignments: {
    kind: 'assignments',
    sheet: 'penugasan',
    title: { id: 'Penugasan output kepada instansi', en: 'Assignments of outputs to institutions' },
    columns: [
      column('periode', true, 'Kode periode, contoh 2025-2026.', 'Period code, e.g. 2025-2026.', [
        '2025-2026',
        '2025-2026',
        '2025-2026',
      ]),
      column('kode_output', true, 'Kode output yang ditugaskan (format Teks).', 'Code of the assigned output.', [
        '1.1',
        '1.2',
        '1.2',
      ]),
      column(
        'aturan',
        false,
        'all_kl, all_provinces, all_kabupaten, all_kota, all_kabupaten_kota, all_pemda atau list. Kosong berarti list.',
        'all_kl, all_provinces, all_kabupaten, all_kota, all_kabupaten_kota, all_pemda or list. Empty means list.',
        ['all_provinces', 'list', 'list'],
      ),
      column(
        'kode_instansi',
        false,
        'Untuk aturan list: satu kode instansi per baris. Kosong untuk aturan lain.',
        'For list rules: one institution code per row. Empty for other rules.',
        ['', '33.74', 'KEMENDAGRI'],
      ),
    ],
  },
  users: {
    kind: 'users',
    sheet: 'pengguna',
    title: { id: 'Pengguna (diundang, tanpa kata sandi)', en: 'Users (invited, without password)' },
    columns: [
      column('email', true, 'Alamat e-mail, dipakai untuk masuk.', 'E-mail address, used to sign in.', [
        'inspektorat@semarangkota.go.id',
        'pic.bappeda@semarangkota.go.id',
        'ahli.perizinan@pantau.id',
      ]),
      column('nama', true, 'Nama lengkap.', 'Full name.', [
        'Inspektorat Kota Semarang',
        'PIC Bappeda',
        'Ahli Perizinan',
      ]),
      column(
        'peran',
        true,
        'admin, verifier, observer, focal_point, contributor atau publicist; beberapa dipisah koma.',
        'admin, verifier, observer, focal_point, contributor or publicist; several separated by commas.',
        ['focal_point', 'contributor', 'verifier'],
      ),
      column(
        'kode_instansi',
        false,
        'Wajib untuk focal_point, contributor dan publicist.',
        'Required for focal_point, contributor and publicist.',
        ['33.74', '33.74', ''],
      ),
      column(
        'aksi',
        false,
        'Verifier: kode aksi yang dinilai, dipisah koma.',
        'Verifier: aksi codes, comma-separated.',
        ['', '', '1,2'],
      ),
      column(
        'output',
        false,
        'Contributor: batasi ke output ini (dipisah koma); kosong berarti semua output instansinya.',
        'Contributor: limit to these outputs (comma-separated); empty means all of its institution.',
        ['', '1.1', ''],
      ),
      column('periode', false, 'Periode kolom aksi/output, contoh 2025-2026.', 'Period of the aksi/output columns.', [
        '',
        '2025-2026',
        '2025-2026',
      ]),
      column('bahasa', false, 'id atau en (bawaan id).', 'id or en (default id).', ['id', 'id', 'en']),
    ],
  },
};

/** Import kinds in the order a workbook holding several is applied (references point backwards). */
export const IMPORT_ORDER: readonly ImportKind[] = ['institutions', 'units', 'catalogue', 'assignments', 'users'];

/** The name of the instructions sheet of every template; ignored on import. */
export const INSTRUCTIONS_SHEET = 'petunjuk';

/** A problem of an import file, located as precisely as it can be. */
export interface ImportProblem {
  sheet: string;
  /** Spreadsheet row number (the header is row 1); null for problems of the whole file. */
  row: number | null;
  column: string | null;
  message: BilingualText;
}

/** A problem of one cell: "Baris 7, kolom kode_instansi: …". */
export function cellProblem(sheet: string, row: number, columnName: string, detail: BilingualText): ImportProblem {
  return {
    sheet,
    row,
    column: columnName,
    message: {
      id: `Baris ${row}, kolom ${columnName}: ${detail.id}`,
      en: `Row ${row}, column ${columnName}: ${detail.en}`,
    },
  };
}

/** A problem of a whole row (e.g. a duplicate): "Baris 7: …". */
export function rowProblem(sheet: string, row: number, detail: BilingualText): ImportProblem {
  return { sheet, row, column: null, message: { id: `Baris ${row}: ${detail.id}`, en: `Row ${row}: ${detail.en}` } };
}

/** A problem of the whole file or sheet. */
export function fileProblem(sheet: string, detail: BilingualText): ImportProblem {
  return { sheet, row: null, column: null, message: detail };
}

/** Header text as a column name: trimmed, lower case, spaces and dashes as underscores. */
export function normaliseColumnName(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** A sheet as read from a file: its header cells and data rows with their spreadsheet row numbers. */
export interface SheetTable {
  name: string;
  header: string[];
  rows: { number: number; cells: string[] }[];
}

/** Reads cells of a sheet's rows by column name; a column absent from the header reads as ''. */
export interface SheetColumns {
  has(name: string): boolean;
  get(cells: readonly string[], name: string): string;
}

/**
 * Maps the header of `table` to the columns of `spec`. Every missing required column is a problem
 * on row 1; columns the spec does not know are ignored (notes, helper columns).
 */
export function readHeader(
  spec: ImportSheetSpec,
  table: SheetTable,
): { columns: SheetColumns; problems: ImportProblem[] } {
  const index = new Map<string, number>();
  table.header.forEach((cell, i) => {
    const name = normaliseColumnName(cell);
    if (name && !index.has(name)) index.set(name, i);
  });
  const problems = spec.columns
    .filter((c) => c.required && !index.has(c.name))
    .map((c) => ({
      sheet: table.name,
      row: 1,
      column: c.name,
      message: {
        id: `Baris 1: kolom wajib ${c.name} tidak ada di baris judul lembar ${table.name}. Unduh templat untuk melihat kolom yang diharapkan.`,
        en: `Row 1: the required column ${c.name} is missing from the header of sheet ${table.name}. Download the template to see the expected columns.`,
      },
    }));
  return {
    columns: {
      has: (name) => index.has(name),
      get: (cells, name) => {
        const i = index.get(name);
        return i === undefined ? '' : (cells[i] ?? '').trim();
      },
    },
    problems,
  };
}
