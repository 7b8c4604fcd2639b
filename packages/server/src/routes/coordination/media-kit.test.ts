/**
 * The media kit through the API: admin publishes an infographic; publicists download it and record
 * their republications; the material's page shows the reach by province. Drafts of publications
 * stay within their institution.
 */
import { createHash } from 'node:crypto';
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
import { PDF } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal } from '../../test-support/principals.js';

describeEachDatabase('media kit and publications', (database) => {
  let app: FastifyInstance;
  let api: ReturnType<typeof coordinationApi>;
  let admin: Principal;
  let people: Record<string, Principal>;

  beforeEach(async () => {
    const clock = fixedClock('2026-11-27T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    await loadFixture(database());
    await addCoordinationInstitutions(database());
    const make = (name: string, role: 'focal_point' | 'publicist' | 'contributor', institutionCode: string) =>
      createPrincipal(app, database(), clock, { name, roles: [role], institutionCode });
    admin = await createPrincipal(app, database(), clock, { name: 'admin setnas', roles: ['admin'] });
    people = {
      pubSemarang: await make('humas semarang', 'publicist', '33.74'),
      pubCilacap: await make('humas cilacap', 'publicist', '33.01'),
      pubSurabaya: await make('humas surabaya', 'publicist', '35.78'),
      fpSurabaya: await make('inspektorat surabaya', 'focal_point', '35.78'),
      picSemarang: await make('pic semarang', 'contributor', '33.74'),
      verifier: await createPrincipal(app, database(), clock, {
        name: 'ahli',
        roles: ['verifier'],
        verifierAksi: ['1'],
      }),
    };
    api = coordinationApi(app);
  });
  afterEach(() => app.close());

  async function infographic(): Promise<number> {
    const file = await uploadAttachment(app, admin, 'Infografis Stranas PK TW VIII.png', PNG);
    const material = await api.material(admin, {
      kind: 'infographic',
      title: 'Capaian aksi perizinan Triwulan VIII',
      description: 'Bagikan dengan tagar #CegahKorupsi.',
      attachmentId: file,
      period: '2025-2026',
      aksi: ['1', '3'],
    });
    expect(material.statusCode).toBe(201);
    return material.json().id as number;
  }

  it('counts republications of a downloaded infographic by province', async () => {
    const id = await infographic();
    const { pubSemarang, pubCilacap, pubSurabaya } = people as Record<string, Principal>;

    // A publicist finds the material by aksi and downloads it.
    const found = (await api.get(pubSemarang as Principal, '/api/media-kit?aksi=3&kind=infographic')).json();
    expect(found.items.map((m: { id: number }) => m.id)).toEqual([id]);
    expect(found.items[0]).toMatchObject({ period: '2025-2026', aksi: ['1', '3'], file: { mimeType: 'image/png' } });
    expect((await api.get(pubSemarang as Principal, '/api/media-kit?aksi=13')).json().total).toBe(0);
    const download = await api.get(pubSemarang as Principal, `/api/media-kit/${id}/file`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect(download.headers['x-content-sha256']).toBe(createHash('sha256').update(PNG).digest('hex'));

    // Three Humas republish it, two in Jawa Tengah and one in Jawa Timur; one keeps a draft.
    const republish = (as: Principal, extra: object = {}) =>
      api.publish(as, {
        kind: 'infografis',
        title: 'Capaian perizinan di daerah kami',
        url: 'https://instagram.com/p/cegahkorupsi',
        publishedOn: '2026-11-27',
        materialId: id,
        ...extra,
      });
    const recorded = await republish(pubSemarang as Principal);
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({
      institution: { code: '33.74' },
      material: { id, title: 'Capaian aksi perizinan Triwulan VIII' },
      period: '2025-2026',
      aksi: ['1', '3'],
      status: 'published',
    });
    await republish(pubCilacap as Principal);
    await republish(pubSurabaya as Principal);
    const draft = await republish(pubSurabaya as Principal, { status: 'draft', title: 'Draf video pendek' });
    expect(draft.json().status).toBe('draft');

    // The material's page shows the reach by province; drafts do not count.
    const page = (await api.get(admin, `/api/media-kit/${id}`)).json();
    expect(page.publications).toBe(3);
    expect(page.reach).toEqual({
      publications: 3,
      institutions: 3,
      byProvince: [
        { provinceCode: '33', provinceName: 'Provinsi Jawa Tengah', publications: 2, institutions: 2 },
        { provinceCode: '35', provinceName: 'Provinsi Jawa Timur', publications: 1, institutions: 1 },
      ],
    });

    // Publishing the draft adds to the reach.
    const published = await callAs(app, pubSurabaya as Principal, {
      method: 'POST',
      url: `/api/publications/${draft.json().id}/publish`,
    });
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: '2026-11-27T03:00:00.000Z' });
    const again = await callAs(app, pubSurabaya as Principal, {
      method: 'POST',
      url: `/api/publications/${draft.json().id}/publish`,
    });
    expect(again.statusCode).toBe(409);
    const reach = (await api.get(admin, `/api/media-kit/${id}`)).json().reach;
    expect(reach.byProvince[1]).toMatchObject({ provinceCode: '35', publications: 2, institutions: 1 });

    const actions = (await api.get(admin, '/api/audit?limit=50')).json().map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['mediakit.publish', 'publication.create', 'publication.publish']));
  });

  it('keeps drafts within their institution and writes only as a publicist of one’s own institution', async () => {
    const { pubSemarang, pubSurabaya, fpSurabaya, picSemarang, verifier } = people as Record<string, Principal>;
    const evidence = await uploadAttachment(app, pubSurabaya as Principal, 'Siaran Pers.pdf', PDF);
    const draft = await api.publish(pubSurabaya as Principal, {
      kind: 'berita',
      title: 'Draf siaran pers MPP Surabaya',
      attachmentId: evidence,
      publishedOn: '2026-11-26',
      period: '2025-2026',
      aksi: ['2'],
      status: 'draft',
    });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id as number;

    // Another province's publicist neither lists nor opens the draft, nor its file; its own institution does.
    expect((await api.get(pubSemarang as Principal, '/api/publications')).json().total).toBe(0);
    expect((await api.get(pubSemarang as Principal, `/api/publications/${id}`)).statusCode).toBe(404);
    expect((await api.get(pubSemarang as Principal, `/api/publications/${id}/file`)).statusCode).toBe(404);
    expect(
      (await callAs(app, pubSemarang as Principal, { method: 'POST', url: `/api/publications/${id}/publish` }))
        .statusCode,
    ).toBe(404);
    expect((await api.get(fpSurabaya as Principal, `/api/publications/${id}`)).statusCode).toBe(200);
    expect((await api.get(fpSurabaya as Principal, `/api/publications/${id}/file`)).statusCode).toBe(200);
    expect((await api.get(admin, '/api/publications?status=draft')).json().total).toBe(1);
    expect((await api.get(verifier as Principal, `/api/publications/${id}`)).statusCode).toBe(200);

    // Writing is for publicists, with their own uploads, about real aksi.
    const payload = {
      kind: 'berita',
      title: 'Berita',
      url: 'https://semarangkota.go.id/berita',
      publishedOn: '2026-11-26',
    };
    expect((await api.publish(picSemarang as Principal, payload)).statusCode).toBe(403);
    expect((await api.publish(admin, payload)).statusCode).toBe(403);
    expect(
      (await api.publish(pubSemarang as Principal, { ...payload, attachmentId: evidence, url: undefined })).statusCode,
    ).toBe(400);
    expect(
      (await api.publish(pubSemarang as Principal, { ...payload, period: '2025-2026', aksi: ['42'] })).statusCode,
    ).toBe(400);
    expect((await api.publish(pubSemarang as Principal, { ...payload, materialId: 999 })).statusCode).toBe(400);
    expect(
      (
        await api.publish(pubSemarang as Principal, {
          kind: 'berita',
          title: 'Tanpa tautan',
          publishedOn: '2026-11-26',
        })
      ).statusCode,
    ).toBe(400);

    // Once published, every signed-in role sees it.
    await callAs(app, pubSurabaya as Principal, { method: 'POST', url: `/api/publications/${id}/publish` });
    expect((await api.get(pubSemarang as Principal, `/api/publications/${id}`)).statusCode).toBe(200);
    expect((await api.get(picSemarang as Principal, '/api/publications?institution=35.78')).json().total).toBe(1);
  });

  it('checks materials: an infographic needs an image, a video a link, aksi must exist', async () => {
    const pdf = await uploadAttachment(app, admin, 'Logo.pdf', PDF);
    const base = { title: 'Materi', period: '2025-2026', aksi: [] };
    expect((await api.material(admin, { ...base, kind: 'infographic', attachmentId: pdf })).statusCode).toBe(400);
    expect((await api.material(admin, { ...base, kind: 'video' })).statusCode).toBe(400);
    expect(
      (await api.material(admin, { ...base, kind: 'video', url: 'https://youtu.be/stranaspk', aksi: ['42'] }))
        .statusCode,
    ).toBe(400);
    expect((await api.material(admin, { ...base, kind: 'logo_guidance', attachmentId: pdf })).statusCode).toBe(201);
    const press = await api.material(admin, {
      ...base,
      kind: 'press_release',
      description: 'JAKARTA — Stranas PK mencatat kemajuan aksi perizinan di 38 provinsi.',
    });
    expect(press.json()).toMatchObject({ file: null, reach: { publications: 0, byProvince: [] } });
    expect((await api.get(admin, `/api/media-kit/${press.json().id}/file`)).statusCode).toBe(404);
    expect(
      (await api.material(people.pubSemarang as Principal, { ...base, kind: 'video', url: 'https://youtu.be/x' }))
        .statusCode,
    ).toBe(403);
    expect((await api.get(people.picSemarang as Principal, '/api/media-kit')).statusCode).toBe(403);
  });
});
