/**
 * Role × route fixtures of notifications, the admin outbox and job list, and the generated
 * documents, spread into the FIXTURES of `http/access-matrix.test.ts`. Rows the routes act on
 * are stored directly: a notification of the caller, a pending mail per retry.
 */
import type { InjectOptions } from 'fastify';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { Principal } from './principals.js';

interface MatrixEnv {
  database: Database;
  clock: Clock;
}

interface NotificationFixture {
  object?: { institution: string; aksi?: string };
  foreign?: 403 | 404;
  request(env: MatrixEnv, principal: Principal): Promise<InjectOptions>;
}

const get =
  (url: string): NotificationFixture['request'] =>
  async () => ({ method: 'GET', url });

/** A fresh in-app notification of `userId` (or of user 1 for anonymous callers). */
async function notificationOf(env: MatrixEnv, userId: number | null): Promise<number> {
  const row = await env.database.db
    .insertInto('notifications')
    .values({
      user_id: userId ?? 1,
      kind: 'review_waiting',
      title: 'Uji',
      body: 'Uji',
      link: null,
      in_app: 1,
      email_state: 'none',
      read_at: null,
      created_at: env.clock.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A fresh pending mail in the outbox. */
async function pendingMail(env: MatrixEnv): Promise<number> {
  const at = env.clock.now().toISOString();
  const row = await env.database.db
    .insertInto('outbox')
    .values({
      to_address: 'uji@semarangkota.go.id',
      subject: 'Uji',
      text_body: 'Uji',
      html_body: '<p>Uji</p>',
      kind: 'review_waiting',
      user_id: null,
      status: 'failed',
      attempts: 1,
      next_attempt_at: null,
      locked_by: null,
      locked_at: null,
      last_error: '550 uji',
      created_at: at,
      sent_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A fresh failed job run. */
async function failedJob(env: MatrixEnv): Promise<number> {
  const at = env.clock.now().toISOString();
  const row = await env.database.db
    .insertInto('jobs')
    .values({
      kind: 'daily_digest',
      key: `uji-${Math.random().toString(36).slice(2)}`,
      name: 'Uji',
      scheduled_for: at,
      run_after: at,
      status: 'failed',
      locked_by: null,
      locked_at: null,
      attempts: 5,
      last_error: 'uji',
      payload: '{}',
      result: null,
      created_at: at,
      finished_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Fixtures of every route of routes/notifications, routes/operations and routes/documents. */
export function notificationFixtures(home: string): Record<string, NotificationFixture> {
  return {
    'GET /api/notifications': { request: get('/api/notifications?kind=review_waiting') },
    'POST /api/notifications/:id/read': {
      request: async (env, principal) => ({
        method: 'POST',
        url: `/api/notifications/${await notificationOf(env, principal.userId)}/read`,
      }),
    },
    'POST /api/notifications/read-all': {
      request: async () => ({ method: 'POST', url: '/api/notifications/read-all' }),
    },
    'GET /api/notifications/preferences': { request: get('/api/notifications/preferences') },
    'PUT /api/notifications/preferences': {
      request: async () => ({
        method: 'PUT',
        url: '/api/notifications/preferences',
        payload: { items: [{ kind: 'report_accepted', channel: 'in_app', digest: false }] },
      }),
    },
    'GET /api/admin/outbox': { request: get('/api/admin/outbox?status=failed') },
    'POST /api/admin/outbox/:id/retry': {
      request: async (env) => ({ method: 'POST', url: `/api/admin/outbox/${await pendingMail(env)}/retry` }),
    },
    'GET /api/admin/jobs': { request: get('/api/admin/jobs') },
    'POST /api/admin/jobs/:id/run': {
      request: async (env) => ({ method: 'POST', url: `/api/admin/jobs/${await failedJob(env)}/run` }),
    },
    'GET /api/documents/quarterly': { request: get('/api/documents/quarterly?period=2025-2026&quarter=2&format=xlsx') },
    'GET /api/documents/semester': { request: get('/api/documents/semester?period=2025-2026&semester=1&format=pdf') },
    'GET /api/documents/report-card': {
      object: { institution: home },
      request: get(`/api/documents/report-card?institution=${home}&period=2025-2026&quarter=2`),
    },
  };
}
