/**
 * The open-data API shows verified data only. Reports in every other state (and a reopened one),
 * evidence not marked public, withdrawn evidence, verifier comments, unmoderated or unpublished
 * feedback and every sender's details are planted with distinctive markers; then every GET route
 * under /api/public/ — taken from the app's own route table, so a new public route fails this test
 * until it has a recipe here — is called as JSON, CSV and XLSX, and no body may hold a marker.
 */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { PORTAL_CSS, PORTAL_JS } from '../../portal/assets.js';
import { buildTestApp } from '../../test-support/app.js';
import { type Cycle, cycleApi, startCycle } from '../../test-support/cycle.js';
import { describeEachDatabase } from '../../test-support/databases.js';
import { EASY_FEEDBACK, submitThroughForm } from '../../test-support/feedback.js';
import { FIXTURE_INSTITUTIONS } from '../../test-support/fixture.js';
import { multipartFile } from '../../test-support/multipart.js';
import { callAs, createPrincipal, type Principal } from '../../test-support/principals.js';

/** Must never appear in a public answer. */
const SECRET = 'BOCOR';
/** Must appear somewhere (else the test would pass on an API that shows nothing). */
const PUBLIC = ['TERBUKA-NARASI-DITERIMA', 'TERBUKA-BUKTI-PUBLIK', 'TERBUKA-PESAN-MODERASI', 'TERBUKA-JAWABAN'];
/** Must appear on the portal and in its feeds: published stories (one of a report since reopened). */
const PUBLIC_STORIES = ['TERBUKA-CERITA', 'TERBUKA-CERITA-DIBUKA-KEMBALI'];
const SENDER = { name: 'Siti BOCOR-PENGIRIM', email: 'bocor.pengirim@contoh.id', phone: '0812-9999-0000' };

const pdf = (marker: string) => Buffer.from(`%PDF-1.4\n% ${marker}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n`);

interface Planted {
  evidenceIds: number[];
  storyIds: number[];
  tickets: { ticket: string; ownAnswer: string | null }[];
}

/** Starts a story from an accepted report; publishes it unless `draft`. Returns its id. */
async function plantStory(app: FastifyInstance, cycle: Cycle, publicist: Principal, reportId: number, title: string) {
  const story = await callAs(app, cycle.focalPoint, {
    method: 'POST',
    url: `/api/reports/${reportId}/story`,
    payload: { title, summary: `${title}-RINGKASAN` },
  });
  expect(story.statusCode, story.body).toBe(201);
  const id = story.json().id as number;
  if (!title.startsWith('BOCOR')) {
    const published = await callAs(app, publicist, { method: 'POST', url: `/api/publications/${id}/publish` });
    expect(published.statusCode, published.body).toBe(200);
  }
  return id;
}

async function plantReports(
  app: FastifyInstance,
  cycle: Cycle,
  publicist: Principal,
  storyIds: number[],
): Promise<number[]> {
  const api = cycleApi(app);
  const evidenceIds: number[] = [];
  const upload = async (as: Principal, id: number, marker: string, isPublic: boolean) => {
    const body = multipartFile(`${marker}.pdf`, pdf(`${marker}-ISI`));
    const title = encodeURIComponent(marker);
    const response = await callAs(app, as, {
      method: 'POST',
      url: `/api/reports/${id}/evidence?checklistIndex=0&title=${title}&public=${isPublic}`,
      payload: body.payload,
      headers: body.headers,
    });
    expect(response.statusCode, response.body).toBe(201);
    evidenceIds.push(response.json().id);
    return response.json().id as number;
  };
  /** Opens a report with a marked narrative and public evidence; returns id and version. */
  const open = async (target: string, marker: string) => {
    const report = (await api.open(cycle.contributor, target)).json();
    const edited = (
      await api.edit(cycle.contributor, report.id, { version: report.version, narrative: marker })
    ).json();
    await upload(cycle.contributor, report.id, `${marker}-BUKTI`, true);
    await callAs(app, cycle.contributor, {
      method: 'POST',
      url: `/api/reports/${report.id}/evidence/links`,
      payload: { url: `https://contoh.go.id/${marker}`, checklistIndex: 1, title: `${marker}-TAUTAN`, public: true },
    });
    return { id: report.id as number, version: edited.version as number };
  };
  const step = async (as: Principal, id: number, payload: Record<string, unknown>) => {
    const version = (await api.get(as, id)).json().version;
    const response = await api.move(as, id, { version, ...payload });
    expect(response.statusCode, response.body).toBe(200);
  };

  await open('1.1-TW2', 'BOCOR-DRAFT');
  const ready = await open('2.1-TW2', 'BOCOR-READY');
  await step(cycle.contributor, ready.id, { action: 'mark_ready' });
  const submitted = await open('3.1-TW2', 'BOCOR-SUBMITTED');
  await step(cycle.focalPoint, submitted.id, { action: 'submit' });
  const inReview = await open('4.1-TW2', 'BOCOR-IN-REVIEW');
  await step(cycle.focalPoint, inReview.id, { action: 'submit' });
  await step(cycle.admin, inReview.id, { action: 'start_review' });
  const revision = await open('5.1-TW2', 'BOCOR-REVISION');
  await step(cycle.focalPoint, revision.id, { action: 'submit' });
  await step(cycle.admin, revision.id, { action: 'request_revision', reason: 'BOCOR-ALASAN-REVISI' });
  const reopened = await open('6.1-TW2', 'BOCOR-REOPENED');
  await step(cycle.focalPoint, reopened.id, { action: 'submit' });
  await step(cycle.admin, reopened.id, { action: 'accept', score: 91, qualityGrade: 'berdampak' });
  storyIds.push(await plantStory(app, cycle, publicist, reopened.id, 'TERBUKA-CERITA-DIBUKA-KEMBALI'));
  await step(cycle.admin, reopened.id, { action: 'reopen', reason: 'BOCOR-ALASAN-BUKA-KEMBALI' });

  const accepted = await open('7.1-TW2', 'TERBUKA-NARASI-DITERIMA');
  await upload(cycle.contributor, accepted.id, 'TERBUKA-BUKTI-PUBLIK', true);
  await upload(cycle.contributor, accepted.id, 'BOCOR-BUKTI-INTERNAL', false);
  const withdrawn = await upload(cycle.contributor, accepted.id, 'BOCOR-BUKTI-DITARIK', true);
  await callAs(app, cycle.contributor, {
    method: 'POST',
    url: `/api/reports/${accepted.id}/evidence/${withdrawn}/remove`,
    payload: { reason: 'Salah unggah berkas' },
  });
  await step(cycle.focalPoint, accepted.id, { action: 'submit' });
  // otherVerifier judges aksi 7.
  await step(cycle.otherVerifier, accepted.id, {
    action: 'accept',
    score: 80,
    qualityGrade: 'terlaksana',
    reason: 'BOCOR-KOMENTAR-VERIFIER',
  });
  storyIds.push(await plantStory(app, cycle, publicist, accepted.id, 'TERBUKA-CERITA'));
  storyIds.push(await plantStory(app, cycle, publicist, accepted.id, 'BOCOR-CERITA-DRAF'));
  return evidenceIds;
}

async function plantFeedback(app: FastifyInstance, cycle: Cycle): Promise<Planted['tickets']> {
  const message = (marker: string) => `${marker}: pungutan liar di loket perizinan kecamatan.`;
  const send = async (marker: string) => {
    const response = await submitThroughForm(app, {
      kind: 'pengaduan',
      institution: FIXTURE_INSTITUTIONS.semarang,
      aksi: '1',
      message: message(marker),
      ...SENDER,
    });
    expect(response.statusCode, response.body).toBe(201);
    const ticket = response.json().ticket as string;
    const { items } = (await callAs(app, cycle.admin, { url: '/api/feedback?status=submitted' })).json();
    return { ticket, id: items.find((i: { ticket: string }) => i.ticket === ticket).id as number };
  };
  const moderate = (id: number, payload: object) =>
    callAs(app, cycle.admin, { method: 'POST', url: `/api/feedback/${id}/moderate`, payload });
  const answer = (id: number, text: string, publish: boolean) =>
    callAs(app, cycle.focalPoint, {
      method: 'POST',
      url: `/api/feedback/${id}/answer`,
      payload: { answer: text, publish },
    });

  const fresh = await send('BOCOR-ADUAN-BARU');
  const rejected = await send('BOCOR-ADUAN-DITOLAK');
  await moderate(rejected.id, { decision: 'reject', reason: 'Tidak terkait aksi pencegahan korupsi.' });
  const forwarded = await send('BOCOR-ADUAN-DITERUSKAN');
  await moderate(forwarded.id, { decision: 'accept' });
  const quiet = await send('BOCOR-ADUAN-TIDAK-TERBIT');
  await moderate(quiet.id, { decision: 'accept' });
  await answer(quiet.id, 'BOCOR-JAWABAN-TIDAK-TERBIT untuk pengirim saja.', false);
  const published = await send('BOCOR-PESAN-ASLI');
  await moderate(published.id, {
    decision: 'accept',
    publicMessage: 'TERBUKA-PESAN-MODERASI tentang loket perizinan.',
  });
  await answer(published.id, 'TERBUKA-JAWABAN: petugas sudah ditindak.', true);
  return [
    { ticket: fresh.ticket, ownAnswer: null },
    { ticket: rejected.ticket, ownAnswer: null },
    { ticket: forwarded.ticket, ownAnswer: null },
    // The sender of this one may read the answer the institution chose not to publish: it is theirs.
    { ticket: quiet.ticket, ownAnswer: 'BOCOR-JAWABAN-TIDAK-TERBIT' },
    { ticket: published.ticket, ownAnswer: null },
  ];
}

/** Text of any answer: JSON and CSV as they are, XLSX cell by cell, files as bytes. */
async function bodyText(response: { headers: Record<string, unknown>; rawPayload: Buffer; body: string }) {
  if (String(response.headers['content-type']).includes('spreadsheetml')) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
    return cells.join('\n');
  }
  return response.rawPayload.toString('latin1');
}

describeEachDatabase('public API: verified data only', (database) => {
  let app: FastifyInstance;
  let planted: Planted;

  beforeEach(async () => {
    const clock = fixedClock('2025-07-01T03:00:00.000Z');
    app = await buildTestApp(database(), clock, { feedback: EASY_FEEDBACK });
    const cycle = await startCycle(app, database(), clock);
    const publicist = await createPrincipal(app, database(), clock, {
      name: 'humas semarang',
      roles: ['publicist'],
      institutionCode: FIXTURE_INSTITUTIONS.semarang,
    });
    const storyIds: number[] = [];
    const evidenceIds = await plantReports(app, cycle, publicist, storyIds);
    planted = { evidenceIds, storyIds, tickets: await plantFeedback(app, cycle) };
  });
  afterEach(() => app.close());

  /** The addresses to call for each public GET route. */
  const recipes = (): Record<string, string[]> => ({
    '/api/public/audit/head': ['/api/public/audit/head'],
    '/api/public/periods': ['/api/public/periods'],
    '/api/public/institutions': ['/api/public/institutions', '/api/public/institutions?period=2025-2026&type=kota'],
    '/api/public/figures': ['/api/public/figures', '/api/public/figures?period=2025-2026&province=33&type=kota'],
    '/api/public/institutions/:code': Object.values(FIXTURE_INSTITUTIONS).map((c) => `/api/public/institutions/${c}`),
    '/api/public/aksi/:code': Array.from({ length: 10 }, (_, i) => `/api/public/aksi/${i + 1}?period=2025-2026`),
    '/api/public/search': ['/api/public/search?q=semarang', '/api/public/search?q=33.74', '/api/public/search?q=uji'],
    '/api/public/holidays': ['/api/public/holidays', '/api/public/holidays?year=2025'],
    '/api/public/evidence/:id/file': planted.evidenceIds.map((id) => `/api/public/evidence/${id}/file`),
    '/api/public/feedback/challenge': ['/api/public/feedback/challenge'],
    '/api/public/feedback/:ticket': planted.tickets.map((t) => `/api/public/feedback/${t.ticket}`),
    '/api/public/recognition': ['/api/public/recognition', '/api/public/recognition?period=2025-2026'],
    '/api/public/feedback': [
      '/api/public/feedback',
      `/api/public/feedback?institution=${FIXTURE_INSTITUTIONS.semarang}`,
    ],
  });

  it('has a recipe for every public GET route', () => {
    const routes = app.guardedRoutes
      .filter((r) => r.method === 'GET' && r.url.startsWith('/api/public/'))
      .map((r) => r.url)
      .sort();
    expect(routes).toEqual(Object.keys(recipes()).sort());
  });

  it('shows no unverified report, private evidence, unpublished feedback or sender in any format', async () => {
    const leaks: string[] = [];
    const seen: string[] = [];
    for (const urls of Object.values(recipes())) {
      for (const url of urls) {
        for (const format of ['', 'csv', 'xlsx']) {
          const address = format ? `${url}${url.includes('?') ? '&' : '?'}format=${format}` : url;
          const response = await app.inject(address);
          expect(response.statusCode, `${address}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
          let text = await bodyText(response);
          const own = planted.tickets.find((t) => url.endsWith(t.ticket))?.ownAnswer;
          if (own) text = text.replaceAll(own, '');
          seen.push(text);
          for (const marker of [SECRET, SENDER.email, SENDER.phone, 'Siti']) {
            if (text.includes(marker))
              leaks.push(
                `${address} shows "${marker}": …${text.slice(text.indexOf(marker) - 60, text.indexOf(marker) + 60)}…`,
              );
          }
        }
      }
    }
    expect(leaks).toEqual([]);
    const all = seen.join('\n');
    for (const marker of PUBLIC) expect(all, marker).toContain(marker);
  });

  /** The public site's own routes: not the API, not the 301s of the old `/portal` addresses, not robots.txt. */
  const isPublicPage = (url: string) =>
    !url.startsWith('/api/') && !url.startsWith('/portal') && !['/robots.txt', '/metrics'].includes(url);

  /** The addresses to call for each portal page (HTML, cards, embed), in both languages where it has one. */
  const portalRecipes = (): Record<string, string[]> => {
    const codes = Object.values(FIXTURE_INSTITUTIONS);
    return {
      [PORTAL_CSS.path]: [PORTAL_CSS.path],
      [PORTAL_JS.path]: [PORTAL_JS.path],
      '/': ['/', '/?lang=en'],
      '/provinsi/:code': ['/provinsi/33', '/provinsi/35?lang=en'],
      '/cari': ['/cari?q=semarang', '/cari?q=uji&lang=en'],
      '/instansi/:code': codes.flatMap((c) => [`/instansi/${c}`, `/instansi/${c}?lang=en`]),
      '/aksi/:code': Array.from({ length: 10 }, (_, i) => `/aksi/${i + 1}?period=2025-2026`),
      '/aduan': ['/aduan', `/aduan?instansi=${FIXTURE_INSTITUTIONS.semarang}`],
      '/lacak': ['/lacak'],
      '/aduan/:ticket': planted.tickets.map((t) => `/aduan/${t.ticket}`),
      '/kartu/:file': codes.flatMap((c) => [`/kartu/${c}.svg`, `/kartu/${c}.svg?size=square`]),
      '/embed/:code': codes.map((c) => `/embed/${c}`),
      '/publikasi/:id/berkas': ['/publikasi/1/berkas'],
      // Stories, feeds and recognition (routes/portal/story-portal.route.ts).
      '/cerita/:id': planted.storyIds.flatMap((id) => [`/cerita/${id}`, `/cerita/${id}?lang=en`]),
      '/feed.atom': ['/feed.atom', '/feed.atom?lang=en'],
      '/feed.json': ['/feed.json'],
      '/instansi/:code/feed.atom': codes.map((c) => `/instansi/${c}/feed.atom`),
      '/instansi/:code/feed.json': codes.map((c) => `/instansi/${c}/feed.json`),
      '/apresiasi': ['/apresiasi', '/apresiasi?lang=en'],
      '/apresiasi/verifikasi': ['/apresiasi/verifikasi'],
      '/apresiasi/verifikasi/:code': ['/apresiasi/verifikasi/AP-20252026-T2-AAAAAAAA'],
      '/apresiasi/sertifikat/:file': ['/apresiasi/sertifikat/AP-20252026-T2-AAAAAAAA.pdf'],
    };
  };

  it('shows no unverified report, unpublished feedback or sender on any portal page', async () => {
    const routes = app.guardedRoutes
      .filter((r) => r.method === 'GET' && isPublicPage(r.url))
      .map((r) => r.url)
      .sort();
    expect(routes).toEqual(Object.keys(portalRecipes()).sort());
    const leaks: string[] = [];
    const seen: string[] = [];
    for (const url of Object.values(portalRecipes()).flat()) {
      const response = await app.inject(url);
      expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
      let text = response.body;
      const own = planted.tickets.find((t) => url.endsWith(t.ticket))?.ownAnswer;
      if (own) text = text.replaceAll(own, '');
      seen.push(text);
      for (const marker of [SECRET, SENDER.email, SENDER.phone, 'Siti']) {
        if (text.includes(marker)) leaks.push(`${url} shows "${marker}"`);
      }
    }
    expect(leaks).toEqual([]);
    const all = seen.join('\n');
    for (const marker of ['TERBUKA-NARASI-DITERIMA', 'TERBUKA-BUKTI-PUBLIK', 'TERBUKA-JAWABAN', ...PUBLIC_STORIES])
      expect(all, marker).toContain(marker);
  });

  it('feeds carry published stories and verified results only', async () => {
    const bodies = await Promise.all(
      ['/feed.atom', '/feed.json', `/instansi/${FIXTURE_INSTITUTIONS.semarang}/feed.json`].map(
        async (url) => (await app.inject(url)).body,
      ),
    );
    for (const body of bodies) {
      expect(body).not.toContain(SECRET);
      for (const marker of PUBLIC_STORIES) expect(body).toContain(marker);
      // The accepted report's result is in; the reopened one's is not (its story stays, without it).
      expect(body).toContain('7.1-TW2');
      expect(body).not.toContain('6.1-TW2');
    }
  });

  it('downloads public evidence of accepted reports only', async () => {
    const outcomes = [];
    for (const id of planted.evidenceIds) {
      const response = await app.inject(`/api/public/evidence/${id}/file`);
      outcomes.push([
        response.statusCode,
        response.statusCode === 200 ? response.body.match(/% (\S+)-ISI/)?.[1] : null,
      ]);
    }
    const served = outcomes.filter(([status]) => status === 200).map(([, marker]) => marker);
    expect(served.sort()).toEqual(['TERBUKA-BUKTI-PUBLIK', 'TERBUKA-NARASI-DITERIMA-BUKTI']);
    expect(outcomes.filter(([status]) => status !== 200).every(([status]) => status === 404)).toBe(true);
  });
});
