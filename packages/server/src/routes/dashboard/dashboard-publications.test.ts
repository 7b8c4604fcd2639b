/**
 * Publications counted in the dashboards: only published ones dated within the quarter, by kind,
 * by institution type and by province (its government with its kabupaten/kota), and how many
 * republish a media-kit material.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import {
  addCoordinationInstitutions,
  coordinationApi,
  PNG,
  uploadAttachment,
} from '../../test-support/coordination.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal } from '../../test-support/principals.js';

describeEachDatabase('publications in the dashboards', (database) => {
  let app: FastifyInstance;
  let api: ReturnType<typeof coordinationApi>;
  let admin: Principal;

  beforeEach(async () => {
    const clock = fixedClock('2026-11-27T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    await loadFixture(database());
    await addCoordinationInstitutions(database());
    admin = await createPrincipal(app, database(), clock, { name: 'admin setnas', roles: ['admin'] });
    api = coordinationApi(app);

    const publicist = (institutionCode: string) =>
      createPrincipal(app, database(), clock, {
        name: `humas ${institutionCode}`,
        roles: ['publicist'],
        institutionCode,
      });
    const jateng = await publicist(FIXTURE_INSTITUTIONS.jateng);
    const cilacap = await publicist('33.01');
    const semarang = await publicist(FIXTURE_INSTITUTIONS.semarang);
    const surabaya = await publicist(FIXTURE_INSTITUTIONS.surabaya);
    const kemendagri = await publicist(FIXTURE_INSTITUTIONS.kemendagri);

    const material = await api.material(admin, {
      kind: 'infographic',
      title: 'Capaian aksi perizinan Triwulan VIII',
      description: 'Bagikan dengan tagar #CegahKorupsi.',
      attachmentId: await uploadAttachment(app, admin, 'infografis.png', PNG),
      period: '2025-2026',
      aksi: ['1'],
    });
    expect(material.statusCode).toBe(201);

    const publish = async (as: Principal, kind: string, publishedOn: string, extra: object = {}) => {
      const response = await api.publish(as, {
        kind,
        title: `Publikasi ${kind} ${publishedOn}`,
        url: 'https://example.go.id/publikasi',
        publishedOn,
        ...extra,
      });
      expect(response.statusCode).toBe(201);
    };
    // Quarter VIII of 2025–2026 runs 2026-10-01..2026-12-31.
    await publish(jateng, 'berita', '2026-10-01');
    await publish(jateng, 'infografis', '2026-11-01', { status: 'draft' });
    await publish(cilacap, 'infografis', '2026-11-20', { materialId: material.json().id });
    await publish(cilacap, 'video', '2026-09-30');
    await publish(semarang, 'media_sosial', '2026-11-27');
    await publish(semarang, 'berita', '2026-11-02', { status: 'draft' });
    await publish(surabaya, 'berita', '2026-11-10');
    await publish(kemendagri, 'video', '2026-11-05');
  });
  afterEach(() => app.close());

  const counts = async (quarter: number) => {
    const response = await callAs(app, admin, {
      url: `/api/dashboard/publications?period=2025-2026&quarter=${quarter}`,
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('counts the published publications of the quarter by kind, type and province', async () => {
    expect(await counts(8)).toEqual({
      period: '2025-2026',
      quarter: 8,
      label: 'Triwulan VIII',
      today: '2026-11-27',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
      total: 5,
      fromMaterials: 1,
      byKind: { berita: 2, infografis: 1, video: 1, media_sosial: 1 },
      byType: { kl: 1, provinsi: 1, kabupaten: 1, kota: 2 },
      byProvince: [
        { code: '33', name: 'Provinsi Jawa Tengah', count: 3 },
        { code: '34', name: 'Provinsi Daerah Istimewa Yogyakarta', count: 0 },
        { code: '35', name: 'Provinsi Jawa Timur', count: 1 },
      ],
    });
  });

  it('counts a publication in the quarter its date falls in', async () => {
    expect(await counts(7)).toMatchObject({
      total: 1,
      fromMaterials: 0,
      byKind: { berita: 0, infografis: 0, video: 1, media_sosial: 0 },
      byType: { kl: 0, provinsi: 0, kabupaten: 1, kota: 0 },
      byProvince: [
        { code: '33', count: 1 },
        { code: '34', count: 0 },
        { code: '35', count: 0 },
      ],
    });
  });

  it('answers 404 for a period that does not exist', async () => {
    const response = await callAs(app, admin, { url: '/api/dashboard/publications?period=2099-2100&quarter=1' });
    expect(response.statusCode).toBe(404);
  });
});
