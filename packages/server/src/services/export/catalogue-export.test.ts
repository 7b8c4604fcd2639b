/** The catalogue as a `katalog` sheet: with each target's impact indicator, and it re-imports unchanged. */
import { text } from 'node:stream/consumers';
import { beforeEach, expect, it } from 'vitest';
import { systemActor } from '../../audit/actor.js';
import { fixedClock } from '../../clock.js';
import { loadConfig } from '../../config.js';
import type { AppContext } from '../../context.js';
import { TEST_NOW, testBlobStore } from '../../test-support/app.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { loadFixture } from '../../test-support/fixture.js';
import { plainFile } from '../../test-support/spreadsheets.js';
import { importSpreadsheet } from '../import/import.service.js';
import { exportCatalogue } from './catalogue-export.service.js';

const P = '2025-2026';

describeEachDatabase('catalogue export', (database) => {
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

  it('writes every target with its impact indicator, and the file re-imports with nothing to change', async () => {
    const indicator = plainFile(
      [
        'periode,kode_output,triwulan,ukuran_keberhasilan,data_dukung,bobot,dampak_nama,dampak_satuan,dampak_baseline,dampak_target,dampak_arah,dampak_sumber',
        `${P},1.1,2,Tercapainya target uji 1.1 triwulan 2,Dokumen laporan; Berita acara,1,Waktu layanan izin,hari,"14,5",5,turun,Aplikasi SiCantik`,
      ].join('\n'),
    );
    const set = await importSpreadsheet(context, admin, 'catalogue', indicator, {
      dryRun: false,
      fileName: 'indikator.csv',
    });
    expect(set.problems).toEqual([]);
    expect(set.details.target).toEqual({ create: 0, update: 1, unchanged: 0 });

    const csv = (await text((await exportCatalogue(context, P, 'csv')).stream)).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'periode,kode_fokus,nama_fokus,kode_aksi,nama_aksi,kode_output,nama_output,triwulan,ukuran_keberhasilan,data_dukung,bobot,dampak_nama,dampak_satuan,dampak_baseline,dampak_target,dampak_arah,dampak_sumber',
    );
    // Ten outputs with a target in Triwulan II and IV each.
    expect(lines).toHaveLength(21);
    expect(lines[1]).toMatch(/,1\.1,Output uji 1\.1,2,.*,1,Waktu layanan izin,hari,14\.5,5,turun,Aplikasi SiCantik$/s);
    expect(lines[2]).toMatch(/,1\.1,Output uji 1\.1,4,.*,1,,,,,,$/s);

    const again = await importSpreadsheet(context, admin, 'catalogue', plainFile(csv), { dryRun: true });
    expect(again.problems).toEqual([]);
    expect(again.details.target).toEqual({ create: 0, update: 0, unchanged: 20 });
  });
});
