/** Citizen feedback in tests: solving the form's proof of work, and items stored directly in a given state. */
import { createHash, randomBytes } from 'node:crypto';
import { solveProofOfWork, TICKET_RANDOM_BYTES, ticketFromBytes } from '@pantau/core';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';

/** Spam settings that keep tests fast: a trivial proof of work and generous limits. */
export const EASY_FEEDBACK = { powBits: 2, perHour: 100, perDay: 1000, maxExtraBits: 6 } as const;

const sha256 = (text: string) => new Uint8Array(createHash('sha256').update(text, 'utf8').digest());

/** Fetches a challenge and solves it, as the browser would. */
export async function solvedChallenge(
  app: FastifyInstance,
  ip = '203.0.113.7',
): Promise<{ challenge: string; nonce: string }> {
  const { challenge, difficulty } = (
    await app.inject({ url: '/api/public/feedback/challenge', remoteAddress: ip })
  ).json();
  return { challenge, nonce: await solveProofOfWork(challenge, difficulty, sha256) };
}

/** The difficulty a challenge fetched from `ip` asks now. */
export async function challengeDifficulty(app: FastifyInstance, ip: string): Promise<number> {
  return (await app.inject({ url: '/api/public/feedback/challenge', remoteAddress: ip })).json().difficulty;
}

/** Submits feedback through the public form (a fresh solved challenge each time). */
export async function submitThroughForm(app: FastifyInstance, body: Record<string, unknown>, ip = '203.0.113.7') {
  return app.inject({
    method: 'POST',
    url: '/api/public/feedback',
    remoteAddress: ip,
    payload: { ...(await solvedChallenge(app, ip)), ...body },
  });
}

/** Stores a feedback item in the given state without the form, for tests of other parts. */
export async function insertTestFeedback(
  database: Database,
  spec: {
    institutionCode: string;
    status?: 'submitted' | 'rejected' | 'forwarded' | 'answered';
    message?: string;
    answer?: string;
    published?: boolean;
    dueOn?: string;
    at?: string;
  },
): Promise<{ id: number; ticket: string }> {
  const { db } = database;
  const institution = await db
    .selectFrom('institutions')
    .select('id')
    .where('code', '=', spec.institutionCode)
    .executeTakeFirstOrThrow();
  const at = spec.at ?? '2025-07-01T03:00:00.000Z';
  const status = spec.status ?? 'submitted';
  const forwarded = status === 'forwarded' || status === 'answered';
  const ticket = ticketFromBytes(randomBytes(TICKET_RANDOM_BYTES));
  const row = await db
    .insertInto('feedback')
    .values({
      ticket,
      kind: 'pengaduan',
      institution_id: institution.id,
      message: spec.message ?? 'Pelayanan perizinan di kantor kecamatan lambat sekali.',
      sender_name: 'Warga Uji',
      sender_email: 'warga.uji@contoh.id',
      sender_phone: '0811111111',
      status,
      submitted_at: at,
      moderated_at: status === 'submitted' ? null : at,
      moderation_reason: status === 'rejected' ? 'Bukan tentang aksi pencegahan korupsi' : null,
      forwarded_at: forwarded ? at : null,
      due_on: forwarded ? (spec.dueOn ?? '2025-07-10') : null,
      answered_at: status === 'answered' ? at : null,
      answer: status === 'answered' ? (spec.answer ?? 'Terima kasih, sudah kami tindak lanjuti.') : null,
      published: spec.published ? 1 : 0,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, ticket };
}
