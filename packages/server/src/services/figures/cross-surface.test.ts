/**
 * One truth in every figure (issue #18): on one dataset (the dashboard scenario: weights 1–4, a
 * not-applicable claim, late and incomplete reports, two kota), the portal's HTML, the open-data
 * API, the dashboard API, the quarterly PDF's text and the XLSX's cells show the same Capaian,
 * Kepatuhan tepat waktu, Terverifikasi and Instansi dihitung for the nation, one province, one
 * institution and one aksi. Each surface is read as a citizen or an official reads it; the
 * dashboard's numbers are formatted the way that surface formats them. If any surface computed a
 * figure its own way (a mean of institutions, another ratio under the same name), this fails.
 * The same holds for the quality-grade distribution, and for the achievement under the grade-weight
 * rule, which every surface names while it is on.
 */
import { type GradeDistribution, QUALITY_GRADES } from '@pantau/core';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { count, decimal, gradesText, percentText } from '../../documents/document-text.js';
import { formatPercent } from '../../portal/i18n.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, startCycle } from '../../test-support/cycle.js';
import { runDashboardScenario, SCENARIO_END } from '../../test-support/dashboard-scenario.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { pdfTextLines } from '../../test-support/pdf-text.js';
import { callAs } from '../../test-support/principals.js';
import { applyGradeWeight } from './grade-weight.js';

const PERIOD = '2025-2026';

type Grades = GradeDistribution;
const LONG = 365 * 86_400_000;

interface Shown {
  achievement: number | null;
  onTime: number | null;
  verified: number | null;
  institutions?: number;
}

/** The figures a portal page shows in its first figures block (or in the given part of it). */
function portalFigures(html: string): Record<string, string> {
  const figures: Record<string, string> = {};
  for (const match of html.matchAll(/data-figure="([a-z-]+)">([^<]*)</g)) {
    const [, name, text] = match;
    if (name && !(name in figures)) figures[name] = (text ?? '').trim();
  }
  return figures;
}

/** What a portal page should show for figures, formatted as the portal formats them. */
function asPortal(f: Shown): Record<string, string> {
  const shown: Record<string, string> = {
    achievement: formatPercent(f.achievement, 'id'),
    'on-time-rate': formatPercent(f.onTime, 'id'),
    'verified-rate': formatPercent(f.verified, 'id'),
  };
  if (f.institutions !== undefined) shown.institutions = String(f.institutions);
  return shown;
}

/** A dashboard row's figures. */
const ofRow = (row: {
  achievement: number | null;
  rates: { onTime: number | null; verified: number | null };
  institutions?: number;
}): Shown => ({
  achievement: row.achievement,
  onTime: row.rates.onTime,
  verified: row.rates.verified,
  ...(row.institutions === undefined ? {} : { institutions: row.institutions }),
});

describeEachDatabase('one truth in every figure', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  let clock: ReturnType<typeof fixedClock>;

  beforeEach(async () => {
    clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { sessionIdleMs: LONG, sessionMaxMs: LONG });
    cycle = await startCycle(app, database(), clock);
    await runDashboardScenario(app, cycle, clock, { withImpact: true });
    // 2026-01-20: Triwulan II's verification ended long ago; Triwulan IV is still being verified.
    clock.set(SCENARIO_END);
  }, 90_000);
  afterEach(() => app?.close());

  const json = async (url: string, signedIn = true) => {
    const response = signedIn ? await callAs(app, cycle.admin, { url }) : await app.inject(url);
    expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
    return response.json();
  };
  const page = async (url: string) => {
    const response = await app.inject(url);
    expect(response.statusCode, url).toBe(200);
    return response.body;
  };
  const download = async (url: string) => {
    const response = await callAs(app, cycle.admin, { url });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    return response.rawPayload;
  };

  /** Reads every surface at quarter `q` and asserts they agree; returns what each showed. */
  const oneTruth = async (q: number) => {
    const dash = (path: string) =>
      json(`/api/dashboard/${path}${path.includes('?') ? '&' : '?'}period=${PERIOD}&quarter=${q}`);
    const nation = (await dash('national')).headline;
    const province = (await dash('provinces/33')).province;
    const institution = (await dash('institutions/33.74')).quarters.find((f: { quarter: number }) => f.quarter === q);
    const aksi = (await dash('aksi/1')).aksi;
    expect(nation.achievement).not.toBeNull();

    // Open-data API.
    const publicNation = (await json(`/api/public/figures?period=${PERIOD}`, false)).quarters.find(
      (f: { quarter: number }) => f.quarter === q,
    );
    const publicProvince = (await json(`/api/public/figures?period=${PERIOD}&province=33`, false)).quarters.find(
      (f: { quarter: number }) => f.quarter === q,
    );
    const publicInstitution = (await json(`/api/public/institutions/33.74?period=${PERIOD}`, false)).quarters.find(
      (f: { quarter: number }) => f.quarter === q,
    );
    const publicAksi = (await json(`/api/public/aksi/1?period=${PERIOD}`, false)).quarters.find(
      (f: { quarter: number }) => f.quarter === q,
    );
    const fromPublic = (f: {
      achievement: number | null;
      onTimeRate: number | null;
      verifiedRate: number | null;
      institutions?: number;
    }): Shown => ({
      achievement: f.achievement,
      onTime: f.onTimeRate,
      verified: f.verifiedRate,
      ...(f.institutions === undefined ? {} : { institutions: f.institutions }),
    });
    expect(fromPublic(publicNation)).toEqual(ofRow(nation));
    // Dampak tercapai: the scenario's Triwulan II judges 6 impact values, 2 of them reached.
    expect(nation.impact).toEqual({ judged: 6, reached: 2, reachedRate: 33.3, meanShare: 63.4 });
    expect(publicNation.impact).toEqual(nation.impact);
    expect(fromPublic(publicProvince)).toEqual(ofRow(province));
    expect(fromPublic(publicInstitution)).toEqual(ofRow({ ...institution, institutions: undefined }));
    expect(fromPublic(publicAksi)).toEqual(ofRow(aksi));
    expect([publicNation.expected, publicNation.verified, publicNation.onTime]).toEqual([
      nation.expected,
      nation.verified,
      nation.onTime,
    ]);

    // Portal pages, each showing Triwulan II: the latest quarter whose verification has ended.
    const home = await page(`/?period=${PERIOD}`);
    expect(home).toContain(`data-graded-quarter="${q}"`);
    expect(home).toContain('data-progress-quarter="4"');
    expect(portalFigures(home)).toEqual({
      ...asPortal(ofRow(nation)),
      'impact-reached': formatPercent(nation.impact.reachedRate, 'id'),
      'impact-share': formatPercent(nation.impact.meanShare, 'id'),
    });
    const provincePage = await page(`/provinsi/33?period=${PERIOD}`);
    expect(provincePage).toContain(`data-graded-quarter="${q}"`);
    expect(portalFigures(provincePage)).toEqual(asPortal(ofRow(province)));
    const institutionPage = await page(`/instansi/33.74?period=${PERIOD}`);
    expect(institutionPage).toContain(`data-graded-quarter="${q}"`);
    expect(portalFigures(institutionPage)).toEqual(asPortal(ofRow({ ...institution, institutions: undefined })));
    const aksiPage = await page(`/aksi/1?period=${PERIOD}`);
    const aksiRow = aksiPage.match(new RegExp(`<tr data-quarter="${q}">.*?</tr>`))?.[0] ?? '';
    expect(portalFigures(aksiRow)).toEqual(asPortal(ofRow(aksi)));

    // The quarterly PDF: nation summary, the aksi and province tables; the institution's report card.
    const lines = pdfTextLines(await download(`/api/documents/quarterly?period=${PERIOD}&quarter=${q}&format=pdf`));
    expect(lines).toContain(`Capaian nasional | ${decimal(nation.achievement)}`);
    expect(lines).toContain(`Kepatuhan tepat waktu (% diharapkan) | ${percentText(nation.rates.onTime)}`);
    expect(lines).toContain(`Terverifikasi (% diharapkan) | ${percentText(nation.rates.verified)}`);
    expect(lines).toContain(`Instansi dihitung (target jatuh tempo) | ${count(nation.institutions)}`);
    expect(lines).toContain(`Dampak tercapai (% dampak terukur) | ${percentText(nation.impact.reachedRate)}`);
    expect(lines).toContain(`Rata-rata capaian dampak (%) | ${percentText(nation.impact.meanShare)}`);
    const tableLine = (row: typeof aksi) =>
      [row.code, row.name, count(row.institutions), decimal(row.achievement)].join(' | ');
    expect(lines.some((l) => l.startsWith(tableLine(aksi)) && l.includes(percentText(aksi.rates.onTime)))).toBe(true);
    expect(
      lines.some((l) => l.startsWith(tableLine(province)) && l.endsWith(percentText(province.rates.verified))),
    ).toBe(true);
    const card = pdfTextLines(
      await download(`/api/documents/report-card?institution=33.74&period=${PERIOD}&quarter=${q}`),
    );
    expect(card).toContain(`Capaian | ${decimal(institution.achievement)} | ${decimal(nation.achievement)}`);
    expect(card).toContain(
      `Kepatuhan tepat waktu (% diharapkan) | ${percentText(institution.rates.onTime)} | ${percentText(nation.rates.onTime)}`,
    );
    expect(card).toContain(
      `Terverifikasi (% diharapkan) | ${percentText(institution.rates.verified)} | ${percentText(nation.rates.verified)}`,
    );

    // The quarterly XLSX: numbers in cells.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await download(`/api/documents/quarterly?period=${PERIOD}&quarter=${q}&format=xlsx`)) as unknown as ArrayBuffer,
    );
    const rows = (name: string) => {
      const values: unknown[][] = [];
      workbook.getWorksheet(name)?.eachRow((row) => {
        values.push((row.values as unknown[]).slice(1));
      });
      return values;
    };
    const summary = rows('Ringkasan');
    const value = (label: string) => summary.find((r) => r[0] === 'Ringkasan' && r[2] === label)?.[3];
    expect(value('Capaian nasional')).toBe(nation.achievement);
    expect(value('Kepatuhan tepat waktu (%)')).toBe(nation.rates.onTime);
    expect(value('Instansi dihitung (target jatuh tempo)')).toBe(nation.institutions);
    expect(value('Dampak tercapai (%)')).toBe(nation.impact.reachedRate);
    expect(value('Laporan dengan dampak terukur')).toBe(nation.impact.judged);
    // Figure columns: Capaian, Kategori, Instansi, Diharapkan, Terkirim, Tepat waktu, Lengkap, Terverifikasi,
    // Tidak berlaku, Terkirim (%), Kepatuhan tepat waktu (%), Lengkap (%), Terverifikasi (%).
    const cells = (row: unknown[] | undefined, from: number) =>
      row && { achievement: row[from], institutions: row[from + 2], onTime: row[from + 10], verified: row[from + 12] };
    const expected = (f: Shown) => ({
      achievement: f.achievement ?? undefined,
      institutions: f.institutions,
      onTime: f.onTime ?? undefined,
      verified: f.verified ?? undefined,
    });
    expect(
      cells(
        rows('Fokus & Aksi').find((r) => r[1] === 'aksi' && r[2] === '1'),
        5,
      ),
    ).toEqual(expected(ofRow(aksi)));
    expect(
      cells(
        rows('Provinsi').find((r) => r[1] === '33'),
        3,
      ),
    ).toEqual(expected(ofRow(province)));
    const own = rows('Instansi per band').find((r) => r[1] === '33.74');
    expect(cells(own, 5)).toEqual(expected({ ...ofRow(institution), institutions: 1 }));

    return {
      nation,
      province,
      institution,
      aksi,
      publicNation,
      home,
      provincePage,
      institutionPage,
      aksiPage,
      lines,
      card,
      rows,
    };
  };

  it('shows the same numbers on the portal, the open data, the dashboards, the PDF and the XLSX', async () => {
    const { home } = await oneTruth(2);
    expect(home).not.toContain('bobot mutu');
  }, 120_000);

  it('shows the same quality grades for the nation, a province, an institution and an aksi everywhere', async () => {
    const q = 2;
    const shown = await oneTruth(q);
    const { nation, province, institution, aksi } = shown;
    // The scenario's Triwulan II: administratif, terlaksana and berdampak reports, in two provinces' kota.
    expect(nation.grades.graded).toBeGreaterThan(0);
    expect(nation.grades.administratif).toBeGreaterThan(0);
    expect(nation.grades.graded).toBe(nation.verified - nation.notApplicable);
    const triple = (g: Grades) => `${g.administratif}/${g.terlaksana}/${g.berdampak}`;

    // Open data: the same distributions.
    const publicOf = async (url: string) =>
      (await json(url, false)).quarters.find((f: { quarter: number }) => f.quarter === q).grades as Grades;
    expect(await publicOf(`/api/public/figures?period=${PERIOD}`)).toEqual(nation.grades);
    expect(await publicOf(`/api/public/figures?period=${PERIOD}&province=33`)).toEqual(province.grades);
    expect(await publicOf(`/api/public/institutions/33.74?period=${PERIOD}`)).toEqual(institution.grades);
    expect(await publicOf(`/api/public/aksi/1?period=${PERIOD}`)).toEqual(aksi.grades);

    // Portal: the grades block of each page (the aksi page: the quarter's row).
    const firstBar = (html: string) => html.match(/class="grade-bar(?:__none)?"[^>]*data-grades="([\d/]+)"/)?.[1];
    expect(firstBar(shown.home)).toBe(triple(nation.grades));
    expect(firstBar(shown.provincePage)).toBe(triple(province.grades));
    expect(firstBar(shown.institutionPage)).toBe(triple(institution.grades));
    const aksiRow = shown.aksiPage.match(new RegExp(`<tr data-quarter="${q}">.*?</tr>`))?.[0] ?? '';
    expect(firstBar(aksiRow)).toBe(triple(aksi.grades));
    expect(shown.institutionPage).toContain('Mutu laporan terverifikasi');

    // The quarterly PDF: the nation in words, the aksi and province rows; the report card: the institution.
    const text = shown.lines.join(' ');
    expect(text).toContain(`Nasional: ${gradesText(nation.grades)}`);
    const gradeLine = (code: string, name: string, g: Grades) =>
      [
        code,
        name,
        ...QUALITY_GRADES.map((grade) => `${count(g[grade])} (${percentText(g.shares[grade])})`),
        count(g.graded),
      ].join(' | ');
    expect(shown.lines).toContain(gradeLine(aksi.code, aksi.name, aksi.grades));
    expect(shown.lines).toContain(gradeLine(province.code, province.name, province.grades));
    expect(shown.card.join(' ')).toContain(`Mutu laporan terverifikasi Triwulan II: ${gradesText(institution.grades)}`);

    // The quarterly XLSX: counts and shares in cells.
    const quality = shown.rows('Kualitas');
    const cellsOf = (level: string, code: string) => quality.find((r) => r[1] === level && r[2] === code)?.slice(4);
    const expected = (g: Grades) => [
      ...QUALITY_GRADES.map((grade) => g[grade]),
      g.graded,
      ...QUALITY_GRADES.map((grade) => g.shares[grade] ?? undefined),
    ];
    expect(cellsOf('Nasional', 'ID')).toEqual(expected(nation.grades));
    expect(cellsOf('Aksi', '1')).toEqual(expected(aksi.grades));
    expect(cellsOf('Provinsi', '33')).toEqual(expected(province.grades));
    expect(cellsOf('Instansi', '33.74')).toEqual(expected(institution.grades));
  }, 120_000);

  it('with the grade-weight rule on, every surface shows the same weighted achievement and says so', async () => {
    const q = 2;
    const before = (await json(`/api/dashboard/national?period=${PERIOD}&quarter=${q}`)).headline;
    expect(before.grades.administratif).toBeGreaterThan(0);
    expect(await applyGradeWeight(database(), { administratif: 0.5 }, clock)).toBe(true);
    const shown = await oneTruth(q);
    // Administratif scores now count half: the achievement falls, and is the same everywhere (above).
    expect(shown.nation.achievement).toBeLessThan(before.achievement);
    expect(shown.nation.grades).toEqual(before.grades);
    const label = 'dengan bobot mutu: administratif × 0,5';
    expect((await json(`/api/dashboard/national?period=${PERIOD}&quarter=${q}`)).gradeWeight).toEqual({
      administratif: 0.5,
    });
    expect((await json(`/api/public/figures?period=${PERIOD}`, false)).gradeWeight).toEqual({ administratif: 0.5 });
    for (const html of [shown.home, shown.provincePage, shown.institutionPage, shown.aksiPage]) {
      expect(html).toContain(`Capaian ${label}`);
    }
    expect(shown.lines.join(' ')).toContain(`Capaian ${label}`);
    expect(shown.card.join(' ')).toContain(`Capaian ${label}`);
    const summary = shown.rows('Ringkasan');
    expect(summary.find((r) => r[2] === 'Bobot mutu pada capaian')?.[3]).toBe(label);
    const svg = (await app.inject(`/kartu/33.74.svg?period=${PERIOD}&quarter=${q}&size=square`)).body;
    expect(svg).toContain(`Capaian ${label}`);

    // Off again: the figures return to what they were.
    expect(await applyGradeWeight(database(), { administratif: 1 }, clock)).toBe(true);
    expect((await json(`/api/dashboard/national?period=${PERIOD}&quarter=${q}`)).headline.achievement).toBe(
      before.achievement,
    );
  }, 180_000);
});
