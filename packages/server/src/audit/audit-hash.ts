/** The hash of an audit entry: SHA-256 over the canonical JSON of every field but the hash. */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@pantau/core';
import type { AuditLogTable } from '../db/schema.js';

/** The chain's starting point: the "previous hash" of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 (hex) of the entry's content and its link to the previous entry. */
export function auditEntryHash(entry: Omit<AuditLogTable, 'hash'>): string {
  return createHash('sha256').update(auditEntryContent(entry)).digest('hex');
}

function auditEntryContent(entry: Omit<AuditLogTable, 'hash'>): string {
  return canonicalJson({
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
}

/**
 * An entry's canonical JSON before its link is known, for the database to complete (its last two
 * keys, in key order, are the link): the content is `before + prevHash + '","seq":' + seq + '}'`,
 * whose SHA-256 is `auditEntryHash`.
 */
export function auditContentBeforeLink(entry: Omit<AuditLogTable, 'hash' | 'seq' | 'prev_hash'>): string {
  const end = '","seq":0}';
  const content = auditEntryContent({ ...entry, seq: 0, prev_hash: '' });
  if (!content.endsWith(`"prev_hash":"${end}`)) throw new Error('an audit entry has a field after its link');
  return content.slice(0, -end.length);
}
