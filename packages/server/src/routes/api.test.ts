import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../seed/demo-seed.js';
import { buildTestApp, TEST_NOW, testBlobStore } from '../test-support/app.js';
import { describeEachDatabase } from '../test-support/databases.js';

// The tests only read: the demo dataset is loaded once per engine.
describeEachDatabase(
  'public catalogue API',
  (database) => {
    let app: FastifyInstance;
    beforeAll(async () => {
      await seedDemo(database(), {
        asOf: new Date(TEST_NOW),
        password: 'kata-sandi-contoh-yang-panjang',
        blobs: testBlobStore(),
      });
      app = await buildTestApp(database());
    });
    afterAll(() => app.close());

    it('reports health with a database round trip', async () => {
      const response = await app.inject('/api/health');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'ok', database: database().dialect.name, time: TEST_NOW });
    });

    it('labels the demo dataset', async () => {
      expect((await app.inject('/api/instance')).json()).toMatchObject({ name: 'Pantau', demo: true });
    });

    it('lists periods with quarters numbered across the period and their deadlines', async () => {
      const periods = (await app.inject('/api/periods')).json();
      expect(periods.map((p: { code: string }) => p.code)).toEqual(['2025-2026', '2023-2024']);
      const active = periods[0];
      expect(active.currentQuarter).toBe(8);
      expect(active.quarters[4]).toMatchObject({
        number: 5,
        label: 'Triwulan V',
        startsOn: '2026-01-01',
        deadline: '2026-04-10',
      });
      expect(active.quarters.map((q: { status: string }) => q.status)).toEqual([
        'closed',
        'closed',
        'closed',
        'closed',
        'closed',
        'closed',
        // Triwulan VII's verification has ended, but the secretariat has not closed it yet.
        'open',
        'open',
      ]);
    });

    it('serves the catalogue tree of a period', async () => {
      const catalogue = (await app.inject('/api/periods/2025-2026/catalogue')).json();
      expect(catalogue.fokus.map((f: { name: string }) => f.name)).toEqual([
        'Perizinan dan Tata Niaga',
        'Keuangan Negara',
        'Penegakan Hukum dan Reformasi Birokrasi',
      ]);
      const outputs = catalogue.fokus.flatMap((f: any) => f.aksi.flatMap((a: any) => a.outputs));
      expect(outputs).toHaveLength(40);
      const allProvinces = outputs.find((o: any) => o.rules.some((r: any) => r.kind === 'all_provinces'));
      expect(allProvinces.institutionCount).toBe(38);
      expect(allProvinces.targets[0].evidenceChecklist.length).toBeGreaterThan(0);
    });

    it('answers an unknown period with 404 in the caller’s language', async () => {
      const id = await app.inject('/api/periods/2031-2032/catalogue');
      expect(id.statusCode).toBe(404);
      expect(id.json().error).toMatchObject({ code: 'not_found', message: 'Periode 2031-2032 tidak ditemukan.' });
      const en = await app.inject({ url: '/api/periods/2031-2032', headers: { 'accept-language': 'en-US,en;q=0.9' } });
      expect(en.json().error.message).toBe('Period 2031-2032 not found.');
      expect(en.json().error.requestId).toBe(en.headers['x-request-id']);
    });

    it('searches institutions by name, type and province, page by page', async () => {
      const search = (await app.inject('/api/institutions?q=semarang')).json();
      expect(search.items.map((i: { code: string }) => i.code)).toEqual(['33.22', '33.74']);
      const byCode = (await app.inject('/api/institutions?q=33.74')).json();
      expect(byCode.items.map((i: { code: string }) => i.code)).toEqual(['33.74']);
      const jatengKota = (await app.inject('/api/institutions?type=kota&province=33')).json();
      expect(jatengKota.total).toBe(6);
      const words = (await app.inject('/api/institutions?q=kab%20bandung')).json();
      expect(words.items.map((i: { name: string }) => i.name)).toEqual([
        'Kabupaten Bandung',
        'Kabupaten Bandung Barat',
      ]);
      const chosen = (await app.inject('/api/institutions?codes=33.74,32,33.74,99.99')).json();
      expect(chosen.items.map((i: { code: string }) => i.code)).toEqual(['32', '33.74']);
      const page2 = (await app.inject('/api/institutions?type=kabupaten&limit=100&offset=400')).json();
      expect(page2).toMatchObject({ total: 416, limit: 100, offset: 400 });
      expect(page2.items).toHaveLength(16);
    });

    it('refuses a malformed query with the field named', async () => {
      const response = await app.inject('/api/institutions?type=desa&limit=0');
      expect(response.statusCode).toBe(400);
      const error = response.json().error;
      expect(error.code).toBe('invalid_input');
      expect(error.details.map((d: { path: string }) => d.path)).toEqual(
        expect.arrayContaining(['querystring.type', 'querystring.limit']),
      );
    });

    it('shows an institution with its province and assigned outputs', async () => {
      const detail = (await app.inject('/api/institutions/33.74')).json();
      expect(detail).toMatchObject({
        name: 'Kota Semarang',
        type: 'kota',
        parent: { code: '33', name: 'Provinsi Jawa Tengah' },
      });
      expect(detail.assignments.length).toBeGreaterThan(0);
      const province = (await app.inject('/api/institutions/33')).json();
      expect(province.childCount).toBe(35);
      expect((await app.inject('/api/institutions/99.99')).statusCode).toBe(404);
    });
  },
  { shared: true },
);
