/**
 * Process and results stories, end to end: started from an accepted report (only), kept linked and
 * audited, published by Humas, then shown on the portal beside the verified result with its public
 * evidence, and carried by the Atom and JSON feeds with stable ids — never a draft or an unverified result.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { buildTestApp } from '../../test-support/app.js';
import { acceptedReport, type Cycle, cycleApi, PDF, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { multipartFile } from '../../test-support/multipart.js';
import { callAs, createPrincipal, type Principal } from '../../test-support/principals.js';
import { child, children, parseXml } from '../../test-support/xml.js';

const HOME = FIXTURE_INSTITUTIONS.semarang;

describeEachDatabase('stories and feeds', (database) => {
  let app: FastifyInstance;
  let cycle: Cycle;
  let publicist: Principal;
  let accepted: number;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock);
    cycle = await startCycle(app, database(), clock);
    publicist = await createPrincipal(app, database(), clock, {
      name: 'humas semarang',
      roles: ['publicist'],
      institutionCode: HOME,
    });
    const api = cycleApi(app);
    const opened = (await api.open(cycle.contributor, '3.1-TW2')).json();
    const body = multipartFile('foto-mpp.pdf', PDF);
    const evidence = await callAs(app, cycle.contributor, {
      method: 'POST',
      url: `/api/reports/${opened.id}/evidence?checklistIndex=0&title=${encodeURIComponent('Foto loket MPP')}&public=true`,
      payload: body.payload,
      headers: body.headers,
    });
    expect(evidence.statusCode, evidence.body).toBe(201);
    const submitted = (
      await api.move(cycle.focalPoint, opened.id, { action: 'submit', version: opened.version })
    ).json();
    const decided = await api.move(cycle.admin, opened.id, {
      action: 'accept',
      version: submitted.version,
      score: 85,
      qualityGrade: 'terlaksana',
    });
    expect(decided.json().state).toBe('accepted');
    accepted = opened.id;
  });
  afterEach(() => app.close());

  const start = (as: Principal, reportId: number, payload: object) =>
    callAs(app, as, { method: 'POST', url: `/api/reports/${reportId}/story`, payload });

  it('starts a story only from an accepted report of one’s own institution, linked and audited', async () => {
    const draft = (await cycleApi(app).open(cycle.contributor, '4.1-TW2')).json();
    const refused = await start(cycle.focalPoint, draft.id, { title: 'Cerita terlalu dini' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('report_not_accepted');
    expect((await start(cycle.otherFocalPoint, accepted, { title: 'Bukan milik kami' })).statusCode).toBe(404);
    expect((await start(cycle.contributor, accepted, { title: 'Bukan peran saya' })).statusCode).toBe(403);

    const sources = await callAs(app, publicist, { url: '/api/stories/sources' });
    expect(sources.statusCode).toBe(200);
    expect(sources.json()).toEqual([
      expect.objectContaining({ reportId: accepted, target: '3.1-TW2', quarter: 2, stories: 0 }),
    ]);

    const story = await start(cycle.focalPoint, accepted, {
      title: 'Loket perizinan kini daring',
      summary: 'Warga mengurus izin tanpa tatap muka.',
    });
    expect(story.statusCode, story.body).toBe(201);
    expect(story.json()).toMatchObject({
      status: 'draft',
      kind: 'berita',
      period: '2025-2026',
      aksi: ['3'],
      story: { reportId: accepted, target: '3.1-TW2', quarter: 2, summary: 'Warga mengurus izin tanpa tatap muka.' },
    });
    const audit = (await callAs(app, cycle.admin, { url: '/api/audit?entity=publication' })).json();
    expect(audit[0]).toMatchObject({
      action: 'publication.create',
      change: { report_id: accepted, status: 'draft', title: 'Loket perizinan kini daring' },
    });
    expect((await callAs(app, publicist, { url: '/api/stories/sources' })).json()[0].stories).toBe(1);
  });

  it('shows a published story beside its verified result on the portal, never a draft', async () => {
    const story = (
      await start(publicist, accepted, {
        title: 'Loket perizinan kini daring',
        summary: 'Warga mengurus izin tanpa tatap muka.',
        url: 'https://semarangkota.go.id/berita/loket-daring',
      })
    ).json();
    expect((await app.inject(`/cerita/${story.id}`)).statusCode).toBe(404);
    expect((await app.inject(`/instansi/${HOME}`)).body).not.toContain('Loket perizinan kini daring');

    const published = await callAs(app, publicist, { method: 'POST', url: `/api/publications/${story.id}/publish` });
    expect(published.statusCode).toBe(200);

    const institution = await app.inject(`/instansi/${HOME}`);
    expect(institution.body).toContain(`<a href="/cerita/${story.id}">Baca cerita: Loket perizinan kini daring</a>`);
    expect(institution.body).toContain('id="story-list"');
    expect(institution.body).toContain(
      '<link rel="alternate" type="application/atom+xml" href="/instansi/33.74/feed.atom"',
    );
    const aksi = await app.inject('/aksi/3?period=2025-2026');
    expect(aksi.body).toContain(`href="/cerita/${story.id}"`);
    const page = await app.inject(`/cerita/${story.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Warga mengurus izin tanpa tatap muka.');
    expect(page.body).toMatch(/data-figure="score">85</);
    expect(page.body).toMatch(/data-figure="grade">Terlaksana</);
    expect(page.body).toContain('https://semarangkota.go.id/berita/loket-daring');
    expect(page.body).toContain('id="story-evidence"');
    expect(page.body).toContain('Foto loket MPP');

    // Reopened, the report's result leaves the story until it is verified again.
    const version = (await cycleApi(app).get(cycle.admin, accepted)).json().version;
    await cycleApi(app).move(cycle.admin, accepted, { action: 'reopen', version, reason: 'Koreksi skor' });
    const reopened = await app.inject(`/cerita/${story.id}`);
    expect(reopened.statusCode).toBe(200);
    expect(reopened.body).not.toContain('data-figure="score"');
    expect(reopened.body).toContain('dibuka kembali');
  });

  it('serves valid Atom and JSON Feed 1.1 of published stories and verified results, with stable ids', async () => {
    const story = (await start(publicist, accepted, { title: 'Cerita <MPP> & "loket"' })).json();
    await start(publicist, accepted, { title: 'Draf cerita belum terbit' });
    await callAs(app, publicist, { method: 'POST', url: `/api/publications/${story.id}/publish` });
    await cycleApi(app).open(cycle.contributor, '5.1-TW2');

    for (const path of ['/feed.atom', `/instansi/${HOME}/feed.atom`]) {
      const atom = await app.inject(path);
      expect(atom.statusCode).toBe(200);
      expect(atom.headers['content-type']).toContain('application/atom+xml');
      const feed = parseXml(atom.body);
      expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
      for (const field of ['id', 'title', 'updated']) expect(child(feed, field)?.text, field).toBeTruthy();
      expect(children(feed, 'link').some((l) => l.attributes.rel === 'self')).toBe(true);
      const entries = children(feed, 'entry');
      for (const entry of entries) {
        for (const field of ['id', 'title', 'updated']) expect(child(entry, field)?.text, field).toBeTruthy();
        expect(child(entry, 'link')?.attributes.href).toMatch(/^http/);
        expect(Number.isNaN(Date.parse(child(entry, 'updated')?.text ?? ''))).toBe(false);
      }
      const titles = entries.map((e) => child(e, 'title')?.text ?? '');
      expect(titles).toContain('Cerita <MPP> & "loket"');
      expect(titles.some((t) => t.includes('3.1-TW2'))).toBe(true);
      expect(atom.body).not.toContain('Draf cerita belum terbit');
      expect(atom.body).not.toContain('5.1-TW2');
    }

    const json = await app.inject('/feed.json');
    expect(json.headers['content-type']).toContain('application/feed+json');
    const feed = json.json();
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: expect.any(String) });
    expect(feed.feed_url).toMatch(/\/feed\.json$/);
    expect(feed.items.length).toBe(2);
    for (const item of feed.items) {
      expect(item).toMatchObject({ id: expect.any(String), url: expect.any(String), content_text: expect.any(String) });
      expect(Number.isNaN(Date.parse(item.date_modified))).toBe(false);
    }
    const ids = feed.items.map((i: { id: string }) => i.id).sort();
    expect(ids).toEqual(
      [expect.stringMatching(/\/cerita\/\d+$/), expect.stringMatching(/^tag:[^,]+,2019:hasil\/\d+$/)].sort(),
    );

    // Another verified result adds an entry; the earlier ids stay the same.
    await acceptedReport(app, cycle, '6.1-TW2', 70);
    const later = (await app.inject('/feed.json')).json();
    expect(later.items.length).toBe(3);
    for (const id of ids) expect(later.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await app.inject('/instansi/TIDAK-ADA/feed.json')).statusCode).toBe(404);
    expect((await app.inject(`/instansi/${FIXTURE_INSTITUTIONS.surabaya}/feed.json`)).json().items).toEqual([]);
  });
});
