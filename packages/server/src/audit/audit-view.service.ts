/** The audit chain as the API shows it. */
import type { Executor } from '../db/database.js';
import { getAuditHead, listRecentAuditEntries } from '../db/repositories/audit.repository.js';

/** The chain head. */
export function getAuditHeadView(db: Executor) {
  return getAuditHead(db);
}

/** Entries newest first, optionally for one entity, paged by sequence number. */
export async function listAuditEntriesView(
  db: Executor,
  query: { entity?: string | undefined; entityId?: string | undefined; before?: number | undefined; limit: number },
) {
  const rows = await listRecentAuditEntries(
    db,
    { entity: query.entity, entityId: query.entityId, beforeSeq: query.before },
    query.limit,
  );
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor_label,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    change: JSON.parse(row.change) as unknown,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}
