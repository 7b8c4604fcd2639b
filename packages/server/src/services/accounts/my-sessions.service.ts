/** The signed-in user's own sessions: where they are signed in, and signing out everywhere else. */
import type { AccountSessionDto } from '@pantau/core';
import type { UserActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { AppContext } from '../../context.js';
import { endOtherSessionsOfUser, listOpenSessionsOfUser } from '../../db/repositories/session.repository.js';
import { transaction } from '../../db/transaction.js';

/** The user's open sessions, marking the one of this request. */
export async function listMySessions(
  context: AppContext,
  actor: UserActor,
  currentSessionHash: string | null,
): Promise<AccountSessionDto[]> {
  const rows = await listOpenSessionsOfUser(context.database.db, actor.userId, context.clock.now().toISOString());
  return rows.map((row) => ({
    device: row.user_agent,
    address: row.ip,
    signedInAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    current: row.id_hash === currentSessionHash,
  }));
}

/** Ends every session of the user but this one. Audited. */
export async function endMyOtherSessions(
  context: AppContext,
  actor: UserActor,
  currentSessionHash: string | null,
): Promise<{ endedSessions: number }> {
  const at = context.clock.now().toISOString();
  return transaction(context.database.db, async (trx) => {
    const endedSessions = await endOtherSessionsOfUser(
      trx,
      actor.userId,
      currentSessionHash,
      'signed_out_elsewhere',
      at,
    );
    await recordAudit(trx, context.clock, actor, {
      action: 'account.sessions_end',
      entity: 'user',
      entityId: actor.userId,
      change: { endedSessions },
    });
    return { endedSessions };
  });
}
