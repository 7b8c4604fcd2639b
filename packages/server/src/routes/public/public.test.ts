import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { acceptedReport, type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { callAs } from '../../test-support/principals.js';

const HOME = FIXTURE_INSTITUTIONS.semarang;

describeEachDatabase('public API', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { holidays: ['2025-12-31'] });
    cycle = await startCycle(app, database(), clock);
    await acceptedReport(app, cycle, '1.1-TW2', 80);
    await acceptedReport(app, cycle, '2.1-TW2', 60);
    // Submitted, not verified: counts nowhere in public.
    const api = cycleApi(app);
    const open = (await api.open(cycle.contributor, '3.1-TW2')).json();
    await api.upload(cycle.contributor, open.id, 'laporan.pdf', PDF, 0);
    await api.move(cycle.focalPoint, open.id, { action: 'submit', version: open.version });
  });
  afterEach(() => app.close());

  it('computes the public figures from accepted reports only', async () => {
    const list = (await app.inject(`/api/public/institutions?q=${HOME}`)).json();
    expect(list).toMatchObject({ period: '2025-2026', total: 1 });
    const [semarang] = list.items;
    const q2 = semarang.quarters.find((q: { quarter: number }) => q.quarter === 2);
    // Ten targets due by Triwulan II; two accepted (80 and 60); the submitted one counts 0.
    expect(q2).toEqual({
      quarter: 2,
      label: 'Triwulan II',
      achievement: 14,
      band: 'kurang',
      weightDue: 10,
      weightedScore: 140,
      expected: 10,
      // Kepatuhan tepat waktu counts every report first submitted by the deadline: a time the system
      // records, the same number as on the dashboard (issue #18); what it says stays private until verified.
      onTime: 3,
      onTimeRate: 30,
      verified: 2,
      verifiedOnTime: 2,
      notApplicable: 0,
      verifiedRate: 20,
      // Both accepted reports were graded terlaksana.
      grades: {
        administratif: 0,
        terlaksana: 2,
        berdampak: 0,
        graded: 2,
        shares: { administratif: 0, terlaksana: 100, berdampak: 0 },
      },
      lastVerifiedAt: '2025-07-01T03:00:00.000Z',
    });
    expect(semarang.quarters.find((q: { quarter: number }) => q.quarter === 4).achievement).toBe(7);
    // The internal figures count the submission; the public ones publish only its time (on time or not).
    const internal = (await cycleApi(app).performance(cycle.admin, HOME)).json();
    expect(internal.quarters.find((q: { quarter: number }) => q.quarter === 2).submitted).toBe(3);
    expect(internal.quarters.find((q: { quarter: number }) => q.quarter === 2).onTime).toBe(3);
    expect(JSON.stringify(list)).not.toContain('submitted');

    const detail = (await app.inject(`/api/public/institutions/${HOME}?period=2025-2026`)).json();
    expect(detail.institution).toMatchObject({ code: HOME, parent: { code: '33' } });
    expect(detail.targets).toHaveLength(20);
    const verified = detail.targets.filter((t: { verified: unknown }) => t.verified !== null);
    expect(verified.map((t: { target: { code: string } }) => t.target.code)).toEqual(['1.1-TW2', '2.1-TW2']);
    expect(verified[0].verified).toMatchObject({ score: 80, qualityGrade: 'terlaksana', evidence: [] });
  });

  it('serves an aksi page, search and holidays', async () => {
    const aksi = (await app.inject('/api/public/aksi/1')).json();
    expect(aksi).toMatchObject({
      period: '2025-2026',
      aksi: { code: '1', name: 'Aksi uji 1' },
      outputs: [{ code: '1.1', institutionCount: 2 }],
      total: 1,
      results: [{ institution: { code: HOME }, targetCode: '1.1-TW2', score: 80, quarter: 2 }],
    });
    expect(aksi.quarters).toEqual([
      {
        quarter: 2,
        label: 'Triwulan II',
        expected: 2,
        verified: 1,
        meanScore: 80,
        achievement: 40,
        band: 'kurang',
        institutions: 2,
        onTime: 1,
        onTimeRate: 50,
        verifiedRate: 50,
        grades: {
          administratif: 0,
          terlaksana: 1,
          berdampak: 0,
          graded: 1,
          shares: { administratif: 0, terlaksana: 100, berdampak: 0 },
        },
      },
      {
        quarter: 4,
        label: 'Triwulan IV',
        expected: 2,
        verified: 0,
        meanScore: null,
        achievement: 20,
        band: 'kurang',
        institutions: 2,
        onTime: 0,
        onTimeRate: 0,
        verifiedRate: 0,
        grades: {
          administratif: 0,
          terlaksana: 0,
          berdampak: 0,
          graded: 0,
          shares: { administratif: null, terlaksana: null, berdampak: null },
        },
      },
    ]);
    expect((await app.inject('/api/public/aksi/3')).json().total).toBe(0);
    expect((await app.inject('/api/public/aksi/42')).statusCode).toBe(404);

    const found = (await app.inject('/api/public/search?q=33.74')).json();
    expect(found.institutions.map((i: { code: string }) => i.code)).toEqual([HOME]);
    const byName = (await app.inject('/api/public/search?q=uji%2010')).json();
    expect(byName.aksi).toEqual([{ period: '2025-2026', code: '10', name: 'Aksi uji 10' }]);
    expect((await app.inject('/api/public/search?q=k')).statusCode).toBe(400);

    const holidays = (await app.inject('/api/public/holidays?year=2025')).json().items;
    expect(holidays).toHaveLength(18);
    expect(holidays[0]).toEqual({ date: '2025-01-01', name: 'Tahun Baru 2025 Masehi', kind: 'national' });
    expect(holidays.at(-1)).toMatchObject({ date: '2025-12-31', kind: 'config' });
  });

  it('lets admin keep the holiday list, audited', async () => {
    const put = await callAs(app, cycle.admin, {
      method: 'PUT',
      url: '/api/holidays/2026-03-20',
      payload: { name: 'Cuti bersama Idul Fitri 1447 H', kind: 'collective_leave' },
    });
    expect(put.json()).toEqual({
      date: '2026-03-20',
      name: 'Cuti bersama Idul Fitri 1447 H',
      kind: 'collective_leave',
    });
    const year = (await app.inject('/api/public/holidays?year=2026')).json().items;
    expect(year.find((h: { date: string }) => h.date === '2026-03-20')).toMatchObject({ kind: 'collective_leave' });
    const removed = await callAs(app, cycle.admin, { method: 'DELETE', url: '/api/holidays/2026-03-20' });
    expect(removed.statusCode).toBe(200);
    expect((await callAs(app, cycle.admin, { method: 'DELETE', url: '/api/holidays/2026-03-20' })).statusCode).toBe(
      404,
    );
    expect(
      (await callAs(app, cycle.focalPoint, { method: 'DELETE', url: '/api/holidays/2026-12-25' })).statusCode,
    ).toBe(403);
    const actions = await database()
      .db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'holiday')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['holiday.add', 'holiday.remove']);
  });

  it('downloads every table as CSV and XLSX', async () => {
    const csv = await app.inject('/api/public/institutions?format=csv&quarter=2');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="pantau-instansi-2025-2026.csv"; filename*=UTF-8''pantau-instansi-2025-2026.csv`,
    );
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'period,institution_code,institution_name,type,province_code,quarter,quarter_label,achievement,band,' +
        'weight_due,weighted_score,expected,on_time,on_time_rate,' +
        'verified,verified_on_time,not_applicable,verified_rate,last_verified_at',
    );
    // Five institutions, Triwulan II only.
    expect(lines).toHaveLength(6);
    expect(lines).toContain(
      '2025-2026,33.74,Kota Semarang,kota,33,2,Triwulan II,14,kurang,10,140,10,3,30,2,2,0,20,2025-07-01T03:00:00.000Z',
    );

    const xlsx = await app.inject(`/api/public/institutions/${HOME}?format=xlsx`);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Target');
    expect(sheet?.getRow(1).getCell(5).value).toBe('target_code');
    expect(sheet?.rowCount).toBe(21);
    expect(sheet?.getRow(2).values).toEqual(expect.arrayContaining(['1.1-TW2', 80, 'terlaksana', 'ya']));

    for (const url of ['/api/public/periods', '/api/public/aksi/1', '/api/public/holidays', '/api/public/feedback']) {
      const response = await app.inject(`${url}?format=csv`);
      expect(response.statusCode, url).toBe(200);
      expect(response.body.startsWith('\uFEFF'), url).toBe(true);
    }
    expect((await app.inject('/api/public/institutions?format=csv&period=2031-2032')).statusCode).toBe(404);
  });

  it('opens public reads to every origin, and nothing else', async () => {
    const origin = { origin: 'https://data.example.org' };
    const read = await app.inject({ url: '/api/public/periods', headers: origin });
    expect(read.headers['access-control-allow-origin']).toBe('*');
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();
    expect(read.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(read.headers['access-control-expose-headers']).toContain('etag');

    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/public/institutions?q=semarang',
      headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');

    const internal = await app.inject({ url: '/api/periods', headers: origin });
    expect(internal.headers['access-control-allow-origin']).toBeUndefined();
    const write = await app.inject({ method: 'POST', url: '/api/public/feedback', headers: origin, payload: {} });
    expect(write.statusCode).toBe(400);
    expect(write.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('tags public reads with an ETag, answers 304 while unchanged, and caches for a minute', async () => {
    const first = await app.inject('/api/public/institutions');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await app.inject({ url: '/api/public/institutions', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);

    const download = await app.inject('/api/public/institutions?format=csv');
    const tag = download.headers.etag as string;
    expect(
      (await app.inject({ url: '/api/public/institutions?format=csv', headers: { 'if-none-match': tag } })).statusCode,
    ).toBe(304);

    // A verification changes the data: both are answered in full again, with new tags.
    await acceptedReport(app, cycle, '4.1-TW2', 90);
    const changed = await app.inject({ url: '/api/public/institutions', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    const redownload = await app.inject({
      url: '/api/public/institutions?format=csv',
      headers: { 'if-none-match': tag },
    });
    expect(redownload.statusCode).toBe(200);

    const missing = await app.inject('/api/public/institutions/99.99');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expect(missing.headers.etag).toBeUndefined();
    expect(missing.headers['access-control-allow-origin']).toBe('*');

    const challenge = await app.inject('/api/public/feedback/challenge');
    expect(challenge.headers['cache-control']).toBe('no-store');
    expect(challenge.headers.etag).toBeUndefined();
  });

  it('serves public evidence of an accepted report with its hash, and nothing else', async () => {
    const api = cycleApi(app);
    const open = (await api.open(cycle.contributor, '5.1-TW2')).json();
    const upload = (isPublic: boolean, index: number) =>
      callAs(app, cycle.contributor, {
        method: 'POST',
        url: `/api/reports/${open.id}/evidence?checklistIndex=${index}&public=${isPublic}`,
        payload: Buffer.concat([
          Buffer.from(
            '--b\r\nContent-Disposition: form-data; name="file"; filename="bukti.pdf"\r\nContent-Type: application/pdf\r\n\r\n',
          ),
          PDF,
          Buffer.from(`${index}\r\n--b--\r\n`),
        ]),
        headers: { 'content-type': 'multipart/form-data; boundary=b' },
      });
    const shown = (await upload(true, 0)).json();
    const hidden = (await upload(false, 1)).json();
    const file = (id: number) => app.inject(`/api/public/evidence/${id}/file`);
    // Not yet accepted: neither is public.
    expect((await file(shown.id)).statusCode).toBe(404);
    let version = (await api.get(cycle.focalPoint, open.id)).json().version;
    await api.move(cycle.focalPoint, open.id, { action: 'submit', version });
    version = (await api.get(cycle.admin, open.id)).json().version;
    await api.move(cycle.admin, open.id, { action: 'accept', version, score: 70, qualityGrade: 'administratif' });

    const download = await file(shown.id);
    expect(download.statusCode).toBe(200);
    expect(download.headers['x-content-sha256']).toBe(shown.sha256);
    expect(download.headers.etag).toBe(`"${shown.sha256}"`);
    expect(download.headers['access-control-allow-origin']).toBe('*');
    const cached = await app.inject({
      url: `/api/public/evidence/${shown.id}/file`,
      headers: { 'if-none-match': `"${shown.sha256}"` },
    });
    expect(cached.statusCode).toBe(304);
    expect((await file(hidden.id)).statusCode).toBe(404);

    const page = (await app.inject(`/api/public/institutions/${HOME}`)).json();
    const target = page.targets.find((t: { target: { code: string } }) => t.target.code === '5.1-TW2');
    expect(target.verified.evidence).toEqual([
      expect.objectContaining({
        id: shown.id,
        sha256: shown.sha256,
        checklistItem: 'Dokumen laporan',
        downloadUrl: `/api/public/evidence/${shown.id}/file`,
      }),
    ]);

    // Reopened by admin: no longer verified, so no longer public.
    version = (await api.get(cycle.admin, open.id)).json().version;
    await api.move(cycle.admin, open.id, { action: 'reopen', version, reason: 'Temuan verifikasi lapangan' });
    expect((await file(shown.id)).statusCode).toBe(404);
  });
});
