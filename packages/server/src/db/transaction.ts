/**
 * Transactions with steps that run last, just before commit. The audit chain appends its entries
 * there (`recordAudit`): its head is one row that every write updates, so it is locked for the
 * moment before commit instead of for the whole transaction, and writes that touch different
 * rows run side by side on PostgreSQL (SQLite has one writer at a time either way).
 */
import type { Executor } from './database.js';

type Step = () => Promise<void>;

const lastSteps = new WeakMap<Executor, Step[]>();

/** Runs `work` in a transaction, then the steps it asked for with `beforeCommit`, in order, then commits. */
export function transaction<T>(db: Executor, work: (trx: Executor) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const steps: Step[] = [];
    lastSteps.set(trx, steps);
    const result = await work(trx);
    // A step may ask for another one; it runs after those already asked for.
    for (let index = 0; index < steps.length; index++) await steps[index]?.();
    lastSteps.delete(trx);
    return result;
  });
}

/**
 * Runs `step` just before `trx` commits when `trx` was opened by `transaction`; otherwise (a
 * database handle, or a transaction opened elsewhere) runs it now.
 */
export async function beforeCommit(trx: Executor, step: Step): Promise<void> {
  const steps = lastSteps.get(trx);
  if (steps) steps.push(step);
  else await step();
}
