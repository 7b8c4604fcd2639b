/**
 * Role × route fixtures of the open-data API, citizen feedback and holidays, spread into the
 * FIXTURES of `http/access-matrix.test.ts`. Feedback items are stored directly in the state each
 * route needs, a fresh one per call where the call changes it.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import { insertTestFeedback, solvedChallenge } from './feedback.js';
import type { Principal } from './principals.js';

interface MatrixEnv {
  app: FastifyInstance;
  database: Database;
  clock: Clock;
}

interface FeedbackFixture {
  object?: { institution: string; aksi?: string };
  foreign?: 403 | 404;
  request(env: MatrixEnv, principal: Principal): Promise<InjectOptions>;
}

const get =
  (url: string): FeedbackFixture['request'] =>
  async () => ({ method: 'GET', url });

/** Evidence of an accepted report of `home`, marked public for the occasion. */
async function publicEvidenceOf(env: MatrixEnv, home: string): Promise<number> {
  const { db } = env.database;
  const row = await db
    .selectFrom('evidence')
    .innerJoin('reports', 'reports.id', 'evidence.report_id')
    .innerJoin('institutions', 'institutions.id', 'reports.institution_id')
    .select('evidence.id')
    .where('reports.state', '=', 'accepted')
    .where('institutions.code', '=', home)
    .where('evidence.kind', '=', 'file')
    .executeTakeFirstOrThrow();
  await db.updateTable('evidence').set({ is_public: 1 }).where('id', '=', row.id).execute();
  return row.id;
}

/** Fixtures for every route of routes/public, routes/feedback and routes/holidays. */
export function feedbackFixtures(home: string): Record<string, FeedbackFixture> {
  const item = (env: MatrixEnv, status: 'submitted' | 'forwarded' | 'answered', published = false) =>
    insertTestFeedback(env.database, { institutionCode: home, status, published });
  return {
    'OPTIONS /api/public/*': {
      request: async () => ({
        method: 'OPTIONS',
        url: '/api/public/institutions',
        headers: { origin: 'https://data.example.org', 'access-control-request-method': 'GET' },
      }),
    },
    'GET /api/public/periods': { request: get('/api/public/periods?format=csv') },
    'GET /api/public/institutions': { request: get('/api/public/institutions?type=kota') },
    'GET /api/public/figures': { request: get('/api/public/figures?province=33') },
    'GET /api/public/institutions/:code': { request: get(`/api/public/institutions/${home}?period=2025-2026`) },
    'GET /api/public/aksi/:code': { request: get('/api/public/aksi/2?period=2025-2026') },
    'GET /api/public/search': { request: get('/api/public/search?q=semarang') },
    'GET /api/public/holidays': { request: get('/api/public/holidays?year=2026') },
    'GET /api/public/evidence/:id/file': {
      request: async (env) => ({
        method: 'GET',
        url: `/api/public/evidence/${await publicEvidenceOf(env, home)}/file`,
      }),
    },
    'GET /api/public/feedback/challenge': { request: get('/api/public/feedback/challenge') },
    'POST /api/public/feedback': {
      request: async (env) => {
        // Every caller comes from the same test address: start each call with a clean slate.
        await env.database.db.deleteFrom('feedback_attempts').execute();
        return {
          method: 'POST',
          url: '/api/public/feedback',
          payload: {
            kind: 'usulan',
            institution: home,
            message: 'Mohon jadwal layanan perizinan diumumkan di laman resmi.',
            ...(await solvedChallenge(env.app)),
          },
        };
      },
    },
    'GET /api/public/feedback/:ticket': {
      request: async (env) => ({
        method: 'GET',
        url: `/api/public/feedback/${(await item(env, 'answered', true)).ticket}`,
      }),
    },
    'GET /api/public/feedback': { request: get(`/api/public/feedback?institution=${home}`) },
    'GET /api/feedback': { request: get('/api/feedback') },
    'GET /api/exports/feedback.:format': { request: get('/api/exports/feedback.csv') },
    'GET /api/feedback/:id': {
      object: { institution: home },
      request: async (env) => ({ method: 'GET', url: `/api/feedback/${(await item(env, 'forwarded')).id}` }),
    },
    'POST /api/feedback/:id/moderate': {
      request: async (env) => ({
        method: 'POST',
        url: `/api/feedback/${(await item(env, 'submitted')).id}/moderate`,
        payload: { decision: 'accept' },
      }),
    },
    'POST /api/feedback/:id/answer': {
      object: { institution: home },
      request: async (env) => ({
        method: 'POST',
        url: `/api/feedback/${(await item(env, 'forwarded')).id}/answer`,
        payload: { answer: 'Terima kasih, sudah kami tindak lanjuti.', publish: true },
      }),
    },
    'POST /api/feedback/:id/publication': {
      object: { institution: home },
      request: async (env) => ({
        method: 'POST',
        url: `/api/feedback/${(await item(env, 'answered')).id}/publication`,
        payload: { publish: true },
      }),
    },
    'GET /api/holidays': { request: get('/api/holidays?year=2026') },
    'PUT /api/holidays/:date': {
      request: async () => ({
        method: 'PUT',
        url: '/api/holidays/2026-12-24',
        payload: { name: 'Cuti bersama Natal', kind: 'collective_leave' },
      }),
    },
    'DELETE /api/holidays/:date': {
      request: async (env) => {
        const at = env.clock.now().toISOString();
        await env.database.db
          .insertInto('holidays')
          .values({ date: '2026-12-31', name: 'Libur uji', kind: 'other', created_at: at, updated_at: at })
          .onConflict((oc) => oc.column('date').doNothing())
          .execute();
        return { method: 'DELETE', url: '/api/holidays/2026-12-31' };
      },
    },
  };
}
