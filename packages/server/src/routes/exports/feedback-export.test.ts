/** The feedback export: the staff list's rows, scopes and filters, as CSV and XLSX, sender details for admin only. */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { CsvParser } from '../../services/import/csv-reader.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { insertTestFeedback } from '../../test-support/feedback.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { ANONYMOUS, callAs, createPrincipal, type Principal } from '../../test-support/principals.js';

const { semarang, surabaya } = FIXTURE_INSTITUTIONS;
const SENDER_HEADERS = ['nama_pengirim', 'email_pengirim', 'telepon_pengirim'];

/** A CSV export read back with the import's own reader: one object per row, keyed by header. */
function csvRecords(body: string): { headers: string[]; rows: Record<string, string>[] } {
  const records: string[][] = [];
  const parser = new CsvParser((cells) => records.push(cells));
  parser.push(body.replace(/^\uFEFF/, ''));
  parser.end();
  const [headers = [], ...rows] = records;
  return { headers, rows: rows.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']))) };
}

describeEachDatabase('feedback export', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  const tickets: Record<string, string> = {};

  beforeEach(async () => {
    // 1 July 2025: an answer due on 20 June is overdue, one due on 10 July is not.
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
    const add = async (key: string, spec: Parameters<typeof insertTestFeedback>[1]) => {
      tickets[key] = (await insertTestFeedback(database(), spec)).ticket;
    };
    await add('submitted', { institutionCode: semarang, status: 'submitted', at: '2025-06-01T01:00:00.000Z' });
    await add('rejected', { institutionCode: semarang, status: 'rejected', at: '2025-06-02T01:00:00.000Z' });
    await add('overdue', {
      institutionCode: semarang,
      status: 'forwarded',
      dueOn: '2025-06-20',
      at: '2025-06-10T01:00:00.000Z',
    });
    await add('answered', {
      institutionCode: semarang,
      status: 'answered',
      published: true,
      answer: 'Sudah ditindaklanjuti, petugas "loket 3" diberi teguran.',
      at: '2025-06-11T01:00:00.000Z',
    });
    await add('surabaya', {
      institutionCode: surabaya,
      status: 'forwarded',
      dueOn: '2025-07-10',
      at: '2025-06-12T01:00:00.000Z',
    });
  });
  afterEach(() => app.close());

  const exportAs = async (who: Principal, query = '', format = 'csv') => {
    const response = await callAs(app, who, { url: `/api/exports/feedback.${format}${query}` });
    expect(response.statusCode).toBe(200);
    return response;
  };
  const ticketsOf = async (who: Principal, query = '') =>
    csvRecords((await exportAs(who, query)).body).rows.map((row) => row.tiket);

  it('gives admin every item, newest first, with the status, dates, overdue flag and the sender', async () => {
    const response = await exportAs(cycle.admin);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('aduan.csv');
    expect(response.headers['transfer-encoding']).toBe('chunked');
    const { headers, rows } = csvRecords(response.body);
    expect(headers).toEqual([
      'tiket',
      'jenis',
      'status',
      'terlambat',
      'kode_instansi',
      'nama_instansi',
      'periode',
      'kode_aksi',
      'kode_output',
      'pesan',
      'pesan_publik',
      'diterima',
      'dimoderasi',
      'alasan_moderasi',
      'diteruskan',
      'batas_jawab',
      'sisa_hari_kerja',
      'dijawab',
      'jawaban',
      'dipublikasikan',
      ...SENDER_HEADERS,
    ]);
    expect(rows.map((row) => row.tiket)).toEqual([
      tickets.surabaya,
      tickets.answered,
      tickets.overdue,
      tickets.rejected,
      tickets.submitted,
    ]);
    // Working days left to answer: forwarded items only; negative once late.
    expect(rows.map((row) => (row.sisa_hari_kerja === '' ? '' : Math.sign(Number(row.sisa_hari_kerja))))).toEqual([
      1,
      '',
      -1,
      '',
      '',
    ]);
    expect(rows.map((row) => `${row.status} ${row.terlambat}`)).toEqual([
      'forwarded tidak',
      'answered tidak',
      'forwarded ya',
      'rejected tidak',
      'submitted tidak',
    ]);
    expect(rows[1]).toMatchObject({
      kode_instansi: semarang,
      nama_instansi: 'Kota Semarang',
      jenis: 'pengaduan',
      diterima: '2025-06-11T01:00:00.000Z',
      diteruskan: '2025-06-11T01:00:00.000Z',
      dijawab: '2025-06-11T01:00:00.000Z',
      batas_jawab: '2025-07-10',
      jawaban: 'Sudah ditindaklanjuti, petugas "loket 3" diberi teguran.',
      dipublikasikan: 'ya',
      nama_pengirim: 'Warga Uji',
      email_pengirim: 'warga.uji@contoh.id',
      telepon_pengirim: '0811111111',
    });
    expect(rows[3]?.alasan_moderasi).toBe('Bukan tentang aksi pencegahan korupsi');
  });

  it('gives a focal point only what was forwarded to its institution, without the sender', async () => {
    const response = await exportAs(cycle.focalPoint);
    const { headers, rows } = csvRecords(response.body);
    for (const header of SENDER_HEADERS) expect(headers).not.toContain(header);
    expect(response.body).not.toContain('Warga Uji');
    expect(response.body).not.toContain('warga.uji@contoh.id');
    expect(rows.map((row) => row.tiket)).toEqual([tickets.answered, tickets.overdue]);
    // Asking for another institution or for unforwarded items changes nothing beyond its own scope.
    expect(await ticketsOf(cycle.focalPoint, `?institution=${surabaya}`)).toEqual([tickets.answered, tickets.overdue]);
    expect(await ticketsOf(cycle.focalPoint, '?status=submitted')).toEqual([]);
    expect(await ticketsOf(cycle.otherFocalPoint)).toEqual([tickets.surabaya]);
    // An observer reads all, but is no moderator: no sender either.
    const observer = csvRecords((await exportAs(cycle.observer)).body);
    expect(observer.rows).toHaveLength(5);
    expect(observer.headers).not.toContain('nama_pengirim');
  });

  it('applies the list filters', async () => {
    expect(await ticketsOf(cycle.admin, '?status=forwarded')).toEqual([tickets.surabaya, tickets.overdue]);
    expect(await ticketsOf(cycle.admin, '?overdue=true')).toEqual([tickets.overdue]);
    expect(await ticketsOf(cycle.admin, `?institution=${surabaya}`)).toEqual([tickets.surabaya]);
    expect(await ticketsOf(cycle.admin, '?institution=99.99')).toEqual([]);
    expect(await ticketsOf(cycle.focalPoint, '?overdue=true')).toEqual([tickets.overdue]);
    const named = await exportAs(cycle.admin, `?institution=${semarang}&status=forwarded&overdue=true`);
    expect(named.headers['content-disposition']).toContain(`aduan-${semarang}-forwarded-terlambat.csv`);
    expect((await callAs(app, cycle.admin, { url: '/api/exports/feedback.csv?status=lost' })).statusCode).toBe(400);
  });

  it('writes the same rows as XLSX', async () => {
    const response = await exportAs(cycle.focalPoint, '', 'xlsx');
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain('aduan.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('aduan');
    const values = (sheet?.getSheetValues() ?? []).slice(1).map((row) => (row as unknown[]).slice(1));
    const [headers = [], ...rows] = values;
    expect(headers).toHaveLength(20);
    expect(headers).not.toContain('nama_pengirim');
    const column = (name: string) => rows.map((row) => row[headers.indexOf(name)]);
    expect(column('tiket')).toEqual([tickets.answered, tickets.overdue]);
    expect(column('terlambat')).toEqual(['tidak', 'ya']);
    expect(column('jawaban')).toEqual(['Sudah ditindaklanjuti, petugas "loket 3" diberi teguran.', undefined]);

    const admin = new ExcelJS.Workbook();
    await admin.xlsx.load((await exportAs(cycle.admin, '', 'xlsx')).rawPayload as unknown as ArrayBuffer);
    const adminRows = (admin.getWorksheet('aduan')?.getSheetValues() ?? []).slice(1);
    expect(adminRows).toHaveLength(6);
    expect((adminRows[0] as unknown[]).slice(-3)).toEqual(SENDER_HEADERS);
    expect((adminRows[1] as unknown[]).slice(-3)).toEqual(['Warga Uji', 'warga.uji@contoh.id', '0811111111']);
  });

  it('refuses callers without feedback.read', async () => {
    const publicist = await createPrincipal(app, database(), fixedClock('2025-07-01T03:00:00.000Z'), {
      name: 'humas',
      roles: ['publicist'],
      institutionCode: semarang,
    });
    expect((await callAs(app, publicist, { url: '/api/exports/feedback.csv' })).statusCode).toBe(403);
    expect((await callAs(app, cycle.contributor, { url: '/api/exports/feedback.xlsx' })).statusCode).toBe(403);
    expect((await callAs(app, ANONYMOUS, { url: '/api/exports/feedback.csv' })).statusCode).toBe(401);
  });
});
