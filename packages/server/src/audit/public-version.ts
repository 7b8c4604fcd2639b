/**
 * The public data version as this process knows it, so that a cached public answer costs one
 * in-memory comparison. The version (`audit_head.public_seq`) moves in the transaction of every
 * write that changes what the public sees (see `public-actions.ts`). This process trusts the
 * value it last read for `POLL_MS` — how soon another process's write (another worker, a CLI
 * import) shows — except after a public write of its own: then every read asks the database until
 * that write has surely committed (`SETTLE_MS`), so its own changes show at once.
 */
import type { Executor } from '../db/database.js';
import { getPublicSeq } from '../db/repositories/audit.repository.js';

/** How long a version read from the database is trusted. */
export const POLL_MS = 1000;
/** How long after this process's own public write the database is asked on every read. */
const SETTLE_MS = 2000;

interface Known {
  seq: number;
  /** When the read that gave `seq` began (performance.now()). */
  readAt: number;
  /** A read in flight, shared by the requests that arrive meanwhile, and when it began. */
  reading?: Promise<number>;
  readingAt?: number;
}

let lastPublicWrite = Number.NEGATIVE_INFINITY;
const known = new WeakMap<Executor, Known>();

/** Notes that this process has just recorded a write that changes what the public sees. */
export function publicWriteSeen(): void {
  lastPublicWrite = performance.now();
}

/** The version when it is known current without asking the database, else undefined. */
export function knownPublicSeq(db: Executor): number | undefined {
  const found = known.get(db);
  if (!found) return undefined;
  const now = performance.now();
  if (now - found.readAt >= POLL_MS || found.readAt <= lastPublicWrite + SETTLE_MS) return undefined;
  return found.seq;
}

/** The current public data version: from memory when known current, else one single-row read. */
export async function publicSeq(db: Executor): Promise<number> {
  const current = knownPublicSeq(db);
  if (current !== undefined) return current;
  const found = known.get(db);
  // Shortly after a public write here, each request reads for itself: a read begun before the
  // write committed must not answer for one that arrives after.
  if (found?.reading && (found.readingAt ?? 0) > lastPublicWrite + SETTLE_MS) return found.reading;
  const readAt = performance.now();
  const reading = getPublicSeq(db);
  const entry: Known = found ?? { seq: -1, readAt: Number.NEGATIVE_INFINITY };
  entry.reading = reading;
  entry.readingAt = readAt;
  known.set(db, entry);
  try {
    const seq = await reading;
    if (readAt >= entry.readAt) {
      entry.seq = seq;
      entry.readAt = readAt;
    }
    return seq;
  } finally {
    if (entry.reading === reading) {
      delete entry.reading;
      delete entry.readingAt;
    }
  }
}
