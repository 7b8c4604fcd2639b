/** The audit log and its head. Entries are only ever inserted. */
import { sql } from 'kysely';
import type { Executor } from '../database.js';
import type { AuditLogTable } from '../schema.js';

/**
 * Advances the head's sequence number and returns the new number with the previous entry's
 * hash. The UPDATE takes the row lock (PostgreSQL) or the write lock (SQLite), so concurrent
 * transactions queue here and entries get consecutive numbers.
 */
export async function advanceAuditHead(db: Executor): Promise<{ seq: number; prevHash: string }> {
  const row = await db
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  return { seq: row.seq, prevHash: row.hash };
}

/**
 * Appends an entry and moves the head's hash to it; when the entry changes what the public sees,
 * the public data version moves to it too.
 */
export async function appendAuditEntry(db: Executor, entry: AuditLogTable, isPublic: boolean): Promise<void> {
  await db.insertInto('audit_log').values(entry).execute();
  await db
    .updateTable('audit_head')
    .set(isPublic ? { hash: entry.hash, at: entry.at, public_seq: entry.seq } : { hash: entry.hash, at: entry.at })
    .where('id', '=', 1)
    .execute();
}

/**
 * PostgreSQL: advances the head, appends the entry linked to the previous one and moves the head
 * to it in one statement, the database completing the entry's content (`before`, see
 * `auditContentBeforeLink`) with the link and hashing it — so the head's row lock is held for
 * this statement and the commit only, not for round trips to a busy application.
 */
export async function appendLinkedAuditEntry(
  db: Executor,
  entry: Omit<AuditLogTable, 'seq' | 'prev_hash' | 'hash'>,
  before: string,
  isPublic: boolean,
): Promise<void> {
  const { rows } = await sql<{ seq: number }>`
    with head as (
      select seq + 1 as seq, hash as prev_hash from audit_head where id = 1 for update
    ), linked as (
      select head.seq, head.prev_hash,
        encode(sha256(convert_to(${before} || head.prev_hash || '","seq":' || head.seq::text || '}', 'UTF8')), 'hex') as hash
      from head
    ), entry as (
      insert into audit_log (seq, at, actor_id, actor_label, action, entity, entity_id, change, prev_hash, hash)
      select seq, ${entry.at}, ${entry.actor_id}, ${entry.actor_label}, ${entry.action}, ${entry.entity},
        ${entry.entity_id}, ${entry.change}, prev_hash, hash
      from linked
      returning seq, hash
    )
    update audit_head
    set seq = entry.seq, hash = entry.hash, at = ${entry.at},
      public_seq = case when ${isPublic} then entry.seq else audit_head.public_seq end
    from entry
    where audit_head.id = 1
    returning audit_head.seq`.execute(db);
  // Without the head row the statement appends nothing: say so rather than lose the entry.
  if (rows.length === 0) throw new Error('the audit head is missing');
}

/** The public data version: the sequence number of the last write that changed what the public sees. */
export async function getPublicSeq(db: Executor): Promise<number> {
  const row = await db.selectFrom('audit_head').select('public_seq').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.public_seq);
}

/** The current head. */
export function getAuditHead(db: Executor) {
  return db.selectFrom('audit_head').select(['seq', 'hash', 'at']).where('id', '=', 1).executeTakeFirstOrThrow();
}

/** Up to `limit` entries after sequence number `afterSeq`, in order. */
export function listAuditEntries(db: Executor, afterSeq: number, limit: number): Promise<AuditLogTable[]> {
  return db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

/** Which entries a list shows. */
export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  beforeSeq?: number | undefined;
}

/** Entries newest first, optionally for one entity or one action. */
export function listRecentAuditEntries(db: Executor, filter: AuditFilter, limit: number): Promise<AuditLogTable[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.beforeSeq) query = query.where('seq', '<', filter.beforeSeq);
  return query.orderBy('seq', 'desc').limit(limit).execute();
}

/** The entry with sequence number `seq`, if any. */
export function findAuditEntry(db: Executor, seq: number): Promise<AuditLogTable | undefined> {
  return db.selectFrom('audit_log').selectAll().where('seq', '=', seq).executeTakeFirst();
}
