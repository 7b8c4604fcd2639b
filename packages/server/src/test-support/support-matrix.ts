/**
 * Role × route fixtures of the support log, the leader's brief and the province view, spread
 * into the FIXTURES of `http/access-matrix.test.ts`. The entries they act on belong to `home`;
 * none of the matrix's principals has the province view, so only admin and observers read it.
 */
import type { InjectOptions } from 'fastify';
import type { Clock } from '../clock.js';
import type { Database } from '../db/database.js';
import type { Principal } from './principals.js';

type Outcome = 'allow' | 401 | 403 | 404;

interface MatrixEnv {
  database: Database;
  clock: Clock;
  evidenceId: number;
  counter: () => number;
  newContributor(): Promise<number>;
}

interface SupportFixture {
  object?: { institution: string };
  refine?(principal: Principal): Outcome;
  request(env: MatrixEnv, principal: Principal): Promise<InjectOptions>;
}

interface SupportObjects {
  entryId: number;
  followUpId: number;
  attachmentId: number;
}

const made = new WeakMap<MatrixEnv, Promise<SupportObjects>>();

/** A support entry of `home` with a follow-up and a file (the draft report's evidence, already in the blob store). */
async function makeObjects(env: MatrixEnv, home: string): Promise<SupportObjects> {
  const { db } = env.database;
  const at = env.clock.now().toISOString();
  const institution = await db
    .selectFrom('institutions')
    .select('id')
    .where('code', '=', home)
    .executeTakeFirstOrThrow();
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'admin.setnas@uji.pantau.id')
    .executeTakeFirstOrThrow();
  const evidence = await db
    .selectFrom('evidence')
    .select(['file_sha256', 'file_name', 'mime_type', 'file_size'])
    .where('id', '=', env.evidenceId)
    .executeTakeFirstOrThrow();
  const attachment = await db
    .insertInto('attachments')
    .values({
      sha256: evidence.file_sha256 as string,
      file_name: evidence.file_name as string,
      mime_type: evidence.mime_type as string,
      size: evidence.file_size as number,
      uploaded_by: admin.id,
      institution_id: null,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const entry = await db
    .insertInto('support_entries')
    .values({
      institution_id: institution.id,
      unit_id: null,
      held_on: '2025-06-25',
      kind: 'visit',
      notes: 'Kunjungan pendampingan uji matriks.',
      created_by: admin.id,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('support_entry_attachments')
    .values({ entry_id: entry.id, attachment_id: attachment.id, position: 0 })
    .execute();
  const followUp = await db
    .insertInto('support_follow_ups')
    .values({
      entry_id: entry.id,
      institution_id: institution.id,
      title: 'Lengkapi SOP',
      owner_unit_id: null,
      due_on: '2025-07-31',
      status: 'open',
      created_at: at,
      updated_at: at,
      closed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { entryId: entry.id, followUpId: followUp.id, attachmentId: attachment.id };
}

function objectsOf(env: MatrixEnv, home: string): Promise<SupportObjects> {
  let objects = made.get(env);
  if (!objects) {
    objects = makeObjects(env, home);
    made.set(env, objects);
  }
  return objects;
}

/** Fixtures of the support-log, brief and province-view routes. */
export function supportFixtures(home: string): Record<string, SupportFixture> {
  const object = { institution: home };
  // Without the flag, a province view is refused even to a role the matrix lets ask for it.
  const national = (principal: Principal): Outcome =>
    principal.roles.includes('admin') || principal.roles.includes('observer') ? 'allow' : 403;
  const query = 'period=2025-2026&quarter=2';
  return {
    'GET /api/institutions/:code/support': {
      object,
      request: async () => ({ method: 'GET', url: `/api/institutions/${home}/support` }),
    },
    'POST /api/institutions/:code/support': {
      object,
      request: async (env) => ({
        method: 'POST',
        url: `/api/institutions/${home}/support`,
        payload: {
          heldOn: '2025-06-30',
          kind: 'review',
          notes: `Reviu dokumen ke-${env.counter()}`,
          followUps: [{ title: 'Perbaiki narasi', dueOn: '2025-07-15' }],
        },
      }),
    },
    'POST /api/support-follow-ups/:id/status': {
      object,
      request: async (env) => ({
        method: 'POST',
        url: `/api/support-follow-ups/${(await objectsOf(env, home)).followUpId}/status`,
        payload: { status: 'in_progress' },
      }),
    },
    'GET /api/support/:id/attachments/:attachmentId': {
      object,
      request: async (env) => {
        const o = await objectsOf(env, home);
        return { method: 'GET', url: `/api/support/${o.entryId}/attachments/${o.attachmentId}` };
      },
    },
    'GET /api/dashboard/support': { request: async () => ({ method: 'GET', url: `/api/dashboard/support?${query}` }) },
    'GET /api/institutions/:code/brief': {
      object,
      request: async () => ({ method: 'GET', url: `/api/institutions/${home}/brief?${query}` }),
    },
    'GET /api/province-view': {
      refine: national,
      request: async () => ({ method: 'GET', url: `/api/province-view?province=${home.slice(0, 2)}&${query}` }),
    },
    'GET /api/province-view/:code': {
      refine: national,
      request: async () => ({ method: 'GET', url: `/api/province-view/${home}?${query}` }),
    },
    'PUT /api/users/:id/province-view': {
      request: async (env) => ({
        method: 'PUT',
        url: `/api/users/${await env.newContributor()}/province-view`,
        payload: { enabled: false },
      }),
    },
  };
}
