/**
 * The public site is the front door at `/` (issue 14): the national picture with search, feedback,
 * open data and "Masuk"; every old `/portal…` address answers 301 with its new path and query; an
 * unknown institution is a proper 404 page; the demo-data notice shows on every page while the
 * demo dataset is loaded, in both languages.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { putSetting } from '../../db/repositories/setting.repository.js';
import { DEMO_SETTING } from '../../seed/demo-marker.js';
import { buildTestApp } from '../../test-support/app.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS, loadFixture } from '../../test-support/fixture.js';
import { withoutPortalPrefix } from './portal-redirects.js';

const HOME = FIXTURE_INSTITUTIONS.semarang;

describe('withoutPortalPrefix', () => {
  it('drops the old prefix and keeps the query', () => {
    expect(withoutPortalPrefix('/portal')).toBe('/');
    expect(withoutPortalPrefix('/portal?lang=en')).toBe('/?lang=en');
    expect(withoutPortalPrefix('/portal/instansi/33.74?period=2025-2026&lang=en')).toBe(
      '/instansi/33.74?period=2025-2026&lang=en',
    );
    expect(withoutPortalPrefix('/portal/aduan/PNT-AAAA-BBBB-CCCC')).toBe('/aduan/PNT-AAAA-BBBB-CCCC');
  });
});

describeEachDatabase('public front door', (database) => {
  let app: FastifyInstance;

  beforeEach(async () => {
    app = await buildTestApp(database());
    await loadFixture(database());
  });
  afterEach(() => app.close());

  it('serves the national picture at / with search, feedback, open data and a sign-in link', async () => {
    const home = await app.inject('/');
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-type']).toContain('text/html');
    expect(home.body).toContain('action="/cari"');
    expect(home.body).toContain('href="/aduan"');
    expect(home.body).toContain('/api/public/institutions?format=csv');
    expect(home.body).toMatch(/<a class="account__button" id="sign-in" href="\/masuk">Masuk<\/a>/);
    expect((await app.inject('/?lang=en')).body).toContain('href="/masuk">Sign in</a>');
    for (const path of ['/cari?q=semarang', `/instansi/${HOME}`, '/aksi/1', '/aduan', '/lacak', '/provinsi/33']) {
      expect((await app.inject(path)).statusCode, path).toBe(200);
    }
  });

  it('answers every old /portal address with 301 to its new path, query kept', async () => {
    const cases: [string, string][] = [
      ['/portal', '/'],
      ['/portal?lang=en', '/?lang=en'],
      [`/portal/instansi/${HOME}?period=2025-2026`, `/instansi/${HOME}?period=2025-2026`],
      ['/portal/aduan?instansi=33.74&lang=en', '/aduan?instansi=33.74&lang=en'],
      ['/portal/aduan/PNT-AAAA-BBBB-CCCC', '/aduan/PNT-AAAA-BBBB-CCCC'],
      ['/portal/lacak', '/lacak'],
      ['/portal/kartu/33.74.png?size=square', '/kartu/33.74.png?size=square'],
      ['/portal/embed/33.74', '/embed/33.74'],
      ['/portal/cari?q=semarang', '/cari?q=semarang'],
    ];
    for (const [from, to] of cases) {
      const response = await app.inject(from);
      expect(response.statusCode, from).toBe(301);
      expect(response.headers.location, from).toBe(to);
    }
    // The redirect lands on a working page.
    const followed = await app.inject(String((await app.inject(`/portal/instansi/${HOME}`)).headers.location));
    expect(followed.statusCode).toBe(200);
    expect(followed.body).toContain('Kota Semarang');
  });

  it('shows an unknown institution as a not-found page with the search, in both languages', async () => {
    const page = await app.inject('/instansi/99.99');
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<h1>Tidak ditemukan</h1>');
    expect(page.body).toContain('Instansi dengan kode ini tidak ada di Pantau');
    expect(page.body).toContain('action="/cari"');
    expect(page.body).not.toContain('99.99 99.99');
    const english = await app.inject('/instansi/99.99?lang=en');
    expect(english.statusCode).toBe(404);
    expect(english.body).toContain('There is no institution with this code in Pantau');
  });

  it('offers the institutions by name on the feedback form, with the code beside the name', async () => {
    const form = await app.inject(`/aduan?instansi=${HOME}`);
    expect(form.body).toContain('<label for="institution">Instansi</label>');
    expect(form.body).toContain('list="institution-list"');
    expect(form.body).toContain('<option value="Kota Semarang (33.74)"></option>');
    expect(form.body).toContain('<option value="Kementerian Dalam Negeri (KEMENDAGRI)"></option>');
    expect(form.body).toContain('value="Kota Semarang (33.74)"');
    expect(form.body).not.toContain('Kode instansi');
    expect((await app.inject('/aduan?lang=en')).body).toContain('<label for="institution">Institution</label>');
  });

  it('wraps the embed code inside the page width', async () => {
    const page = await app.inject(`/instansi/${HOME}`);
    expect(page.body).toMatch(
      /<pre class="snippet" tabindex="0"><code>&lt;iframe src=&quot;http:\/\/[^&]+\/embed\/33\.74&quot;/,
    );
    expect(page.body).toContain(`/instansi/${HOME}&quot;&gt;&lt;img src=`);
  });

  it('says "data contoh" on every public page while the demo dataset is loaded, and not otherwise', async () => {
    const pages = ['/', `/instansi/${HOME}`, '/aksi/1', '/aduan', '/lacak', '/cari?q=kota', '/instansi/99.99'];
    for (const path of pages) expect((await app.inject(path)).body, path).not.toContain('demo-banner');
    await putSetting(database().db, DEMO_SETTING, 'true', new Date().toISOString());
    await app.close();
    app = await buildTestApp(database());
    for (const path of pages) {
      const body = (await app.inject(path)).body;
      expect(body, path).toContain('<strong>Data contoh — bukan data resmi</strong>');
    }
    expect((await app.inject('/?lang=en')).body).toContain('<strong>Demo data — not official figures</strong>');
  });
});
