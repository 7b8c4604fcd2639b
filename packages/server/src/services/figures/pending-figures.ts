/**
 * Institutions whose figures a transaction's changes affect, recomputed together once the changes
 * are made (`recomputeFigures`): an import or a rule touching hundreds of institutions recomputes
 * each one once, in batches, inside the same transaction.
 */
import type { Executor } from '../../db/database.js';
import { lockFiguresOf } from '../../db/repositories/figures.repository.js';
import { recomputeFigures } from './figures.service.js';

export class PendingFigures {
  private readonly byPeriod = new Map<number, Set<number>>();

  /** Queues institutions of a period for a refresh. */
  add(periodId: number, institutionIds: Iterable<number>): void {
    let set = this.byPeriod.get(periodId);
    if (!set) {
      set = new Set();
      this.byPeriod.set(periodId, set);
    }
    for (const id of institutionIds) set.add(id);
  }

  /** Number of (period, institution) pairs queued. */
  get size(): number {
    let size = 0;
    for (const set of this.byPeriod.values()) size += set.size;
    return size;
  }

  /** Recomputes every queued institution's figures; call inside the transaction, after the changes. */
  async flush(trx: Executor, at: string): Promise<void> {
    // Every institution's figures lock at once, in one order, before any of them is read.
    await lockFiguresOf(
      trx,
      [...this.byPeriod.values()].flatMap((ids) => [...ids]),
    );
    for (const [periodId, ids] of this.byPeriod) {
      await recomputeFigures(
        trx,
        periodId,
        [...ids].sort((a, b) => a - b),
        at,
      );
    }
    this.byPeriod.clear();
  }
}
