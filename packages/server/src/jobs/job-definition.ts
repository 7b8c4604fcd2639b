/** What a kind of scheduled job is: when its runs are due, and what a run does. */
import type { AppContext } from '../context.js';
import type { Executor } from '../db/database.js';

/** A run a job wants at `scheduledFor`, identified by `key` (unique per kind, for ever). */
export interface PlannedRun {
  key: string;
  name: string;
  scheduledFor: string;
  payload: Record<string, unknown>;
}

/** One kind of scheduled job. */
export interface JobDefinition {
  kind: string;
  /**
   * The runs due at `now`: only the latest slot of each series (never every missed one), so that
   * after downtime a job catches up once. Planning the same run again is harmless.
   */
  plan(db: Executor, context: AppContext, now: Date): Promise<PlannedRun[]>;
  /**
   * True: `run` gets the transaction that also marks the run done, so its writes commit exactly
   * once. False: `run` gets the database, opens its own transactions and must tolerate a repeat
   * (after a crash between the work and the completion).
   */
  transactional: boolean;
  /** Does the work; returns a one-line summary of what it did. */
  run(db: Executor, context: AppContext, payload: Record<string, unknown>): Promise<string>;
}
