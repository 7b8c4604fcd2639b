/**
 * Figures computed from the reports (per output, aksi, fokus) are the costly part of a dashboard,
 * and they cannot change between two writes. Every write to programme data records an audit
 * entry in its own transaction, advancing the audit head's sequence number; so a result computed
 * after reading sequence n is exact for as long as the head still reads n.
 *
 * While writes stream in (the deadline rush), recomputing on the first read after each write
 * would make every reader wait for a national recomputation, and on SQLite (synchronous) stall the
 * writers too. So a result may be served up to `maxStaleMs` after the moment it reflects, while
 * one recomputation (never two for one key) runs in the background — on SQLite in a worker thread
 * with its own read-only connection (`figures-offload.ts`). Every answer carries the moment its
 * figures reflect (`at`), which the screens show. A costly recomputation rests three times as long
 * as it took before the next starts, and while one is running past the bound readers keep the kept result (up
 * to twice the bound) instead of queueing behind it. Once writes stop, a read starts the last
 * recomputation and the one after it is exact. With `maxStaleMs` 0 every read after a write waits
 * for the recomputation (still one per key).
 */
import type { Executor } from '../../db/database.js';
import { getAuditHead } from '../../db/repositories/audit.repository.js';

/** A computed result, the audit sequence it was computed after, and when (ms since epoch). */
export interface Fresh<T> {
  value: T;
  seq: number;
  at: number;
}

interface Entry {
  done?: Fresh<unknown>;
  refreshing?: Promise<Fresh<unknown>>;
  /** The sequence the running recomputation began after. */
  refreshingSeq?: number;
  /** Until when (ms since epoch) a costly recomputation that just finished is not started again. */
  restUntil?: number;
}

/**
 * A recomputation taking at least this long (ms) rests `REST_FACTOR` times as long as it took
 * before the next one starts in the background, so that during a rush it takes at most a quarter
 * of a core from the writers (a national recomputation takes about 1 s on PostgreSQL with the
 * national dataset, and figures then refresh every 4 s, within the 5 s bound).
 */
const COSTLY_MS = 50;
const REST_FACTOR = 3;

/** Results kept per database (least recently used go first). */
const LIMIT = 200;

const memos = new WeakMap<Executor, Map<string, Entry>>();

function memoOf(db: Executor): Map<string, Entry> {
  let memo = memos.get(db);
  if (!memo) {
    memo = new Map();
    memos.set(db, memo);
  }
  return memo;
}

/**
 * Starts the entry's recomputation unless one is running that began after sequence `seq` (or any
 * one, unless `exact`); resolves with its result.
 */
function refresh(entry: Entry, seq: number, exact: boolean, compute: () => Promise<unknown>): Promise<Fresh<unknown>> {
  if (entry.refreshing && (!exact || (entry.refreshingSeq ?? -1) >= seq)) return entry.refreshing;
  const at = Date.now();
  const running = compute().then(
    (value) => {
      if (!entry.done || entry.done.seq <= seq) entry.done = { value, seq, at };
      if (entry.refreshing === running) delete entry.refreshing;
      const finished = Date.now();
      entry.restUntil = finished - at >= COSTLY_MS ? finished + REST_FACTOR * (finished - at) : finished;
      return entry.done;
    },
    (error: unknown) => {
      if (entry.refreshing === running) delete entry.refreshing;
      throw error;
    },
  );
  entry.refreshing = running;
  entry.refreshingSeq = seq;
  return running;
}

/**
 * `compute()`'s result with its sequence and time: the kept one when no write came since, or when
 * it is at most `maxStaleMs` old (a recomputation then starts in the background); otherwise the
 * running or a new recomputation's.
 */
export async function freshWithin<T>(
  db: Executor,
  key: string,
  maxStaleMs: number,
  compute: () => Promise<T>,
): Promise<Fresh<T>> {
  // Read the sequence first: whatever `compute` then sees is at least as new as it.
  const { seq } = await getAuditHead(db);
  const memo = memoOf(db);
  let entry = memo.get(key);
  if (entry) {
    memo.delete(key);
  } else {
    entry = {};
  }
  memo.set(key, entry);
  for (const oldest of memo.keys()) {
    if (memo.size <= LIMIT) break;
    memo.delete(oldest);
  }
  const done = entry.done as Fresh<T> | undefined;
  if (done && done.seq >= seq) return done;
  if (done && maxStaleMs > 0) {
    const now = Date.now();
    if (now - done.at <= maxStaleMs) {
      if (now >= (entry.restUntil ?? 0)) {
        refresh(entry, seq, false, compute).catch(() => {
          // A failed background recomputation is tried again by the next read.
        });
      }
      return done;
    }
    // Past the bound while a recomputation is on its way (a slow one under load): readers keep
    // the kept result, labelled with its time, rather than queue behind it — up to twice the bound.
    if (entry.refreshing && now - done.at <= 2 * maxStaleMs) return done;
  }
  // Too old to serve: wait for a recomputation that sees at least this sequence.
  return (await refresh(entry, seq, true, compute)) as Fresh<T>;
}

/** `compute()`, or its result from an earlier call with the same key and no write since. */
export async function untilNextWrite<T>(db: Executor, key: string, compute: () => Promise<T>): Promise<T> {
  return (await freshWithin(db, key, 0, compute)).value;
}

/** Resolves once no recomputation is running for `db` (for tests and the benchmark's final check). */
export async function recomputationsSettled(db: Executor): Promise<void> {
  const memo = memos.get(db);
  if (!memo) return;
  await Promise.allSettled([...memo.values()].map((entry) => entry.refreshing));
}
