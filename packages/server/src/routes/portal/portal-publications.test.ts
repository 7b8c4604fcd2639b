/**
 * An institution's publications on its portal page: published ones with their link or file, never
 * a draft (nor a draft's file).
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { coordinationApi, PNG, uploadAttachment } from '../../test-support/coordination.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../../test-support/fixture.js';
import { callAs, createPrincipal, type Principal } from '../../test-support/principals.js';

const HOME = FIXTURE_INSTITUTIONS.semarang;

describeEachDatabase('publications on the portal', (database) => {
  let app: FastifyInstance;
  let publicist: Principal;

  beforeEach(async () => {
    const clock = fixedClock('2026-11-27T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    await loadFixture(database());
    publicist = await createPrincipal(app, database(), clock, {
      name: 'humas semarang',
      roles: ['publicist'],
      institutionCode: HOME,
    });
  });
  afterEach(() => app.close());

  it('lists published publications with link and file, and never a draft', async () => {
    const api = coordinationApi(app);
    const image = await uploadAttachment(app, publicist, 'infografis-mpp.png', PNG);
    const published = await api.publish(publicist, {
      kind: 'infografis',
      title: 'Infografis Mal Pelayanan Publik',
      attachmentId: image,
      publishedOn: '2026-11-20',
      period: '2025-2026',
      aksi: ['1'],
      status: 'published',
    });
    expect(published.statusCode).toBe(201);
    const news = await api.publish(publicist, {
      kind: 'berita',
      title: 'Semarang & perizinan daring',
      url: 'https://semarangkota.go.id/berita/perizinan',
      publishedOn: '2026-11-22',
      status: 'published',
    });
    expect(news.statusCode).toBe(201);
    const draftImage = await uploadAttachment(app, publicist, 'draf.png', PNG);
    const draft = await api.publish(publicist, {
      kind: 'video',
      title: 'Draf video rahasia',
      attachmentId: draftImage,
      publishedOn: '2026-11-25',
      status: 'draft',
    });
    expect(draft.statusCode).toBe(201);

    const page = await app.inject(`/instansi/${HOME}`);
    expect(page.statusCode).toBe(200);
    const list = page.body.slice(page.body.indexOf('id="publications"'));
    expect(list).toContain(
      'Berita: <a href="https://semarangkota.go.id/berita/perizinan" rel="nofollow noopener">Semarang &amp; perizinan daring</a>',
    );
    const file = `/publikasi/${published.json().id}/berkas`;
    expect(list).toContain(`Infografis: <a href="${file}"`);
    // Latest first.
    expect(list.indexOf('perizinan daring')).toBeLessThan(list.indexOf('Mal Pelayanan Publik'));
    expect(page.body).not.toContain('Draf video rahasia');
    expect(page.body).not.toContain(`/publikasi/${draft.json().id}/`);

    const download = await app.inject(file);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect((await app.inject(`/publikasi/${draft.json().id}/berkas`)).statusCode).toBe(404);

    // Once published, the draft appears (the page is not served stale from the cache).
    const publish = await callAs(app, publicist, {
      method: 'POST',
      url: `/api/publications/${draft.json().id}/publish`,
    });
    expect(publish.statusCode).toBe(200);
    const after = await app.inject(`/instansi/${HOME}?lang=en`);
    expect(after.body).toContain('Video: <a href="/publikasi/');
    expect(after.body).toContain('Draf video rahasia');
    expect((await app.inject(`/instansi/${HOME}`)).body).toContain('Draf video rahasia');
  });
});
