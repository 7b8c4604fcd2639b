/**
 * The generated reports against the dashboard: the quarterly report, the semester report and an
 * institution's report card are rendered from a fixture through the API, their text read back out
 * of the (compressed) PDF and their cells out of the XLSX, and every figure compared with what
 * `/api/dashboard/…` answers for the same quarter — and a few with figures worked out by hand.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { buildTestApp } from '../test-support/app.js';
import { acceptedReport, type Cycle, cycleApi, PDF, startCycle } from '../test-support/cycle.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../test-support/fixture.js';
import { pdfTextLines } from '../test-support/pdf-text.js';
import { callAs, createPrincipal, type Principal } from '../test-support/principals.js';
import { bandName, count, decimal, percentText } from './document-text.js';
import { SHEETS } from './national-xlsx.js';

const PERIOD = '2025-2026';

describeEachDatabase('generated reports', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  /**
   * Triwulan II: Semarang has 1.1 accepted at 80 and 2.1 at 60 (grade terlaksana) and 3.1 submitted;
   * Surabaya has 1.1 accepted at 95 (berdampak). Every target weighs 1 and each city carries ten
   * in the quarter, so achievement is Semarang 14.0, Surabaya 9.5, nation (140 + 95) / 20 = 11.8.
   * The quarter is then closed with a sample of two, one of them checked and confirmed.
   */
  beforeEach(async () => {
    clock.set('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
    const api = cycleApi(app);
    await acceptedReport(app, cycle, '1.1-TW2', 80);
    await acceptedReport(app, cycle, '2.1-TW2', 60);
    const third = (await api.open(cycle.contributor, '3.1-TW2')).json();
    await api.upload(cycle.contributor, third.id, 'laporan.pdf', PDF, 0);
    await api.move(cycle.focalPoint, third.id, { action: 'submit', version: third.version });

    const pic = await createPrincipal(app, database(), clock, {
      name: 'pic surabaya',
      roles: ['contributor'],
      institutionCode: FIXTURE_INSTITUTIONS.surabaya,
    });
    const opened = (await api.open(pic, '1.1-TW2')).json();
    await api.upload(pic, opened.id, 'laporan.pdf', PDF, 0);
    const submitted = (
      await api.move(cycle.otherFocalPoint, opened.id, { action: 'submit', version: opened.version })
    ).json();
    await api.move(cycle.admin, opened.id, {
      action: 'accept',
      version: submitted.version,
      score: 95,
      qualityGrade: 'berdampak',
    });
    const closed = await callAs(app, cycle.admin, {
      method: 'POST',
      url: `/api/periods/${PERIOD}/quarters/2/close`,
      payload: { sampleSize: 2 },
    });
    const first = closed.json().items[0];
    await callAs(app, cycle.admin, {
      method: 'POST',
      url: `/api/reports/${first.reportId}/field-check`,
      payload: { result: 'confirmed' },
    });
  });
  afterEach(() => app?.close());

  const json = async (as: Principal, url: string) => {
    const response = await callAs(app, as, { url });
    expect(response.statusCode, url).toBe(200);
    return response.json();
  };
  const download = async (as: Principal, url: string, type: string) => {
    const response = await callAs(app, as, { url });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="pantau-/);
    return response.rawPayload;
  };
  const PDF_TYPE = 'application/pdf';
  const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  it('renders the quarterly report as PDF with the dashboard figures of the quarter', async () => {
    const national = await json(cycle.admin, `/api/dashboard/national?period=${PERIOD}&quarter=2`);
    const aksi = await json(cycle.admin, `/api/dashboard/breakdown?period=${PERIOD}&quarter=2&by=aksi`);
    const warnings = await json(cycle.admin, `/api/dashboard/early-warning?period=${PERIOD}&quarter=2&days=14`);
    const h = national.headline;
    expect(h).toMatchObject({ achievement: 11.8, expected: 20, submitted: 4, verified: 3, bands: { kurang: 2 } });

    const pdf = await download(
      cycle.observer,
      `/api/documents/quarterly?period=${PERIOD}&quarter=2&format=pdf`,
      PDF_TYPE,
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const lines = pdfTextLines(pdf);
    expect(lines.join(' ')).toContain(`Laporan Pelaksanaan Aksi Pencegahan Korupsi Triwulan II Periode ${PERIOD}`);
    // Summary, row by row, against the dashboard's headline.
    expect(lines).toContain(`Capaian nasional | ${decimal(h.achievement)}`);
    expect(lines).toContain('Capaian nasional | 11,8');
    expect(lines).toContain(`Kategori capaian | ${bandName(h.band)}`);
    expect(lines).toContain(`Instansi dihitung (target jatuh tempo) | ${count(h.institutions)}`);
    expect(lines).toContain(`Laporan diharapkan | ${count(h.expected)}`);
    expect(lines).toContain(`Terkirim (% diharapkan) | ${percentText(h.rates.submitted)}`);
    expect(lines).toContain(`Kepatuhan tepat waktu (% diharapkan) | ${percentText(h.rates.onTime)}`);
    expect(lines).toContain(`Data dukung lengkap (% diharapkan) | ${percentText(h.rates.complete)}`);
    expect(lines).toContain(`Terverifikasi (% diharapkan) | ${percentText(h.rates.verified)}`);
    expect(lines).toContain('Terverifikasi (% diharapkan) | 15,0 %');
    expect(lines).toContain(`Instansi kategori Kurang | ${count(h.bands.kurang)}`);
    // Trend rows, one per quarter.
    for (const point of national.trend) {
      expect(lines).toContain(
        `${point.label} | ${decimal(point.achievement)} | ${count(point.expected)} | ${percentText(point.rates.submitted)} | ${percentText(point.rates.onTime)} | ${percentText(point.rates.verified)}`,
      );
    }
    // Every aksi row of the fokus & aksi table.
    for (const row of aksi.rows) {
      expect(lines).toContain(
        [
          row.code,
          row.name,
          count(row.institutions),
          decimal(row.achievement),
          bandName(row.band),
          count(row.expected),
          percentText(row.rates.submitted),
          percentText(row.rates.onTime),
          percentText(row.rates.verified),
        ].join(' | '),
      );
    }
    // Aksi 1: Semarang 80 and Surabaya 95 over two targets due.
    expect(lines).toContain('1 | Aksi uji 1 | 2 | 87,5 | Baik | 2 | 100,0 % | 100,0 % | 100,0 %');
    // Institutions by band.
    expect(lines).toContain('Kurang (2 instansi)');
    expect(lines).toContain('33.74 | Kota Semarang | Kota | 14,0 | 30,0 % | 30,0 % | 20,0 %');
    expect(lines).toContain('35.78 | Kota Surabaya | Kota | 9,5 | 10,0 % | 10,0 % | 10,0 %');
    // Early warnings: the same totals as the dashboard.
    expect(lines.find((l) => l.startsWith('Target belum dimulai menjelang tenggat'))).toMatch(
      new RegExp(`\\| ${warnings.notStarted.total}$`),
    );
    expect(lines.find((l) => l.startsWith('Laporan menunggu verifikasi'))).toMatch(
      new RegExp(`\\| ${warnings.stuckInReview.total}$`),
    );
    // Quality grades and field verification.
    expect(lines).toContain('ID | Nasional | 0 (0,0 %) | 2 (66,7 %) | 1 (33,3 %) | 3');
    expect(lines.join(' ')).toContain(
      'Nasional: Administratif 0 (0,0 %) · Terlaksana 2 (66,7 %) · Berdampak 1 (33,3 %)',
    );
    expect(lines).toContain('Sampel | 2');
    expect(lines).toContain('Sudah diperiksa | 1');
    expect(lines).toContain('Sesuai | 1');
  });

  it('writes the quarterly report as XLSX whose cells hold the dashboard figures', async () => {
    const national = await json(cycle.admin, `/api/dashboard/national?period=${PERIOD}&quarter=2`);
    const aksi = await json(cycle.admin, `/api/dashboard/breakdown?period=${PERIOD}&quarter=2&by=aksi`);
    const semarang = await json(cycle.admin, `/api/dashboard/institutions/33.74?period=${PERIOD}&quarter=2`);
    const xlsx = await download(
      cycle.admin,
      `/api/documents/quarterly?period=${PERIOD}&quarter=2&format=xlsx`,
      XLSX_TYPE,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...SHEETS]);
    const rows = (name: string) => {
      const values: unknown[][] = [];
      workbook.getWorksheet(name)?.eachRow((row) => {
        values.push((row.values as unknown[]).slice(1));
      });
      return values;
    };

    const summary = rows('Ringkasan');
    const value = (label: string) => summary.find((r) => r[0] === 'Ringkasan' && r[2] === label)?.[3];
    const h = national.headline;
    expect(value('Capaian nasional')).toBe(h.achievement);
    expect(value('Capaian nasional')).toBe(11.8);
    expect(value('Laporan diharapkan')).toBe(h.expected);
    expect(value('Laporan terkirim')).toBe(h.submitted);
    expect(value('Laporan tepat waktu')).toBe(h.onTime);
    expect(value('Laporan dengan data dukung lengkap')).toBe(h.complete);
    expect(value('Laporan terverifikasi')).toBe(h.verified);
    expect(value('Kepatuhan tepat waktu (%)')).toBe(h.rates.onTime);
    expect(value('Instansi kategori Kurang')).toBe(h.bands.kurang);

    const catalogue = rows('Fokus & Aksi');
    expect(catalogue[0]?.slice(0, 6)).toEqual(['Triwulan', 'Tingkat', 'Kode', 'Nama', 'Induk', 'Capaian']);
    for (const row of aksi.rows) {
      const cells = catalogue.find((r) => r[1] === 'aksi' && r[2] === row.code);
      expect(cells?.slice(5, 14)).toEqual([
        row.achievement,
        bandName(row.band),
        row.institutions,
        row.expected,
        row.submitted,
        row.onTime,
        row.complete,
        row.verified,
        row.notApplicable,
      ]);
    }
    const fokus = catalogue.find((r) => r[1] === 'fokus');
    expect(fokus?.[5]).toBe(national.byFokus[0].achievement);

    const institutions = rows('Instansi per band');
    const own = institutions.find((r) => r[1] === '33.74');
    const q2 = semarang.quarters.find((q: { quarter: number }) => q.quarter === 2);
    expect(own?.slice(5, 8)).toEqual([q2.achievement, bandName(q2.band), 1]);
    expect(own?.[5]).toBe(14);

    // The quality sheet: the dashboard's grade counts and shares, the nation first.
    const quality = rows('Kualitas');
    expect(quality.find((r) => r[1] === 'Nasional')).toEqual([
      'Triwulan II 2025-2026',
      'Nasional',
      'ID',
      'Nasional',
      ...[
        national.headline.grades.administratif,
        national.headline.grades.terlaksana,
        national.headline.grades.berdampak,
      ],
      national.headline.grades.graded,
      ...[0, 2, 1].map((n) => (n === 0 ? 0 : Math.round((1000 * n) / 3) / 10)),
    ]);
    expect(national.headline.grades).toMatchObject({ administratif: 0, terlaksana: 2, berdampak: 1, graded: 3 });
    // The institutions' counts add up to the nation's.
    const institutionRows = quality.filter((r) => r[1] === 'Instansi');
    expect([4, 5, 6, 7].map((i) => institutionRows.reduce((sum, r) => sum + Number(r[i] ?? 0), 0))).toEqual([
      0, 2, 1, 3,
    ]);
    const field = rows('Verifikasi lapangan').slice(1);
    expect(field).toHaveLength(2);
    expect(field.map((r) => r[5]).sort()).toEqual(['diperiksa', 'menunggu']);
    expect(rows('Peringatan dini').length).toBeGreaterThan(4);
  });

  it("renders an institution's report card with the dashboard's figures, for its own focal point only", async () => {
    const view = await json(cycle.admin, `/api/dashboard/institutions/33.74?period=${PERIOD}&quarter=2`);
    const national = await json(cycle.admin, `/api/dashboard/national?period=${PERIOD}&quarter=2`);
    const url = `/api/documents/report-card?institution=33.74&period=${PERIOD}&quarter=2`;
    expect((await callAs(app, cycle.otherFocalPoint, { url })).statusCode).toBe(404);
    expect((await callAs(app, cycle.contributor, { url })).statusCode).toBe(403);
    expect((await callAs(app, cycle.admin, { url: url.replace('33.74', '99.99') })).statusCode).toBe(404);

    const lines = pdfTextLines(await download(cycle.focalPoint, url, PDF_TYPE));
    const own = view.quarters.find((q: { quarter: number }) => q.quarter === 2);
    const h = national.headline;
    expect(lines).toContain(`Rapor Instansi Triwulan II ${PERIOD}`);
    expect(lines).toContain('Kota Semarang (33.74)');
    expect(lines).toContain(`Capaian | ${decimal(own.achievement)} | ${decimal(h.achievement)}`);
    expect(lines).toContain('Capaian | 14,0 | 11,8');
    expect(lines).toContain(`Kategori | ${bandName(own.band)} | ${bandName(h.band)}`);
    expect(lines).toContain(`Laporan diharapkan | ${count(own.expected)} | ${count(h.expected)}`);
    expect(lines).toContain(
      `Kepatuhan tepat waktu (% diharapkan) | ${percentText(own.rates.onTime)} | ${percentText(h.rates.onTime)}`,
    );
    expect(lines).toContain(
      `Terverifikasi (% diharapkan) | ${percentText(own.rates.verified)} | ${percentText(h.rates.verified)}`,
    );
    expect(lines).toContain('1.1-TW2 | 1.1 Output uji 1.1 | – | Diterima | 1 Juli 2025 | Ya | 80 | Terlaksana');
    expect(lines).toContain('3.1-TW2 | 3.1 Output uji 3.1 | – | Terkirim | 1 Juli 2025 | Ya | – | –');
    expect(lines).toContain('4.1-TW2 | 4.1 Output uji 4.1 | – | Belum dibuat | – | – | – | –');
  });

  it('covers both quarters of a semester', async () => {
    const first = await json(cycle.admin, `/api/dashboard/national?period=${PERIOD}&quarter=1`);
    const second = await json(cycle.admin, `/api/dashboard/national?period=${PERIOD}&quarter=2`);
    const lines = pdfTextLines(
      await download(cycle.admin, `/api/documents/semester?period=${PERIOD}&semester=1&format=pdf`, PDF_TYPE),
    );
    expect(lines.join(' ')).toContain(`Laporan Pelaksanaan Aksi Pencegahan Korupsi Semester 1 Periode ${PERIOD}`);
    expect(lines).toContain('Ukuran | Triwulan I | Triwulan II');
    expect(lines).toContain(
      `Capaian nasional | ${decimal(first.headline.achievement)} | ${decimal(second.headline.achievement)}`,
    );
    expect(lines).toContain('Capaian nasional | – | 11,8');
    expect(lines).toContain(
      `Laporan diharapkan | ${count(first.headline.expected)} | ${count(second.headline.expected)}`,
    );

    const xlsx = await download(
      cycle.admin,
      `/api/documents/semester?period=${PERIOD}&semester=1&format=xlsx`,
      XLSX_TYPE,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const quarters = new Set<string>();
    workbook.getWorksheet('Ringkasan')?.eachRow((row, n) => {
      const cells = (row.values as unknown[]).slice(1);
      if (n > 1 && cells[0] === 'Ringkasan') quarters.add(String(cells[1]));
    });
    expect([...quarters]).toEqual(['Triwulan I 2025-2026', 'Triwulan II 2025-2026']);
  });

  it('refuses the national reports to institution roles and checks the query', async () => {
    const url = `/api/documents/quarterly?period=${PERIOD}&quarter=2`;
    expect((await callAs(app, cycle.focalPoint, { url })).statusCode).toBe(403);
    expect((await callAs(app, cycle.verifier, { url })).statusCode).toBe(403);
    expect((await callAs(app, cycle.admin, { url: `${url}&format=docx` })).statusCode).toBe(400);
    expect(
      (await callAs(app, cycle.admin, { url: '/api/documents/quarterly?period=2031-2032&quarter=2' })).statusCode,
    ).toBe(404);
  });
});
