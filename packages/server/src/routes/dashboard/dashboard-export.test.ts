/**
 * Dashboard tables downloaded as CSV and XLSX: the same numbers as the JSON endpoints, Indonesian
 * headers, attachments, and lists walked from the database page by page.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { listReports } from '../../db/repositories/dashboard-reports.repository.js';
import { checklistSizes } from '../../db/repositories/evidence-complete.js';
import { walkReports } from '../../services/dashboard/dashboard-reports.service.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, startCycle } from '../../test-support/cycle.js';
import { runDashboardScenario } from '../../test-support/dashboard-scenario.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';

const LONG = 365 * 86_400_000;

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

/** Rows as objects keyed by header. */
function records(rows: (string | number | null)[][]): Record<string, string | number | null>[] {
  const [headers, ...data] = rows;
  return data.map((values) => Object.fromEntries((headers ?? []).map((h, i) => [String(h), values[i] ?? null])));
}

describeEachDatabase('dashboard downloads', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { sessionIdleMs: LONG, sessionMaxMs: LONG });
    cycle = await startCycle(app, database(), clock);
    await runDashboardScenario(app, cycle, clock);
  }, 60_000);
  afterEach(() => app.close());

  const download = (url: string) => callAs(app, cycle.observer, { url });
  const json = async (url: string) => (await callAs(app, cycle.observer, { url })).json();

  it('downloads a breakdown as CSV with the numbers of the JSON endpoint', async () => {
    const response = await download('/api/dashboard/export/breakdown.csv?period=2025-2026&quarter=4&by=output');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain(
      'attachment; filename="pantau-rincian-output-2025-2026-q4.csv"',
    );
    expect(response.body.startsWith('\uFEFFKode,Nama,Induk,Instansi,Capaian (%),Predikat')).toBe(true);
    const rows = records(parseCsv(response.body.slice(1)));
    const expected = (await json('/api/dashboard/breakdown?period=2025-2026&quarter=4&by=output')).rows;
    expect(rows).toHaveLength(expected.length);
    const total = (column: string) => rows.reduce((sum, r) => sum + Number(r[column]), 0);
    // National Triwulan IV: 20 expected, 4 submitted, 3 on time, 2 complete, 2 verified; weight 45, score 590.
    expect([
      total('Target triwulan'),
      total('Dikirim'),
      total('Tepat waktu'),
      total('Bukti lengkap'),
      total('Terverifikasi'),
      total('Bobot jatuh tempo'),
      total('Skor tertimbang'),
    ]).toEqual([20, 4, 3, 2, 2, 45, 590]);
    for (const [i, row] of rows.entries()) {
      const want = expected[i];
      expect([row.Kode, Number(row['Capaian (%)']), row.Predikat, Number(row['Tepat waktu (%)'])]).toEqual([
        want.code,
        want.achievement,
        want.band,
        want.rates.onTime,
      ]);
    }
  });

  it('downloads the trend and the provinces as XLSX with the numbers of the JSON endpoints', async () => {
    const response = await download('/api/dashboard/export/trend.xlsx?period=2025-2026&quarter=4');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as never);
    const sheet = workbook.worksheets[0];
    const values: (string | number | null)[][] = [];
    sheet?.eachRow((row) => values.push((row.values as (string | number | null)[]).slice(1)));
    const trend = records(values);
    const national = await json('/api/dashboard/national?period=2025-2026&quarter=4');
    expect(trend.map((r) => r['Capaian (%)'] ?? null)).toEqual(
      national.trend.map((p: { achievement: number | null }) => p.achievement),
    );
    expect(trend.map((r) => r['Target triwulan'])).toEqual([0, 20, 0, 20]);

    const provinces = await download('/api/dashboard/export/provinces.xlsx?period=2025-2026&quarter=4');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(provinces.rawPayload as never);
    const rows: (string | number | null)[][] = [];
    book.worksheets[0]?.eachRow((row) => rows.push((row.values as (string | number | null)[]).slice(1)));
    expect(records(rows).map((r) => [r.Kode, r['Capaian (%)'], r['Pemprov: Target triwulan']])).toEqual([
      ['33', 15, 0],
      ['35', 11.3, 0],
    ]);
  });

  it('downloads a province view’s trend and types as CSV with the numbers of the JSON endpoint', async () => {
    const query = 'period=2025-2026&quarter=4&province=33';
    const view = await json(`/api/dashboard/provinces/33?period=2025-2026&quarter=4`);
    const trend = await download(`/api/dashboard/export/province-trend.csv?${query}`);
    expect(trend.headers['content-disposition']).toContain('pantau-tren-provinsi-33-2025-2026.csv');
    const trendRows = records(parseCsv(trend.body.slice(1)));
    expect(trendRows.map((r) => [Number(r.Triwulan), Number(r['Target triwulan']), Number(r.Dikirim)])).toEqual(
      view.trend.map((p: { quarter: number; expected: number; submitted: number }) => [
        p.quarter,
        p.expected,
        p.submitted,
      ]),
    );
    const types = records(
      parseCsv((await download(`/api/dashboard/export/province-types.csv?${query}`)).body.slice(1)),
    );
    expect(types.map((r) => [r.Kode, Number(r['Target triwulan']), Number(r['Tepat waktu'])])).toEqual(
      view.byType.map((row: { code: string; expected: number; onTime: number }) => [
        row.code,
        row.expected,
        row.onTime,
      ]),
    );
    expect(types.reduce((sum, r) => sum + Number(r['Target triwulan']), 0)).toBe(view.province.expected);
    const missing = await download('/api/dashboard/export/province-types.csv?period=2025-2026&quarter=4');
    expect(missing.statusCode).toBe(400);
  });

  it('downloads the reports behind a figure, and the warning lists, as the JSON counts them', async () => {
    const reports = parseCsv(
      (await download('/api/dashboard/export/reports.csv?period=2025-2026&quarter=4&submitted=true')).body.slice(1),
    );
    expect(reports[0]?.slice(0, 4)).toEqual(['ID laporan', 'Triwulan', 'Kode instansi', 'Nama instansi']);
    expect(
      records(reports).map((r) => [r['Kode instansi'], r['Kode target'], r['Tepat waktu'], r['Bukti lengkap']]),
    ).toEqual([
      ['33.74', '1.1-TW4', 'ya', 'ya'],
      ['33.74', '2.1-TW4', 'tidak', 'ya'],
      ['35.78', '1.1-TW4', 'ya', 'tidak'],
      ['35.78', '6.1-TW4', 'ya', 'tidak'],
    ]);
    const warning = await json('/api/dashboard/early-warning?period=2025-2026&quarter=4');
    for (const [table, total] of [
      ['not-started', warning.notStarted.total],
      ['late-repeatedly', warning.lateRepeatedly.total],
      ['stuck-in-review', warning.stuckInReview.total],
      ['formality', warning.formality.total],
    ] as const) {
      const rows = parseCsv(
        (await download(`/api/dashboard/export/${table}.csv?period=2025-2026&quarter=4`)).body.slice(1),
      );
      expect(rows.length - 1, table).toBe(total);
    }
    const rankings = records(
      parseCsv((await download('/api/dashboard/export/rankings.csv?period=2025-2026&quarter=4')).body.slice(1)),
    );
    expect(rankings.map((r) => [r.Daftar, r['Kode instansi'], r.Nilai, r.Perubahan])).toEqual([
      ['terbaik', '33.74', '15', ''],
      ['terbaik', '35.78', '11.3', ''],
      ['terburuk', '35.78', '11.3', ''],
      ['terburuk', '33.74', '15', ''],
      ['turun', '35.78', '11.3', '-8.7'],
      ['turun', '33.74', '15', '-8'],
    ]);
  });

  it('walks every report in order, page after page, as one list', async () => {
    const filter = { periodId: cycle.fixture.periodId };
    const walked = [];
    for await (const row of walkReports(database().db, filter, 2)) walked.push(row.id);
    const sizes = await checklistSizes(database().db, cycle.fixture.periodId);
    const all = await listReports(database().db, filter, sizes, { limit: 100 });
    expect(walked).toEqual(all.map((r) => r.id));
    expect(walked).toHaveLength(13);
  });

  it('refuses an unknown table, a missing parameter and a wrong measure with a clear message', async () => {
    expect((await download('/api/dashboard/export/secrets.csv')).statusCode).toBe(400);
    expect((await download('/api/dashboard/export/breakdown.pdf')).statusCode).toBe(400);
    const missing = await download('/api/dashboard/export/institution-outputs.csv');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('institution');
    expect((await download('/api/dashboard/export/breakdown.csv?by=achievement')).statusCode).toBe(400);
    const institution = await download('/api/dashboard/export/institution-outputs.csv?institution=33.74&quarter=4');
    expect(parseCsv(institution.body.slice(1))).toHaveLength(11);
    expect((await callAs(app, cycle.contributor, { url: '/api/dashboard/export/trend.csv' })).statusCode).toBe(403);
  });
});
