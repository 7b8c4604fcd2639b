/**
 * Figures computed from the reports (per output, aksi, fokus) are the costly part of a dashboard,
 * and they cannot change between two writes. Every write to programme data records an audit
 * entry in its own transaction, advancing the audit head's sequence number; so a result computed
 * after reading sequence n is exact for as long as the head still reads n. Each process keeps a
 * few recent results per database and recomputes on the first read after any write: live and
 * exact, with no batch and nothing to keep in step.
 */
import type { Executor } from '../../db/database.js';
import { getAuditHead } from '../../db/repositories/audit.repository.js';

/** Results kept per database (least recently used go first). */
const LIMIT = 200;

const memos = new WeakMap<Executor, Map<string, { seq: number; value: Promise<unknown> }>>();

/** `compute()`, or its result from an earlier call with the same key and no write since. */
export async function untilNextWrite<T>(db: Executor, key: string, compute: () => Promise<T>): Promise<T> {
  // Read the sequence first: whatever `compute` then sees is at least as new as it.
  const { seq } = await getAuditHead(db);
  let memo = memos.get(db);
  if (!memo) {
    memo = new Map();
    memos.set(db, memo);
  }
  const hit = memo.get(key);
  if (hit && hit.seq === seq) {
    memo.delete(key);
    memo.set(key, hit);
    return hit.value as Promise<T>;
  }
  const entry = { seq, value: compute() as Promise<unknown> };
  memo.set(key, entry);
  entry.value.catch(() => {
    if (memo.get(key) === entry) memo.delete(key);
  });
  for (const oldest of memo.keys()) {
    if (memo.size <= LIMIT) break;
    memo.delete(oldest);
  }
  return entry.value as Promise<T>;
}
