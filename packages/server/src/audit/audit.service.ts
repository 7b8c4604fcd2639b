/**
 * The tamper-evident audit chain (docs/design.md#integrity). Every write records an entry in the same
 * transaction; each entry holds the previous entry's hash; `verifyAuditChain` walks the chain and
 * names the first entry that does not fit.
 */
import { type AuditChainProblem, canonicalJson } from '@pantau/core';
import type { Clock } from '../clock.js';
import type { Executor } from '../db/database.js';
import { isPostgres } from '../db/dialect/index.js';
import {
  advanceAuditHead,
  appendAuditEntry,
  appendLinkedAuditEntry,
  getAuditHead,
  listAuditEntries,
} from '../db/repositories/audit.repository.js';
import { beforeCommit } from '../db/transaction.js';
import { type Actor, actorLabel } from './actor.js';
import { auditContentBeforeLink, auditEntryHash, GENESIS_HASH } from './audit-hash.js';
import { changesPublicData } from './public-actions.js';
import { publicWriteSeen } from './public-version.js';

/** What happened, to which entity, with the change. */
export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string | number | null;
  change: Record<string, unknown>;
}

/**
 * Appends `event` to the chain. Call inside the transaction that makes the change; in one opened
 * with `transaction` (db/transaction.ts) the entry is appended just before commit, so the chain's
 * head is locked only then, and entries are chained in the order their transactions commit.
 */
export function recordAudit(trx: Executor, clock: Clock, actor: Actor, event: AuditEvent): Promise<void> {
  const at = clock.now().toISOString();
  return beforeCommit(trx, () => appendToChain(trx, at, actor, event));
}

async function appendToChain(trx: Executor, at: string, actor: Actor, event: AuditEvent): Promise<void> {
  const content = {
    at,
    actor_id: actor.kind === 'user' ? actor.userId : null,
    actor_label: actorLabel(actor),
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId === null ? null : String(event.entityId),
    change: canonicalJson(event.change),
  };
  const isPublic = changesPublicData(event.action);
  if (isPostgres(trx)) {
    await appendLinkedAuditEntry(trx, content, auditContentBeforeLink(content), isPublic);
  } else {
    const { seq, prevHash } = await advanceAuditHead(trx);
    const entry = { ...content, seq, prev_hash: prevHash };
    await appendAuditEntry(trx, { ...entry, hash: auditEntryHash(entry) }, isPublic);
  }
  if (isPublic) publicWriteSeen();
}

/** The outcome of walking the chain. */
export type AuditVerification =
  | { ok: true; entries: number; head: { seq: number; hash: string } }
  | { ok: false; entries: number; brokenAt: number; problem: AuditChainProblem; reason: string };

const PAGE = 2000;

/** Walks the whole chain in order and reports the first entry that breaks it. */
export async function verifyAuditChain(db: Executor): Promise<AuditVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const page = await listAuditEntries(db, expectedSeq - 1, PAGE);
    if (page.length === 0) break;
    for (const entry of page) {
      const broken = (problem: AuditChainProblem, reason: string): AuditVerification => ({
        ok: false,
        entries: checked,
        brokenAt: entry.seq,
        problem,
        reason,
      });
      if (entry.seq !== expectedSeq) {
        return {
          ok: false,
          entries: checked,
          brokenAt: expectedSeq,
          problem: 'missing_entry',
          reason: `entri #${expectedSeq} hilang (berikutnya #${entry.seq}) / entry #${expectedSeq} is missing`,
        };
      }
      if (entry.prev_hash !== prevHash) {
        return broken(
          'broken_link',
          `tautan ke entri sebelumnya tidak cocok / link to the previous entry does not match`,
        );
      }
      if (auditEntryHash(entry) !== entry.hash) {
        return broken('content_changed', `isi entri tidak cocok dengan hash-nya / content does not match its hash`);
      }
      prevHash = entry.hash;
      expectedSeq++;
      checked++;
    }
  }
  const head = await getAuditHead(db);
  if (head.seq !== checked || head.hash !== prevHash) {
    return {
      ok: false,
      entries: checked,
      brokenAt: checked + 1,
      problem: 'head_mismatch',
      reason: `kepala rantai #${head.seq} tidak cocok dengan entri terakhir #${checked} / head does not match the last entry`,
    };
  }
  return { ok: true, entries: checked, head: { seq: head.seq, hash: head.hash } };
}
