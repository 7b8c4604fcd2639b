/** The audit chain as the API shows it: the head, entries (filtered, one by one) and a verification. */
import type { AuditEntryDto, AuditVerificationDto } from '@pantau/core';
import type { Clock } from '../clock.js';
import type { Executor } from '../db/database.js';
import {
  type AuditFilter,
  findAuditEntry,
  getAuditHead,
  listRecentAuditEntries,
} from '../db/repositories/audit.repository.js';
import type { AuditLogTable } from '../db/schema.js';
import { NotFoundError } from '../errors.js';
import { verifyAuditChain } from './audit.service.js';

function entryView(row: AuditLogTable): AuditEntryDto {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor_label,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    change: JSON.parse(row.change) as unknown,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** The chain head. */
export function getAuditHeadView(db: Executor) {
  return getAuditHead(db);
}

/** Entries newest first, optionally for one entity or action, paged by sequence number. */
export async function listAuditEntriesView(
  db: Executor,
  query: Omit<AuditFilter, 'beforeSeq'> & { before?: number | undefined; limit: number },
): Promise<AuditEntryDto[]> {
  const { before, limit, ...filter } = query;
  const rows = await listRecentAuditEntries(db, { ...filter, beforeSeq: before }, limit);
  return rows.map(entryView);
}

/** One entry by its sequence number. */
export async function getAuditEntryView(db: Executor, seq: number): Promise<AuditEntryDto> {
  const row = await findAuditEntry(db, seq);
  if (!row) throw new NotFoundError({ id: `Entri audit #${seq} tidak ada.`, en: `There is no audit entry #${seq}.` });
  return entryView(row);
}

/**
 * Walks the whole chain now (as `pantau audit verify` does) and says whether it holds, and where it
 * breaks when it does not. Reading only: it writes nothing, so it records no audit entry.
 */
export async function verifyAuditChainView(db: Executor, clock: Clock): Promise<AuditVerificationDto> {
  const [result, head] = await Promise.all([verifyAuditChain(db), getAuditHead(db)]);
  const checkedAt = clock.now().toISOString();
  return result.ok
    ? { ok: true, entries: result.entries, head, brokenAt: null, problem: null, checkedAt }
    : { ok: false, entries: result.entries, head, brokenAt: result.brokenAt, problem: result.problem, checkedAt };
}
