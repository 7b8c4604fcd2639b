import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { PORTAL_CSS, PORTAL_JS } from '../../portal/assets.js';
import { buildTestApp } from '../../test-support/app.js';
import { acceptedReport, type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';

const HOME = FIXTURE_INSTITUTIONS.semarang;

describeEachDatabase('public portal', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  const clock = fixedClock('2025-07-01T03:00:00.000Z');

  beforeEach(async () => {
    clock.set('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
    await acceptedReport(app, cycle, '1.1-TW2', 80);
    // Submitted, not verified: never on the portal.
    const api = cycleApi(app);
    const open = (await api.open(cycle.contributor, '3.1-TW2')).json();
    await api.upload(cycle.contributor, open.id, 'laporan.pdf', PDF, 0);
    await api.move(cycle.focalPoint, open.id, { action: 'submit', version: open.version });
  });
  afterEach(() => app.close());

  it('shows a quarter still being verified as progress, not as a grade', async () => {
    // Triwulan II is due 2025-07-10 and verified until 2025-08-09: on 2025-07-01 it is in progress.
    const home = await app.inject('/');
    expect(home.body).toContain('data-graded-quarter=""');
    expect(home.body).toContain('data-progress-quarter="2"');
    expect(home.body).toContain('1 / 20 laporan terverifikasi (5,0%)');
    // Nothing graded: no one is ranked and no province is coloured.
    expect(home.body).not.toContain('>Kota Semarang</a></td>');
  });

  it('renders the home page with the map, rankings and cache headers, and answers 304 on its ETag', async () => {
    clock.set('2025-08-15T03:00:00.000Z');
    const home = await app.inject('/');
    expect(home.body).toContain('data-graded-quarter="2"');
    expect(home.body).toContain('id="last-verified">2025-07-01<');
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-type']).toContain('text/html');
    expect(home.headers['cache-control']).toBe('public, max-age=60');
    expect(home.headers['content-security-policy']).toContain("script-src 'self'");
    expect(home.body).toContain('<html lang="id">');
    expect(home.body).toContain('Kota Semarang');
    expect(home.body).toContain('href="/provinsi/33"');
    expect(home.body).toContain(PORTAL_CSS.path);
    expect(home.body).not.toContain('<script');
    const again = await app.inject({ url: '/', headers: { 'if-none-match': String(home.headers.etag) } });
    expect(again.statusCode).toBe(304);
    const english = await app.inject('/?lang=en');
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Province map');
  });

  it('shows an institution’s verified results only, with downloads, card and embed code', async () => {
    // After Triwulan II's verification window: the page judges Triwulan II.
    clock.set('2025-08-15T03:00:00.000Z');
    const page = await app.inject(`/instansi/${HOME}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Kota Semarang');
    expect(page.body).toContain(`/api/public/institutions/${HOME}?period=2025-2026&format=csv`);
    expect(page.body).toMatch(
      /property="og:image" content="http:\/\/[^"]+\/kartu\/33\.74\.png\?period=2025-2026&amp;quarter=2&amp;size=preview"/,
    );
    expect(page.body).toContain('/embed/');
    // 1.1-TW2 accepted (80); 3.1-TW2 submitted only: "not verified".
    expect(page.body).toMatch(/<td class="n">80<\/td>/);
    expect(page.body).toContain('Belum diverifikasi');
    expect((await app.inject('/instansi/99.99')).statusCode).toBe(404);
  });

  it('searches, shows an aksi and the feedback form with its hashed script', async () => {
    const search = await app.inject('/cari?q=semarang');
    expect(search.body).toContain(`href="/instansi/${HOME}"`);
    const aksi = await app.inject('/aksi/1');
    expect(aksi.statusCode).toBe(200);
    const form = await app.inject(`/aduan?instansi=${HOME}`);
    expect(form.body).toContain(`<script src="${PORTAL_JS.path}" defer></script>`);
    const script = await app.inject(PORTAL_JS.path);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.body).toContain('crypto.subtle.digest');
    const missing = await app.inject('/aduan/PNT-AAAA-BBBB-CCCC');
    expect(missing.statusCode).toBe(404);
    const track = await app.inject('/lacak?tiket=pnt-aaaa-bbbb-cccc');
    expect(track.statusCode).toBe(303);
    expect(track.headers.location).toBe('/aduan/PNT-AAAA-BBBB-CCCC');
  });

  it("lets crawlers read the public site and the open data, not the officials' app or ticket pages", async () => {
    const robots = await app.inject('/robots.txt');
    expect(robots.statusCode).toBe(200);
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.body.split('\n')).toEqual(
      expect.arrayContaining([
        'User-agent: *',
        'Allow: /',
        'Allow: /api/public/',
        'Disallow: /kerja',
        'Disallow: /aduan/',
      ]),
    );
  });

  it('draws the card as SVG in both sizes and lets other sites frame the embed only', async () => {
    const square = await app.inject(`/kartu/${HOME}.svg?size=square`);
    expect(square.statusCode).toBe(200);
    expect(square.headers['content-type']).toContain('image/svg+xml');
    expect(square.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(square.body).toContain('width="1080" height="1080"');
    expect(square.body).toContain('Kota Semarang');
    expect((await app.inject(`/kartu/${HOME}.svg`)).body).toContain('width="1200" height="630"');
    const embed = await app.inject(`/embed/${HOME}`);
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect(embed.body).not.toContain('<script');
    const home = await app.inject('/');
    expect(home.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
