/** Browser sessions, stored so that several app processes share them. */
import type { Insertable } from 'kysely';
import type { Executor } from '../database.js';
import { prepared } from '../dialect/prepared.js';
import type { SessionTable } from '../schema.js';
import { type ActorUser, actorUserOf, grantRows, grantsOf, type UserGrants } from './user.repository.js';

/** Stores a new session. */
export async function insertSession(db: Executor, session: Insertable<SessionTable>): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

// Every signed-in request runs this: one statement (one round trip on PostgreSQL) instead of three.
const sessionActorStatement = prepared((db, p: { idHash: string }) => {
  const userOfSession = db
    .selectFrom('sessions')
    .select('user_id')
    .where('id_hash', '=', p.idHash)
    .where('ended_at', 'is', null)
    .$asScalar();
  return db
    .selectFrom('sessions')
    .leftJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin(grantRows(db, userOfSession).as('grants'), (join) => join.onTrue())
    .select([
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.email',
      'users.status',
      'users.institution_id',
      'grants.kind',
      'grants.role',
      'grants.id',
    ])
    .where('sessions.id_hash', '=', p.idHash)
    .where('sessions.ended_at', 'is', null)
    .orderBy('grants.kind')
    .orderBy('grants.role')
    .orderBy('grants.id');
});

/** An open session with its user (whatever its status; undefined when missing) and the user's grants. */
export interface SessionActor {
  session: Pick<SessionTable, 'user_id' | 'csrf_token' | 'last_seen_at' | 'expires_at'>;
  user: ActorUser | undefined;
  grants: UserGrants;
}

/** The session with this hash if it has not ended, with its user and grants, in one statement. */
export async function findSessionActor(db: Executor, idHash: string): Promise<SessionActor | undefined> {
  const rows = await sessionActorStatement.rows(db, { idHash });
  const first = rows[0];
  if (!first) return undefined;
  const { user_id, csrf_token, last_seen_at, expires_at } = first;
  return {
    session: { user_id, csrf_token, last_seen_at, expires_at },
    user: actorUserOf(first),
    grants: grantsOf(rows),
  };
}

/** Records activity on a session. */
export async function touchSession(db: Executor, idHash: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

/** Ends one session. */
export async function endSession(db: Executor, idHash: string, reason: string, at: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ ended_at: at, end_reason: reason })
    .where('id_hash', '=', idHash)
    .where('ended_at', 'is', null)
    .execute();
}

/** Ends every open session of a user; returns how many. */
export async function endSessionsOfUser(db: Executor, userId: number, reason: string, at: string): Promise<number> {
  const result = await db
    .updateTable('sessions')
    .set({ ended_at: at, end_reason: reason })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Ends every open session of a user but `keepIdHash`; returns how many. */
export async function endOtherSessionsOfUser(
  db: Executor,
  userId: number,
  keepIdHash: string | null,
  reason: string,
  at: string,
): Promise<number> {
  let query = db
    .updateTable('sessions')
    .set({ ended_at: at, end_reason: reason })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null);
  if (keepIdHash) query = query.where('id_hash', '!=', keepIdHash);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The open, unexpired sessions of a user, most recently seen first. */
export function listOpenSessionsOfUser(db: Executor, userId: number, now: string) {
  return db
    .selectFrom('sessions')
    .select(['id_hash', 'ip', 'user_agent', 'created_at', 'last_seen_at'])
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
}
