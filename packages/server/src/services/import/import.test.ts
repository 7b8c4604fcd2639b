/**
 * The spreadsheet import on a real database: a file with ten kinds of mistakes yields ten precise
 * problems and changes nothing; a valid file commits all or nothing; the same file again changes
 * nothing and records nothing; CSV reads like XLSX.
 */
import { beforeEach, expect, it } from 'vitest';
import { systemActor } from '../../audit/actor.js';
import { fixedClock } from '../../clock.js';
import { loadConfig } from '../../config.js';
import type { AppContext } from '../../context.js';
import type { Database } from '../../db/database.js';
import { TEST_NOW, testBlobStore } from '../../test-support/app.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { loadFixture } from '../../test-support/fixture.js';
import { plainFile, workbookFile as workbook } from '../../test-support/spreadsheets.js';
import { importSpreadsheet } from './import.service.js';

const TABLES = [
  'institutions',
  'fokus',
  'aksi',
  'outputs',
  'targets',
  'target_versions',
  'assignment_rules',
  'assignments',
  'users',
  'user_links',
  'audit_log',
  'institution_figures',
] as const;

/** Row counts of the tables an import touches, and the audit head: equal means nothing changed. */
async function snapshot(database: Database) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  const head = await database.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
  return { counts, head: { seq: head.seq, hash: head.hash } };
}

const CATALOGUE_HEADER = [
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
const P = '2025-2026';

describeEachDatabase('spreadsheet import', (database) => {
  let context: AppContext;
  const admin = systemActor('test');

  beforeEach(async () => {
    await loadFixture(database());
    context = {
      config: { ...loadConfig({ LOG_LEVEL: 'silent' }), webDist: null },
      database: database(),
      clock: fixedClock(TEST_NOW),
      blobs: testBlobStore(),
    };
  });

  it('lists ten kinds of mistakes precisely and changes nothing', async () => {
    const path = await workbook({
      instansi: [
        ['kode_instansi', 'nama', 'jenis'],
        ['33.01', 'Kabupaten Cilacap', 'kabupaten'],
        ['33.99', 'Kota Fiktif', ''],
        ['33.01', 'Kabupaten Cilacap', ''],
      ],
      katalog: [
        CATALOGUE_HEADER,
        [P, '1', '', '1', '', '1.1', '', 6, 'Laporan pelaksanaan triwulan', 'Laporan; Berita acara', 1],
        [P, '1', '', '1', '', '1.1', '', 7, 'Laporan pelaksanaan triwulan', 'Laporan', 'dua'],
        [P, '1', '', '1', '', '1.1', '', 8, 'Laporan pelaksanaan triwulan', 'Laporan', 150],
        [P, '', '', '', '', '16.1', 'Output baru', 2, 'Laporan pelaksanaan triwulan', 'Laporan', 1],
        [P, '1', '', '1', '', '1.1', '', 9, 'Laporan pelaksanaan triwulan', 'Laporan', 1],
      ],
      penugasan: [
        ['periode', 'kode_output', 'aturan', 'kode_instansi'],
        [P, '1.1', 'all_provinces', ''],
        [P, '2.1', 'semua_provinsi', ''],
      ],
      pengguna: [
        ['email', 'peran', 'kode_instansi'],
        ['bukan-email', 'contributor', '33.74'],
        ['baru@uji.pantau.id', 'superadmin', ''],
      ],
    });
    const before = await snapshot(database());
    for (const dryRun of [true, false]) {
      const outcome = await importSpreadsheet(context, admin, 'all', path, { dryRun });
      expect(outcome.committed).toBe(false);
      expect(outcome.problems.map((p) => [p.sheet, p.row, p.column, p.message.id])).toEqual([
        [
          'instansi',
          3,
          'kode_instansi',
          'Baris 3, kolom kode_instansi: 33.99 bukan kode wilayah Kemendagri yang dikenal.',
        ],
        ['instansi', 4, null, 'Baris 4: Kode 33.01 sudah ada di baris 2 (duplikat dalam berkas).'],
        ['katalog', 3, 'bobot', 'Baris 3, kolom bobot: dua bukan bilangan bulat.'],
        ['katalog', 4, 'bobot', 'Baris 4, kolom bobot: 150 di luar rentang 1–100.'],
        [
          'katalog',
          5,
          'kode_output',
          'Baris 5, kolom kode_output: aksi 16 (induk output 16.1) tidak dikenal pada periode 2025-2026.',
        ],
        ['katalog', 6, 'triwulan', 'Baris 6, kolom triwulan: 9 di luar rentang 1–8.'],
        [
          'penugasan',
          3,
          'aturan',
          'Baris 3, kolom aturan: semua_provinsi bukan aturan penugasan yang dikenal (pilih: all_kl, all_provinces, all_kabupaten, all_kota, all_kabupaten_kota, all_pemda, list).',
        ],
        [
          'pengguna',
          1,
          'nama',
          'Baris 1: kolom wajib nama tidak ada di baris judul lembar pengguna. Unduh templat untuk melihat kolom yang diharapkan.',
        ],
        ['pengguna', 2, 'email', 'Baris 2, kolom email: bukan-email bukan alamat e-mail yang sah.'],
        [
          'pengguna',
          3,
          'peran',
          'Baris 3, kolom peran: superadmin bukan peran yang dikenal (pilih: admin, verifier, observer, focal_point, contributor, publicist, leader).',
        ],
      ]);
      expect(outcome.problems[0]?.message.en).toBe(
        'Row 3, column kode_instansi: 33.99 is not a known Kemendagri region code.',
      );
      expect(await snapshot(database())).toEqual(before);
    }
  });

  it('locates each mistake in an impact indicator, in both languages, and changes nothing', async () => {
    const header = [
      ...CATALOGUE_HEADER,
      'dampak_nama',
      'dampak_satuan',
      'dampak_baseline',
      'dampak_target',
      'dampak_arah',
      'dampak_sumber',
    ];
    const row = (quarter: number, impact: string[]) => [
      P,
      '1',
      '',
      '1',
      '',
      '1.1',
      '',
      quarter,
      'Laporan pelaksanaan triwulan',
      'Laporan',
      1,
      ...impact,
    ];
    const path = await workbook({
      katalog: [
        header,
        row(2, ['Waktu layanan', 'hari', '14', '20', 'turun', '']),
        row(4, ['Waktu layanan', 'hari', '14', '5', '', '']),
        row(6, ['Waktu layanan', 'hari', '14', 'lima', 'turun', '']),
        row(8, ['Waktu layanan', 'hari', '14', '5', 'menurun', 'x'.repeat(301)]),
      ],
    });
    const before = await snapshot(database());
    const outcome = await importSpreadsheet(context, admin, 'catalogue', path, { dryRun: false });
    expect(outcome.committed).toBe(false);
    expect(outcome.problems.map((p) => [p.row, p.column, p.message.id])).toEqual([
      [
        2,
        'dampak_target',
        'Baris 2, kolom dampak_target: nilai target 20 harus lebih rendah dari nilai awal 14 (arah turun).',
      ],
      [3, 'dampak_arah', 'Baris 3, kolom dampak_arah: isi arah (naik atau turun) karena nilai target diisi.'],
      [4, 'dampak_target', 'Baris 4, kolom dampak_target: lima bukan angka.'],
      [
        5,
        'dampak_arah',
        'Baris 5, kolom dampak_arah: menurun bukan arah: tulis naik (lebih tinggi lebih baik) atau turun (lebih rendah lebih baik).',
      ],
      [5, 'dampak_sumber', 'Baris 5, kolom dampak_sumber: maksimal 300 karakter.'],
    ]);
    expect(outcome.problems[0]?.message.en).toBe(
      'Row 2, column dampak_target: the target value 20 must be lower than the baseline 14 (direction turun).',
    );
    expect(await snapshot(database())).toEqual(before);
  });

  const validWorkbook = () =>
    workbook({
      instansi: [
        ['kode_instansi', 'nama', 'jenis'],
        ['33.01', 'Kabupaten Cilacap', 'kabupaten'],
        ['KEMENKEU', 'Kementerian Keuangan', 'kl'],
      ],
      katalog: [
        [...CATALOGUE_HEADER, 'dampak_nama', 'dampak_satuan', 'dampak_baseline', 'dampak_target', 'dampak_arah'],
        [
          P,
          '1',
          '',
          '11',
          'Aksi impor',
          '11.1',
          'Output impor',
          2,
          'Tersedianya peta proses',
          'Peta proses',
          2,
          '',
          '',
          '',
        ],
        [
          P,
          '1',
          '',
          '11',
          '',
          '11.1',
          '',
          4,
          'Terintegrasinya layanan',
          'Surat keputusan\nTangkapan layar',
          3,
          'Waktu layanan',
          'hari',
          '14,5',
          '5',
          'turun',
        ],
        [
          P,
          '1',
          '',
          '1',
          '',
          '1.1',
          '',
          2,
          'Ukuran keberhasilan yang diperbarui',
          'Dokumen laporan; Berita acara',
          1,
          '',
          '',
          '',
        ],
      ],
      penugasan: [
        ['periode', 'kode_output', 'aturan', 'kode_instansi'],
        [P, '11.1', 'all_kota', ''],
        [P, '11.1', '', '33.01'],
        [P, '11.1', 'list', 'KEMENKEU'],
        [P, '11.1', 'list', '33.74'],
      ],
      pengguna: [
        ['email', 'nama', 'peran', 'kode_instansi', 'aksi', 'output', 'periode'],
        ['pic@cilacapkab.go.id', 'PIC Cilacap', 'contributor', '33.01', '', '11.1', P],
        ['ahli.impor@pantau.id', 'Ahli Impor', 'verifier', '', '11', '', P],
      ],
    });

  it('commits a valid file all at once, and the same file again changes nothing', async () => {
    const path = await validWorkbook();
    const before = await snapshot(database());

    const dry = await importSpreadsheet(context, admin, 'all', path, { dryRun: true, fileName: 'katalog.xlsx' });
    expect(dry.problems).toEqual([]);
    expect(dry.committed).toBe(false);
    expect(dry.details).toEqual({
      institution: { create: 2, update: 0, unchanged: 0 },
      fokus: { create: 0, update: 0, unchanged: 0 },
      // Rows of aksi 1 say it belongs to fokus 1: a statement that holds already.
      aksi: { create: 1, update: 0, unchanged: 1 },
      output: { create: 1, update: 0, unchanged: 0 },
      target: { create: 2, update: 1, unchanged: 0 },
      assignment: { create: 4, update: 0, unchanged: 0 },
      user: { create: 2, update: 0, unchanged: 0 },
    });
    expect(dry.summary).toEqual({ create: 12, update: 1, unchanged: 1 });
    expect(dry.invitations).toEqual([]);
    expect(await snapshot(database())).toEqual(before);

    const done = await importSpreadsheet(context, admin, 'all', path, { dryRun: false, fileName: 'katalog.xlsx' });
    expect(done.committed).toBe(true);
    expect(done.summary).toEqual(dry.summary);
    expect(done.invitations.map((i) => i.email)).toEqual(['pic@cilacapkab.go.id', 'ahli.impor@pantau.id']);
    expect(done.invitations[0]?.url).toMatch(/\/undangan\/[\w-]{20,}$/);

    const { db } = database();
    const assigned = await db
      .selectFrom('assignments')
      .innerJoin('outputs', 'outputs.id', 'assignments.output_id')
      .innerJoin('institutions', 'institutions.id', 'assignments.institution_id')
      .select('institutions.code')
      .where('outputs.code', '=', '11.1')
      .orderBy('institutions.code')
      .execute();
    expect(assigned.map((a) => a.code)).toEqual(['33.01', '33.74', '35.78', 'KEMENKEU']);
    const cilacap = await db
      .selectFrom('institutions')
      .innerJoin('institutions as parent', 'parent.id', 'institutions.parent_id')
      .select(['institutions.type', 'parent.code as parent'])
      .where('institutions.code', '=', '33.01')
      .executeTakeFirstOrThrow();
    expect(cilacap).toEqual({ type: 'kabupaten', parent: '33' });
    const revised = await db
      .selectFrom('target_versions')
      .innerJoin('targets', 'targets.id', 'target_versions.target_id')
      .select(['target_versions.version', 'target_versions.reason', 'target_versions.success_measure'])
      .where('targets.code', '=', '1.1-TW2')
      .orderBy('target_versions.version')
      .execute();
    expect(revised.map((v) => [v.version, v.reason])).toEqual([
      [1, null],
      [2, 'Impor katalog.xlsx'],
    ]);
    const impact = await db
      .selectFrom('target_versions')
      .innerJoin('targets', 'targets.id', 'target_versions.target_id')
      .select(['impact_name', 'impact_baseline', 'impact_target', 'impact_direction', 'impact_source'])
      .where('targets.code', '=', '11.1-TW4')
      .executeTakeFirstOrThrow();
    expect(impact).toEqual({
      impact_name: 'Waktu layanan',
      impact_baseline: 14.5,
      impact_target: 5,
      impact_direction: 'lower',
      impact_source: null,
    });
    // Live figures of the newly assigned institution: the targets of 11.1 due in Triwulan II and IV.
    const stats = await db
      .selectFrom('institution_figures')
      .innerJoin('institutions', 'institutions.id', 'institution_figures.institution_id')
      .select(['quarter_number', 'expected'])
      .where('institutions.code', '=', '33.01')
      .orderBy('quarter_number')
      .execute();
    expect(stats.map((s) => s.expected)).toEqual([0, 1, 0, 1, 0, 0, 0, 0]);
    const audit = await db.selectFrom('audit_log').select('action').orderBy('seq', 'desc').limit(1).execute();
    expect(audit[0]?.action).toBe('import.commit');

    const committed = await snapshot(database());
    const again = await importSpreadsheet(context, admin, 'all', path, { dryRun: false, fileName: 'katalog.xlsx' });
    expect(again.problems).toEqual([]);
    expect(again.summary).toEqual({ create: 0, update: 0, unchanged: 14 });
    expect(again.invitations).toEqual([]);
    expect(await snapshot(database())).toEqual(committed);
  });

  it('reads CSV like XLSX: semicolons, BOM, quoted fields, one sheet per kind', async () => {
    const institutions = plainFile(
      '\uFEFFkode_instansi;nama;jenis\r\n33.01;"Kabupaten Cilacap; Jawa Tengah";kabupaten\r\nKEMENKEU;"Kementerian ""Keuangan""";kl\r\n',
    );
    const first = await importSpreadsheet(context, admin, 'institutions', institutions, { dryRun: false });
    expect(first.problems).toEqual([]);
    expect(first.details).toEqual({ institution: { create: 2, update: 0, unchanged: 0 } });
    const names = await database()
      .db.selectFrom('institutions')
      .select('name')
      .where('code', 'in', ['33.01', 'KEMENKEU'])
      .orderBy('code')
      .execute();
    expect(names.map((n) => n.name)).toEqual(['Kabupaten Cilacap; Jawa Tengah', 'Kementerian "Keuangan"']);

    const assignments = plainFile('periode,kode_output,kode_instansi\n2025-2026,3.1,33.01\n2025-2026,3.1,KEMENKEU\n');
    expect((await importSpreadsheet(context, admin, 'assignments', assignments, { dryRun: false })).summary).toEqual({
      create: 2,
      update: 0,
      unchanged: 0,
    });
    const before = await snapshot(database());
    expect((await importSpreadsheet(context, admin, 'assignments', assignments, { dryRun: false })).summary).toEqual({
      create: 0,
      update: 0,
      unchanged: 2,
    });
    expect(await snapshot(database())).toEqual(before);

    const broken = plainFile('kode_instansi,nama\n35.78,"Kota Surabaya\n');
    const refused = await importSpreadsheet(context, admin, 'institutions', broken, { dryRun: true });
    expect(refused.problems.map((p) => p.message.id)).toEqual([
      'Baris 2: tanda kutip (") dibuka tetapi tidak ditutup sampai akhir berkas.',
    ]);
    const all = await importSpreadsheet(context, admin, 'all', assignments, { dryRun: true });
    expect(all.problems[0]?.message.en).toContain('needs an XLSX file');
  });

  it('refuses files that are neither XLSX nor CSV, and sheets it cannot find', async () => {
    const xls = plainFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'xls');
    expect((await importSpreadsheet(context, admin, 'users', xls, { dryRun: true })).problems[0]?.message.id).toContain(
      'Excel lama (.xls)',
    );
    const other = await workbook({ lain: [['a'], ['b']] });
    expect((await importSpreadsheet(context, admin, 'all', other, { dryRun: true })).problems[0]?.message.id).toContain(
      'Tidak ada lembar bernama instansi, unit_kerja, katalog, penugasan, pengguna',
    );
  });

  it('brings an existing account in line with its row, keeping its status', async () => {
    const path = plainFile('email,nama,peran,kode_instansi\npic@semarang.go.id,PIC Bappeda,contributor,33.74\n');
    expect((await importSpreadsheet(context, admin, 'users', path, { dryRun: false })).details).toEqual({
      user: { create: 1, update: 0, unchanged: 0 },
    });
    const changed = plainFile(
      'email,nama,peran,kode_instansi\npic@semarang.go.id,PIC Bappeda Kota,contributor;publicist,33.74\n',
    );
    expect((await importSpreadsheet(context, admin, 'users', changed, { dryRun: false })).details).toEqual({
      user: { create: 0, update: 1, unchanged: 0 },
    });
    const user = await database()
      .db.selectFrom('users')
      .select(['id', 'name', 'status', 'password_hash'])
      .where('email', '=', 'pic@semarang.go.id')
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({ name: 'PIC Bappeda Kota', status: 'invited', password_hash: null });
    const roles = await database()
      .db.selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', user.id)
      .orderBy('role')
      .execute();
    expect(roles.map((r) => r.role)).toEqual(['contributor', 'publicist']);
  });
});
