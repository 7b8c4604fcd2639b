/**
 * What a kind of scheduled job is: when its runs are due, the shape of a run's payload, and what a
 * run does. The payload is stored as JSON with the run and parsed with the kind's schema before the
 * run starts: a payload that does not match fails the run with a message naming the field.
 */
import type { z } from 'zod';
import type { AppContext } from '../context.js';
import type { Executor } from '../db/database.js';

/** What a run carries from planning to running (stored as JSON). */
export type JobPayload = Record<string, unknown>;

/** A run a job wants at `scheduledFor`, identified by `key` (unique per kind, for ever). */
export interface PlannedRun<Payload extends JobPayload = JobPayload> {
  key: string;
  name: string;
  scheduledFor: string;
  payload: Payload;
}

/** One kind of scheduled job. */
export interface JobDefinition<Payload extends JobPayload = JobPayload> {
  kind: string;
  /** The schema of this kind's payload: what `plan` stores and `run` receives. */
  payload: z.ZodType<Payload>;
  /**
   * The runs due at `now`: only the latest slot of each series (never every missed one), so that
   * after downtime a job catches up once. Planning the same run again is harmless.
   */
  plan(db: Executor, context: AppContext, now: Date): Promise<PlannedRun<Payload>[]>;
  /**
   * True: `run` gets the transaction that also marks the run done, so its writes commit exactly
   * once. False: `run` gets the database, opens its own transactions and must tolerate a repeat
   * (after a crash between the work and the completion).
   */
  transactional: boolean;
  /** Does the work with the parsed payload; returns a one-line summary of what it did. */
  run(db: Executor, context: AppContext, payload: Payload): Promise<string>;
}

/** A job definition, typed by its payload schema (so `plan` and `run` agree with it). */
export function defineJob<Payload extends JobPayload>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  return definition;
}

/** A stored payload that does not match its kind's schema: the run fails at once, without retries. */
export class JobPayloadError extends Error {
  constructor(kind: string, key: string, issues: readonly { path: PropertyKey[]; message: string }[]) {
    const details = issues.map((issue) => `${issue.path.map(String).join('.') || '(payload)'}: ${issue.message}`);
    super(`payload of job "${kind}" run "${key}" is not valid: ${details.join('; ')}`);
    this.name = 'JobPayloadError';
  }
}

/** The payload of a run as its kind expects it, from the stored JSON text. */
export function parseJobPayload<Payload extends JobPayload>(
  definition: JobDefinition<Payload>,
  key: string,
  stored: string,
): Payload {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    throw new JobPayloadError(definition.kind, key, [{ path: [], message: 'not JSON' }]);
  }
  const parsed = definition.payload.safeParse(value);
  if (!parsed.success) throw new JobPayloadError(definition.kind, key, parsed.error.issues);
  return parsed.data;
}
