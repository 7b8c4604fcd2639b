/**
 * Role × route fixtures of the coordination routes, spread into the FIXTURES of
 * `http/access-matrix.test.ts`. The objects they act on (an announcement of the home institution,
 * meetings it is invited to, a follow-up it owns, a material, a draft publication) are made once
 * per test environment through the API, so their files really sit in the app's blob store.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { loadUserActor } from '../services/accounts/actor.service.js';
import { createApiToken } from '../services/accounts/api-token.service.js';
import { PNG } from './coordination.js';
import { PDF } from './cycle.js';
import { multipartFile } from './multipart.js';
import { ANONYMOUS, callAs, type Principal, signIn } from './principals.js';

/** What these fixtures need of the matrix's environment. */
interface MatrixEnv {
  app: FastifyInstance;
  database: Database;
  clock: Clock;
}

type Outcome = 'allow' | 401 | 403 | 404;

/** The shape of a fixture in the role × route test. */
interface CoordinationFixture {
  object?: { institution: string; aksi?: string };
  foreign?: 403 | 404;
  refine?(principal: Principal): Outcome;
  request(env: MatrixEnv, principal: Principal): Promise<InjectOptions>;
}

interface Objects {
  announcementId: number;
  announcementFileId: number;
  upcomingMeetingId: number;
  pastMeetingId: number;
  followUpId: number;
  followUpUpdateId: number;
  materialId: number;
  draftPublicationId: number;
}

const ADMIN = 'admin.setnas@uji.pantau.id';
const FOCAL_POINT = 'inspektorat.semarang@uji.pantau.id';
const PUBLICIST = 'publicist.a@uji.pantau.id';

const made = new WeakMap<MatrixEnv, Promise<Objects>>();

async function as(env: MatrixEnv, email: string): Promise<Principal> {
  const session = await signIn(env.app, email);
  return { ...ANONYMOUS, name: email, cookie: session.cookie, csrfToken: session.csrfToken };
}

async function call(env: MatrixEnv, who: Principal, options: InjectOptions): Promise<{ id: number }> {
  const response = await callAs(env.app, who, options);
  if (response.statusCode >= 300) throw new Error(`${options.method} ${options.url}: ${response.body}`);
  return response.json();
}

async function upload(env: MatrixEnv, who: Principal, name: string, content: Buffer): Promise<number> {
  const body = multipartFile(name, content);
  return (await call(env, who, { method: 'POST', url: '/api/attachments', ...body })).id;
}

function meeting(home: string, startsAt: string) {
  return {
    title: 'Rapat koordinasi',
    startsAt,
    timeZone: 'WIB',
    onlineUrl: 'https://zoom.us/j/1',
    agenda: 'Evaluasi triwulan',
    invitees: { roles: ['focal_point', 'contributor', 'publicist', 'leader'], institutions: [home] },
  };
}

async function makeObjects(env: MatrixEnv, home: string): Promise<Objects> {
  const [admin, focalPoint, publicist] = await Promise.all([as(env, ADMIN), as(env, FOCAL_POINT), as(env, PUBLICIST)]);
  const announcementFileId = await upload(env, focalPoint, 'Pedoman.pdf', PDF);
  const announcement = await call(env, focalPoint, {
    method: 'POST',
    url: '/api/announcements',
    payload: {
      title: 'Arahan internal',
      body: 'Lengkapi bukti dukung.',
      audience: { roles: ['focal_point', 'contributor', 'publicist', 'leader'], institutions: [home] },
      attachmentIds: [announcementFileId],
    },
  });
  // The matrix runs on 2025-07-01: one meeting ahead to answer, one behind to record.
  const upcoming = await call(env, admin, {
    method: 'POST',
    url: '/api/meetings',
    payload: meeting(home, '2025-07-15T09:00'),
  });
  const past = await call(env, admin, {
    method: 'POST',
    url: '/api/meetings',
    payload: meeting(home, '2025-06-20T09:00'),
  });
  const followUp = await call(env, admin, {
    method: 'POST',
    url: `/api/meetings/${past.id}/follow-ups`,
    payload: { title: 'Unggah SOP', ownerInstitution: home, dueOn: '2025-07-31' },
  });
  const evidence = await upload(env, focalPoint, 'SOP.pdf', PDF);
  const updated = (await call(env, focalPoint, {
    method: 'POST',
    url: `/api/follow-ups/${followUp.id}/updates`,
    payload: { status: 'in_progress', attachmentId: evidence },
  })) as unknown as { updates: { id: number }[] };
  const image = await upload(env, admin, 'Infografis.png', PNG);
  const material = await call(env, admin, {
    method: 'POST',
    url: '/api/media-kit',
    payload: {
      kind: 'infographic',
      title: 'Infografis nasional',
      attachmentId: image,
      period: '2025-2026',
      aksi: ['1'],
    },
  });
  const file = await upload(env, publicist, 'Berita.pdf', PDF);
  const draft = await call(env, publicist, {
    method: 'POST',
    url: '/api/publications',
    payload: { kind: 'berita', title: 'Draf berita', attachmentId: file, publishedOn: '2025-06-30', status: 'draft' },
  });
  return {
    announcementId: announcement.id,
    announcementFileId,
    upcomingMeetingId: upcoming.id,
    pastMeetingId: past.id,
    followUpId: followUp.id,
    followUpUpdateId: updated.updates[0]?.id as number,
    materialId: material.id,
    draftPublicationId: draft.id,
  };
}

function objectsOf(env: MatrixEnv, home: string): Promise<Objects> {
  let objects = made.get(env);
  if (!objects) {
    objects = makeObjects(env, home);
    made.set(env, objects);
  }
  return objects;
}

/** A fresh draft publication of the home institution, to publish. */
async function freshDraft(env: MatrixEnv, home: string): Promise<number> {
  const institution = await env.database.db
    .selectFrom('institutions')
    .select('id')
    .where('code', '=', home)
    .executeTakeFirstOrThrow();
  const author = await env.database.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', PUBLICIST)
    .executeTakeFirstOrThrow();
  const at = env.clock.now().toISOString();
  const row = await env.database.db
    .insertInto('publications')
    .values({
      institution_id: institution.id,
      kind: 'video',
      title: 'Draf video',
      url: 'https://youtu.be/x',
      attachment_id: null,
      published_on: '2025-06-30',
      material_id: null,
      period_id: null,
      aksi: '[]',
      status: 'draft',
      created_by: author.id,
      created_at: at,
      updated_at: at,
      published_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The fixtures of every coordination and publication route, acting on objects of `home`. */
export function coordinationFixtures(home: string): Record<string, CoordinationFixture> {
  const object = { institution: home };
  const get =
    (url: (o: Objects) => string) =>
    async (env: MatrixEnv): Promise<InjectOptions> => ({ method: 'GET', url: url(await objectsOf(env, home)) });
  const write =
    (method: 'POST' | 'PUT', url: (o: Objects) => string, payload?: object) =>
    async (env: MatrixEnv): Promise<InjectOptions> => ({
      method,
      url: url(await objectsOf(env, home)),
      ...(payload ? { payload } : {}),
    });
  // An announcement reaches its recipients (the home institution's people) and its senders' scope (admin, home's focal point).
  const addressed = (principal: Principal): Outcome =>
    principal.roles.includes('admin') || principal.institutionCode === home ? 'allow' : 404;

  return {
    'POST /api/attachments': {
      request: async () => ({ method: 'POST', url: '/api/attachments', ...multipartFile('Lampiran.pdf', PDF) }),
    },
    'POST /api/announcements': {
      object,
      foreign: 403,
      request: async () => ({
        method: 'POST',
        url: '/api/announcements',
        payload: { title: 'Arahan', body: 'Isi arahan.', audience: { roles: ['publicist'], institutions: [home] } },
      }),
    },
    'POST /api/audiences/preview': {
      object,
      foreign: 403,
      request: async () => ({
        method: 'POST',
        url: '/api/audiences/preview',
        payload: { audience: { roles: ['focal_point', 'publicist'], institutions: [home] } },
      }),
    },
    'GET /api/announcements': { request: async () => ({ method: 'GET', url: '/api/announcements' }) },
    'GET /api/announcements/sent': { request: async () => ({ method: 'GET', url: '/api/announcements/sent' }) },
    'GET /api/announcements/:id': { refine: addressed, request: get((o) => `/api/announcements/${o.announcementId}`) },
    'POST /api/announcements/:id/read': {
      refine: (principal) => (principal.institutionCode === home ? 'allow' : 404),
      request: write('POST', (o) => `/api/announcements/${o.announcementId}/read`),
    },
    'GET /api/announcements/:id/receipts': {
      object,
      request: get((o) => `/api/announcements/${o.announcementId}/receipts`),
    },
    'POST /api/announcements/:id/remind': {
      object,
      request: write('POST', (o) => `/api/announcements/${o.announcementId}/remind`),
    },
    'GET /api/announcements/:id/attachments/:attachmentId': {
      refine: addressed,
      request: get((o) => `/api/announcements/${o.announcementId}/attachments/${o.announcementFileId}`),
    },
    'POST /api/meetings': {
      request: async () => ({ method: 'POST', url: '/api/meetings', payload: meeting(home, '2025-07-20T10:00') }),
    },
    'GET /api/meetings': { request: async () => ({ method: 'GET', url: '/api/meetings' }) },
    'GET /api/meetings/:id': { object, request: get((o) => `/api/meetings/${o.upcomingMeetingId}`) },
    'PUT /api/meetings/:id/response': {
      object,
      request: write('PUT', (o) => `/api/meetings/${o.upcomingMeetingId}/response`, { attending: true }),
    },
    'PUT /api/meetings/:id/attendance': {
      request: write('PUT', (o) => `/api/meetings/${o.pastMeetingId}/attendance`, {
        attendance: [{ institution: home, role: 'focal_point', present: true }],
      }),
    },
    'PUT /api/meetings/:id/minutes': {
      request: write('PUT', (o) => `/api/meetings/${o.pastMeetingId}/minutes`, {
        minutes: 'Notulen rapat koordinasi.',
      }),
    },
    'POST /api/meetings/:id/follow-ups': {
      request: write('POST', (o) => `/api/meetings/${o.pastMeetingId}/follow-ups`, {
        title: 'Tindak lanjut',
        ownerInstitution: home,
        dueOn: '2025-08-01',
      }),
    },
    'GET /api/follow-ups': { request: async () => ({ method: 'GET', url: '/api/follow-ups?overdue=true' }) },
    'GET /api/follow-ups/:id': { object, request: get((o) => `/api/follow-ups/${o.followUpId}`) },
    'POST /api/follow-ups/:id/updates': {
      object,
      request: write('POST', (o) => `/api/follow-ups/${o.followUpId}/updates`, {
        status: 'in_progress',
        note: 'Sedang disusun',
      }),
    },
    'GET /api/follow-ups/:id/updates/:updateId/file': {
      object,
      request: get((o) => `/api/follow-ups/${o.followUpId}/updates/${o.followUpUpdateId}/file`),
    },
    'POST /api/media-kit': {
      request: async () => ({
        method: 'POST',
        url: '/api/media-kit',
        payload: {
          kind: 'press_release',
          title: 'Siaran pers',
          description: 'Siaran pers capaian Stranas PK triwulan ini.',
          period: '2025-2026',
        },
      }),
    },
    'GET /api/media-kit': { request: async () => ({ method: 'GET', url: '/api/media-kit' }) },
    'GET /api/media-kit/:id': { request: get((o) => `/api/media-kit/${o.materialId}`) },
    'GET /api/media-kit/:id/file': { request: get((o) => `/api/media-kit/${o.materialId}/file`) },
    'POST /api/publications': {
      request: async () => ({
        method: 'POST',
        url: '/api/publications',
        payload: {
          kind: 'berita',
          title: 'Berita aksi',
          url: 'https://semarangkota.go.id/b',
          publishedOn: '2025-06-30',
        },
      }),
    },
    'GET /api/publications': { request: async () => ({ method: 'GET', url: '/api/publications' }) },
    'GET /api/publications/:id': { object, request: get((o) => `/api/publications/${o.draftPublicationId}`) },
    'POST /api/publications/:id/publish': {
      object,
      request: async (env) => ({ method: 'POST', url: `/api/publications/${await freshDraft(env, home)}/publish` }),
    },
    'GET /api/publications/:id/file': { object, request: get((o) => `/api/publications/${o.draftPublicationId}/file`) },
    'GET /api/calendar.ics': { request: async () => ({ method: 'GET', url: '/api/calendar.ics' }) },
    'GET /api/calendar/feed.ics': {
      request: async (env, principal) => {
        // Each caller's own token; anonymous callers use the admin's, since the token is the credential.
        const email = principal.email ?? ADMIN;
        const user = await env.database.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', email)
          .executeTakeFirstOrThrow();
        const actor = await loadUserActor(env.database.db, user.id, 'session');
        const context = { config: {} as never, database: env.database, clock: env.clock, blobs: {} as never };
        const token = await createApiToken(context, actor as never, { name: 'Kalender', expiresInDays: 30 });
        return { method: 'GET', url: `/api/calendar/feed.ics?token=${token.token}` };
      },
    },
  };
}
