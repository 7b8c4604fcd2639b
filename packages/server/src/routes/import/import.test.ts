/** The import over HTTP: templates, a dry run, a refused commit (422), a commit, messages in English. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp, TEST_NOW } from '../../test-support/app.js';
import { type Cycle, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { multipartFile } from '../../test-support/multipart.js';
import { callAs } from '../../test-support/principals.js';
import { workbookFile } from '../../test-support/spreadsheets.js';

describeEachDatabase('import routes', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;

  beforeEach(async () => {
    const clock = fixedClock(TEST_NOW);
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app.close());

  const upload = (url: string, name: string, content: Buffer, headers: Record<string, string> = {}) => {
    const body = multipartFile(name, content);
    return callAs(app, cycle.admin, {
      method: 'POST',
      url,
      payload: body.payload,
      headers: { ...body.headers, ...headers },
    });
  };

  it('serves XLSX templates with an instructions sheet, and CSV templates', async () => {
    const xlsx = await callAs(app, cycle.admin, { url: '/api/import/templates/all.xlsx' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toContain('templat-impor.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'instansi',
      'unit_kerja',
      'katalog',
      'penugasan',
      'pengguna',
      'petunjuk',
    ]);
    expect(book.getWorksheet('penugasan')?.getRow(1).values).toEqual([
      undefined,
      'periode',
      'kode_output',
      'aturan',
      'kode_instansi',
    ]);
    expect(String(book.getWorksheet('petunjuk')?.getCell('D2').value)).toContain('Petunjuk impor');

    const csv = await callAs(app, cycle.admin, { url: '/api/import/templates/users.csv' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFemail,nama,peran,kode_instansi,aksi,output,periode,bahasa');
    expect((await callAs(app, cycle.admin, { url: '/api/import/templates/all.csv' })).statusCode).toBe(400);
  });

  it('checks by default, refuses a commit with problems (422), commits a clean file', async () => {
    const bad = Buffer.from('kode_instansi,nama\n33.99,Kota Fiktif\n');
    const checked = await upload('/api/import/institutions', 'instansi.csv', bad, { 'accept-language': 'en' });
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toMatchObject({
      dryRun: true,
      committed: false,
      file: { name: 'instansi.csv', rows: 1 },
      problemCount: 1,
      problems: [
        {
          sheet: 'instansi',
          row: 2,
          column: 'kode_instansi',
          message: 'Row 2, column kode_instansi: 33.99 is not a known Kemendagri region code.',
        },
      ],
    });
    const refused = await upload('/api/import/institutions?dryRun=false', 'instansi.csv', bad);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().problems[0].message).toBe(
      'Baris 2, kolom kode_instansi: 33.99 bukan kode wilayah Kemendagri yang dikenal.',
    );

    const path = await workbookFile({
      pengguna: [
        ['email', 'nama', 'peran', 'kode_instansi'],
        ['humas@semarangkota.go.id', 'Humas Semarang', 'publicist', '33.74'],
      ],
    });
    const done = await upload('/api/import/users?dryRun=false', 'pengguna.xlsx', readFileSync(path));
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      committed: true,
      summary: { create: 1, update: 0, unchanged: 0 },
      invitations: [{ email: 'humas@semarangkota.go.id' }],
    });
    const listed = await callAs(app, cycle.admin, { url: '/api/users?q=humas@semarangkota' });
    expect(listed.json().items[0]).toMatchObject({ status: 'invited', roles: ['publicist'] });
  });

  it('tells where to create a period the catalogue names but the database lacks', async () => {
    const sheet = Buffer.from('periode,kode_fokus,nama_fokus\n2027-2028,1,Perizinan\n');
    const checked = await upload('/api/import/catalogue', 'katalog.csv', sheet);
    expect(checked.json().problems[0].message).toContain('/kerja/periode');
    expect(checked.json().problems[0].message).toContain('pantau periods create --code 2027-2028');
  });

  it('refuses a request without a file', async () => {
    const response = await callAs(app, cycle.admin, { method: 'POST', url: '/api/import/users', payload: {} });
    expect(response.statusCode).toBe(415);
  });
});
