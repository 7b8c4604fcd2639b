/**
 * The `unit_kerja` sheet: ten mistakes give ten messages located by row and column and change
 * nothing; the valid file commits (audited); the same file again changes and records nothing.
 */
import { beforeEach, expect, it } from 'vitest';
import { systemActor } from '../../audit/actor.js';
import { fixedClock } from '../../clock.js';
import { loadConfig } from '../../config.js';
import type { AppContext } from '../../context.js';
import { TEST_NOW, testBlobStore } from '../../test-support/app.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { loadFixture } from '../../test-support/fixture.js';
import { workbookFile } from '../../test-support/spreadsheets.js';
import { importSpreadsheet } from './import.service.js';

const HEADER = ['kode_instansi', 'kode_unit', 'nama', 'nama_singkat', 'jenis', 'aktif'];

describeEachDatabase('work-unit import', (database) => {
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

  const count = async (table: 'work_units' | 'audit_log') =>
    Number(
      (
        await database()
          .db.selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('locates ten mistakes, one message each, and saves nothing', async () => {
    const path = await workbookFile({
      'Unit kerja': [
        HEADER,
        ['', 'BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', '', '', ''],
        ['33.74', '', 'Badan Keuangan Daerah', '', '', ''],
        ['33.74', 'BPKAD', '', '', '', ''],
        ['33.74', 'DPMPTSP', 'Dinas Penanaman Modal', '', 'dinas', ''],
        ['33.74', 'KOMINFO', 'Dinas Komunikasi dan Informatika', '', '', 'mungkin'],
        ['33.74', 'INSP ECTORAT', 'Inspektorat Daerah', '', '', ''],
        ['99.99', 'DINKES', 'Dinas Kesehatan', '', '', ''],
        ['33.74', 'DISDIK', 'Di', '', '', ''],
        ['33.74', 'BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', '', '', ''],
        ['33.74', 'bappeda', 'Badan Perencanaan (lagi)', '', '', ''],
        ['33.7', 'DISHUB', 'Dinas Perhubungan', '', '', ''],
      ],
    });
    const units = await count('work_units');
    const audit = await count('audit_log');
    const outcome = await importSpreadsheet(context, admin, 'units', path, { dryRun: false });
    expect(outcome.committed).toBe(false);
    expect(outcome.problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['Unit kerja', 2, 'kode_instansi'],
      ['Unit kerja', 3, 'kode_unit'],
      ['Unit kerja', 4, 'nama'],
      ['Unit kerja', 5, 'jenis'],
      ['Unit kerja', 6, 'aktif'],
      ['Unit kerja', 7, 'kode_unit'],
      ['Unit kerja', 8, 'kode_instansi'],
      ['Unit kerja', 9, 'nama'],
      ['Unit kerja', 11, null],
      ['Unit kerja', 12, 'kode_instansi'],
    ]);
    expect(outcome.problems[3]?.message.id).toBe(
      'Baris 5, kolom jenis: dinas bukan jenis unit (pilih: opd, eselon_1, other).',
    );
    expect(outcome.problems[6]?.message.en).toBe(
      'Row 8, column kode_instansi: institution 99.99 is not registered: add it on the instansi sheet or import it first.',
    );
    expect(outcome.problems[8]?.message.id).toBe(
      'Baris 11: Unit BAPPEDA (33.74) sudah ada di baris 10 (duplikat dalam berkas).',
    );
    expect(await count('work_units')).toBe(units);
    expect(await count('audit_log')).toBe(audit);
  });

  it('commits a valid file, and the same file again changes nothing', async () => {
    const path = await workbookFile({
      unit_kerja: [
        HEADER,
        ['33.74', 'bappeda', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda', '', ''],
        ['33.74', 'DPMPTSP', 'Dinas Penanaman Modal dan PTSP', 'DPMPTSP', 'opd', 'ya'],
        ['33.74', 'LAMA', 'Unit yang sudah dibubarkan', '', 'other', 'tidak'],
      ],
    });
    const dry = await importSpreadsheet(context, admin, 'units', path, { dryRun: true });
    expect(dry.problems).toEqual([]);
    expect(dry.details).toEqual({ unit: { create: 3, update: 0, unchanged: 0 } });
    expect(await count('work_units')).toBe(0);

    const first = await importSpreadsheet(context, admin, 'units', path, { dryRun: false });
    expect(first.committed).toBe(true);
    const rows = await database()
      .db.selectFrom('work_units')
      .select(['code', 'kind', 'active', 'short_name'])
      .orderBy('code')
      .execute();
    expect(rows).toEqual([
      { code: 'BAPPEDA', kind: 'opd', active: 1, short_name: 'Bappeda' },
      { code: 'DPMPTSP', kind: 'opd', active: 1, short_name: 'DPMPTSP' },
      { code: 'LAMA', kind: 'other', active: 0, short_name: null },
    ]);
    const audit = await count('audit_log');
    const again = await importSpreadsheet(context, admin, 'units', path, { dryRun: false });
    expect(again.details).toEqual({ unit: { create: 0, update: 0, unchanged: 3 } });
    expect(await count('audit_log')).toBe(audit);
    expect(await count('work_units')).toBe(3);
  });
});
