/** List exports: each caller gets exactly what it may read, as CSV or XLSX, streamed in chunks. */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { insertInstitutions } from '../../db/repositories/institution.repository.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { ANONYMOUS, callAs, createPrincipal } from '../../test-support/principals.js';

/** The data rows of a CSV export, each split into its cells (no quoted commas in these fixtures). */
function csvRows(body: string): string[][] {
  const lines = body
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  return lines.slice(1).map((line) => line.split(','));
}

describeEachDatabase('list exports', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
    const api = cycleApi(app);
    // Reports of Semarang on aksi 1 and 7, and one of Surabaya on aksi 1.
    await api.open(cycle.contributor, '1.1-TW2');
    await api.open(cycle.contributor, '7.1-TW2');
    const surabaya = await createPrincipal(app, database(), clock, {
      name: 'pic surabaya',
      roles: ['contributor'],
      institutionCode: '35.78',
    });
    await api.open(surabaya, '1.1-TW2');
  });
  afterEach(() => app.close());

  const reportsOf = async (who: Parameters<typeof callAs>[1]) => {
    const response = await callAs(app, who, { url: '/api/exports/reports.csv?period=2025-2026' });
    expect(response.statusCode).toBe(200);
    return csvRows(response.body).map((cells) => `${cells[6]} ${cells[2]}`);
  };

  it('exports the reports each caller may read', async () => {
    expect(await reportsOf(cycle.admin)).toEqual(['33.74 1.1-TW2', '33.74 7.1-TW2', '35.78 1.1-TW2']);
    expect(await reportsOf(cycle.observer)).toHaveLength(3);
    expect(await reportsOf(cycle.focalPoint)).toEqual(['33.74 1.1-TW2', '33.74 7.1-TW2']);
    expect(await reportsOf(cycle.otherFocalPoint)).toEqual(['35.78 1.1-TW2']);
    // Verifier of aksi 1–3, and of aksi 7–8.
    expect(await reportsOf(cycle.verifier)).toEqual(['33.74 1.1-TW2', '35.78 1.1-TW2']);
    expect(await reportsOf(cycle.otherVerifier)).toEqual(['33.74 7.1-TW2']);
    const header = await callAs(app, cycle.admin, { url: '/api/exports/reports.csv' });
    expect(header.body.split('\r\n')[0]).toBe(
      '\uFEFFperiode,triwulan,kode_target,versi_target,kode_aksi,kode_output,kode_instansi,nama_instansi,kode_unit,unit_kerja,jenis_instansi,kode_provinsi,status,progres,dikirim_pertama,tepat_waktu,tidak_berlaku,skor,skor_lapangan,mutu,diverifikasi,diperbarui',
    );
    expect(header.headers['content-disposition']).toContain('laporan.csv');
    const publicist = await createPrincipal(app, database(), fixedClock('2025-07-01T03:00:00.000Z'), {
      name: 'humas',
      roles: ['publicist'],
      institutionCode: '33.74',
    });
    expect((await callAs(app, publicist, { url: '/api/exports/reports.csv' })).statusCode).toBe(403);
    expect((await callAs(app, ANONYMOUS, { url: '/api/exports/reports.csv' })).statusCode).toBe(401);
    expect((await callAs(app, cycle.admin, { url: '/api/exports/reports.csv?period=2031-2032' })).statusCode).toBe(404);
  });

  it('exports accounts as user.read reaches them, and institutions to anyone', async () => {
    const emails = async (who: Parameters<typeof callAs>[1]) =>
      csvRows((await callAs(app, who, { url: '/api/exports/users.csv' })).body).map((cells) => cells[0]);
    expect(await emails(cycle.focalPoint)).toEqual(['pic.bappeda@uji.pantau.id', 'inspektorat.semarang@uji.pantau.id']);
    expect((await emails(cycle.admin)).length).toBeGreaterThan(5);
    expect((await callAs(app, cycle.contributor, { url: '/api/exports/users.csv' })).statusCode).toBe(403);

    const institutions = await callAs(app, ANONYMOUS, { url: '/api/exports/institutions.xlsx?type=kota' });
    expect(institutions.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(institutions.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('instansi');
    expect(
      sheet
        ?.getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1, 4)),
    ).toEqual([
      ['kode_instansi', 'nama', 'jenis'],
      ['33.74', 'Kota Semarang', 'kota'],
      ['35.78', 'Kota Surabaya', 'kota'],
    ]);
  });

  it('streams a long list in chunks instead of buffering it', async () => {
    const at = '2025-01-01T00:00:00.000Z';
    await insertInstitutions(
      database().db,
      Array.from({ length: 20_000 }, (_, i) => ({
        code: `KL${String(i).padStart(5, '0')}`,
        name: `Lembaga Uji ${i}`,
        type: 'kl',
        province_code: null,
        parent_id: null,
        created_at: at,
        updated_at: at,
      })),
    );
    for (const format of ['csv', 'xlsx']) {
      const response = await callAs(app, ANONYMOUS, { url: `/api/exports/institutions.${format}?type=kl` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['transfer-encoding']).toBe('chunked');
      expect(response.headers['content-length']).toBeUndefined();
      if (format === 'csv') {
        expect(csvRows(response.body)).toHaveLength(20_001);
      } else {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
        expect(book.getWorksheet('instansi')?.rowCount).toBe(20_002);
      }
    }
  });
});
