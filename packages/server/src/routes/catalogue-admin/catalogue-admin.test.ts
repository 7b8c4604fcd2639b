/** Catalogue and institution administration: PUT by code creates, changes, or — the same again — changes nothing. */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { callAs } from '../../test-support/principals.js';

const P = '/api/periods/2025-2026';

describeEachDatabase('catalogue administration', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
  });
  afterEach(() => app.close());

  const put = (url: string, payload: object) => callAs(app, cycle.admin, { method: 'PUT', url, payload });
  const auditHead = async () =>
    (await database().db.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow()).seq;

  it('creates fokus, aksi, output and target; the same PUT again is unchanged and unaudited', async () => {
    const steps: [string, object][] = [
      [`${P}/fokus/2`, { name: 'Keuangan Negara' }],
      [`${P}/aksi/11`, { fokusCode: '2', name: 'Transparansi pengadaan barang dan jasa' }],
      [`${P}/outputs/11.1`, { name: 'Katalog elektronik daerah' }],
      [
        `${P}/targets/11.1-TW4`,
        {
          successMeasure: 'Tersedianya katalog elektronik daerah',
          evidenceChecklist: ['Surat keputusan', 'Tangkapan layar'],
          weight: 2,
          impact: {
            name: 'Transaksi e-katalog',
            unit: 'transaksi',
            baseline: 0,
            target: 500,
            direction: 'higher',
            source: 'Katalog elektronik',
          },
        },
      ],
    ];
    for (const [url, payload] of steps) {
      const created = await put(url, payload);
      expect(created.statusCode, url).toBe(201);
      expect(created.json().status).toBe('created');
    }
    const head = await auditHead();
    for (const [url, payload] of steps) {
      const again = await put(url, payload);
      expect(again.statusCode, url).toBe(200);
      expect(again.json().status).toBe('unchanged');
    }
    expect(await auditHead()).toBe(head);
    const catalogue = (await callAs(app, cycle.admin, { url: `${P}/catalogue` })).json();
    expect(catalogue.fokus[1]).toMatchObject({
      code: '2',
      aksi: [{ code: '11', outputs: [{ code: '11.1', targets: [{ code: '11.1-TW4', version: 1, weight: 2 }] }] }],
    });
  });

  it('renames, moves an aksi, and revises a target only with a reason', async () => {
    expect((await put(`${P}/fokus/1`, { name: 'Perizinan, Tata Niaga dan Investasi' })).json().status).toBe('updated');
    await put(`${P}/fokus/2`, { name: 'Keuangan Negara' });
    expect((await put(`${P}/aksi/3`, { fokusCode: '2', name: 'Aksi uji 3' })).json()).toMatchObject({
      status: 'updated',
      fokusCode: '2',
    });
    const content = {
      successMeasure: 'Tercapainya target uji 1.1 triwulan 2 (revisi)',
      evidenceChecklist: ['Dokumen laporan'],
      weight: 3,
      impact: null,
    };
    const noReason = await put(`${P}/targets/1.1-TW2`, content);
    expect(noReason.statusCode).toBe(400);
    const revised = await put(`${P}/targets/1.1-TW2`, { ...content, reason: 'Reorganisasi target 2025' });
    expect(revised.json()).toMatchObject({ status: 'updated', version: 2, weight: 3 });
    const versions = (await callAs(app, cycle.admin, { url: `${P}/targets/1.1-TW2/versions` })).json();
    expect(versions.map((v: { reason: string | null }) => v.reason)).toEqual([null, 'Reorganisasi target 2025']);
    expect((await put(`${P}/outputs/12.1`, { name: 'Output tanpa aksi' })).statusCode).toBe(400);
  });

  it('creates institutions from Kemendagri codes with their province, and refuses unknown codes', async () => {
    const cilacap = await put('/api/institutions/33.01', { name: 'Kabupaten Cilacap' });
    expect(cilacap.statusCode).toBe(201);
    expect(cilacap.json()).toEqual({
      code: '33.01',
      name: 'Kabupaten Cilacap',
      type: 'kabupaten',
      provinceCode: '33',
      parentCode: '33',
      status: 'created',
    });
    expect((await put('/api/institutions/33.01', { name: 'Kabupaten Cilacap' })).json().status).toBe('unchanged');
    const unknown = await put('/api/institutions/33.99', { name: 'Kota Fiktif' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe('33.99 bukan kode wilayah Kemendagri yang dikenal.');
    expect((await put('/api/institutions/34.71', { name: 'Kota Yogyakarta' })).json().error.message).toContain(
      'Provinsi 34 belum terdaftar',
    );
    expect(
      (await put('/api/institutions/kemenkeu', { name: 'Kementerian Keuangan', type: 'kl' })).json(),
    ).toMatchObject({ code: 'KEMENKEU', type: 'kl', status: 'created' });
    expect((await put('/api/institutions/35', { name: 'Jawa Timur', type: 'kota' })).statusCode).toBe(400);
  });
});
