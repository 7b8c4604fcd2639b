/** The hash of an audit entry: SHA-256 over the canonical JSON of every field but the hash. */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@pantau/core';
import type { AuditLogTable } from '../db/schema.js';

/** The chain's starting point: the "previous hash" of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 (hex) of the entry's content and its link to the previous entry. */
export function auditEntryHash(entry: Omit<AuditLogTable, 'hash'>): string {
  const content = canonicalJson({
    seq: entry.seq,
    at: entry.at,
    actor_id: entry.actor_id,
    actor_label: entry.actor_label,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entity_id,
    change: entry.change,
    prev_hash: entry.prev_hash,
  });
  return createHash('sha256').update(content).digest('hex');
}
