/**
 * Recognition (apresiasi) over real verified data: the public API and the portal page agree with
 * the core rule, a quarter still being verified is refused, the certificate PDF names the
 * institution and its code, and the code resolves to the portal page — a changed code does not.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { pdfTextLines } from '../../test-support/pdf-text.js';
import { createPrincipal, type Principal } from '../../test-support/principals.js';

type Grade = 'administratif' | 'terlaksana' | 'berdampak';

describeEachDatabase('recognition', (database) => {
  let app: FastifyInstance;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    const cycle: Cycle = await startCycle(app, database(), clock);
    const surabaya: Principal = await createPrincipal(app, database(), clock, {
      name: 'pic surabaya',
      roles: ['contributor'],
      institutionCode: FIXTURE_INSTITUTIONS.surabaya,
    });
    const api = cycleApi(app);
    const accept = async (contributor: Principal, focal: Principal, target: string, score: number, grade: Grade) => {
      const opened = (await api.open(contributor, target)).json();
      await api.upload(contributor, opened.id, 'laporan.pdf', PDF, 0);
      const sent = (await api.move(focal, opened.id, { action: 'submit', version: opened.version })).json();
      const done = await api.move(cycle.admin, opened.id, {
        action: 'accept',
        version: sent.version,
        score,
        qualityGrade: grade,
      });
      expect(done.json().state, done.body).toBe('accepted');
    };
    // Kota Semarang: strong in Triwulan II, fewer results by Triwulan IV.
    await accept(cycle.contributor, cycle.focalPoint, '1.1-TW2', 90, 'berdampak');
    await accept(cycle.contributor, cycle.focalPoint, '2.1-TW2', 80, 'berdampak');
    await accept(cycle.contributor, cycle.focalPoint, '1.1-TW4', 100, 'berdampak');
    // Kota Surabaya: administrative in Triwulan II, with impact in Triwulan IV.
    await accept(surabaya, cycle.otherFocalPoint, '1.1-TW2', 90, 'administratif');
    await accept(surabaya, cycle.otherFocalPoint, '2.1-TW4', 100, 'berdampak');
    await accept(surabaya, cycle.otherFocalPoint, '3.1-TW4', 100, 'berdampak');
    // Verification of Triwulan I–IV 2025 has ended; Triwulan V is still open.
    clock.set('2026-03-01T03:00:00.000Z');
  });
  afterEach(() => app.close());

  it('recognises the best and the most improved per type by the documented rule', async () => {
    const response = await app.inject('/api/public/recognition?period=2025-2026&quarter=4');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      period: '2025-2026',
      quarter: 4,
      scope: 'quarter',
      comparedWith: { period: '2025-2026', quarter: 3 },
      gradedQuarters: [1, 2, 3, 4],
    });
    const rows = body.entries.map((e: Record<string, unknown>) => [
      e.category,
      e.type,
      e.place,
      (e.institution as { name: string }).name,
      e.merit,
    ]);
    // Σ score ÷ 20 targets due by Triwulan IV: Semarang 270/20 = 13.5 × 1.0; Surabaya 290/20 = 14.5 × 0.833.
    // Against Triwulan III (as Triwulan II: 170/10 × 1.0 = 17 and 90/10 × 0.5 = 4.5) only Surabaya rose.
    expect(rows).toEqual([
      ['best', 'kota', 1, 'Kota Semarang', 13.5],
      ['best', 'kota', 2, 'Kota Surabaya', 12.1],
      ['improved', 'kota', 1, 'Kota Surabaya', 12.1],
    ]);
    expect(body.entries[2]).toMatchObject({ previousMerit: 4.5, improvement: 7.6, quality: 0.833 });

    const q2 = (await app.inject('/api/public/recognition?period=2025-2026&quarter=2')).json();
    expect(
      q2.entries.map((e: { institution: { name: string }; merit: number }) => [e.institution.name, e.merit]),
    ).toEqual([
      ['Kota Semarang', 17],
      ['Kota Surabaya', 4.5],
    ]);
    const q3 = (await app.inject('/api/public/recognition?period=2025-2026&quarter=3')).json();
    expect(q3.entries.filter((e: { category: string }) => e.category === 'best')).toHaveLength(2);

    const period = (await app.inject('/api/public/recognition?period=2025-2026')).json();
    expect(period).toMatchObject({ scope: 'period', quarter: 4, comparedWith: null });
    expect(period.entries[0].code).toMatch(/^AP-20252026-P4-[0-9A-Z]{8}$/);

    const open = await app.inject('/api/public/recognition?period=2025-2026&quarter=5');
    expect(open.statusCode).toBe(400);
  });

  it('shows the recognition page with choices by name, a certificate and a code that verifies', async () => {
    const page = await app.inject('/apresiasi?period=2025-2026&quarter=4');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<option value="4" selected>Triwulan IV</option>');
    expect(page.body).toContain('Periode 2025-2026 (s.d. Triwulan IV)');
    expect(page.body).toContain('data-recognised="33.74"');
    const home = await app.inject('/');
    expect(home.body).toContain('href="/apresiasi"');

    const { entries } = (await app.inject('/api/public/recognition?period=2025-2026&quarter=4')).json();
    const first = entries[0];
    expect(page.body).toContain(first.certificateUrl);
    const pdf = await app.inject(first.certificateUrl);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfTextLines(pdf.rawPayload).join('\n');
    expect(text).toContain('Kota Semarang');
    expect(text).toContain(first.code);
    expect(text).toContain(`/apresiasi/verifikasi/${first.code}`);
    // Once the writes have settled a download is answered from the cache before the route runs
    // (http/public-cache.ts): still a named file.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await app.inject(first.certificateUrl);
    for (const download of [pdf, await app.inject(first.certificateUrl)]) {
      expect(download.headers['content-disposition']).toContain(`sertifikat-apresiasi-`);
    }

    const verified = await app.inject(first.verifyUrl);
    expect(verified.statusCode).toBe(200);
    expect(verified.body).toContain('Sertifikat ini sah');
    expect(verified.body).toContain('Kota Semarang');
    const viaForm = await app.inject(`/apresiasi/verifikasi?kode=${first.code.toLowerCase()}`);
    expect(viaForm.statusCode).toBe(303);
    expect(viaForm.headers.location).toBe(`/apresiasi/verifikasi/${first.code}`);

    const last = first.code.at(-1) === 'A' ? 'B' : 'A';
    const tampered = `${first.code.slice(0, -1)}${last}`;
    const refused = await app.inject(`/apresiasi/verifikasi/${tampered}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.body).toContain('tidak ditemukan');
    expect(refused.body).not.toContain('Sertifikat ini sah');
    expect((await app.inject(`/apresiasi/sertifikat/${tampered}.pdf`)).statusCode).toBe(404);
    expect((await app.inject('/apresiasi/verifikasi/BUKAN-KODE')).statusCode).toBe(404);
  });
});
