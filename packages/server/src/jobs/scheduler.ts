/**
 * The scheduler every app process runs (and `pantau jobs run-once` runs once). A tick:
 *   1. plans the runs that are due (each job kind's latest slot; a run is unique per kind and key,
 *      so however many processes plan it, it exists once — and a missed run catches up once);
 *   2. returns runs whose process died (claimed longer ago than the stale timeout) to the queue;
 *   3. claims due runs one by one and runs them — a claim succeeds for exactly one process;
 *   4. delivers due mail from the outbox.
 * Tests drive `tick()` directly with a fixed clock.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { retryDelayMs } from '@pantau/core';
import type { AppContext } from '../context.js';
import {
  claimNextJob,
  completeJob,
  failJob,
  insertJobIfNew,
  releaseStaleJobs,
} from '../db/repositories/job.repository.js';
import { transaction } from '../db/transaction.js';
import { type DeliveryResult, deliverDueMail } from '../mail/mail-delivery.js';
import { type MailTransport, smtpTransport } from '../mail/mail-transport.js';
import { dailyDigestJob } from './daily-digest.job.js';
import { deadlineReminderJob } from './deadline-reminder.job.js';
import { feedbackOverdueJob } from './feedback-overdue.job.js';
import { type JobDefinition, JobPayloadError, parseJobPayload } from './job-definition.js';
import { leaderDigestJob } from './leader-digest.job.js';
import { overdueEscalationJob } from './overdue-escalation.job.js';
import { quarterCloseJob } from './quarter-close.job.js';

/** A run claimed longer ago than this belongs to a process that died; another may take it over. */
export const STALE_JOB_MS = 10 * 60_000;
/** A run that failed this many times stays `failed` (visible to admin) instead of retrying. */
export const MAX_JOB_ATTEMPTS = 5;
/** Most runs one tick takes on, so a backlog cannot hold mail delivery up for long. */
const RUNS_PER_TICK = 25;

/** The job kinds Pantau runs. */
export const DEFAULT_JOBS: readonly JobDefinition[] = [
  deadlineReminderJob,
  overdueEscalationJob,
  dailyDigestJob,
  quarterCloseJob,
  feedbackOverdueJob,
  leaderDigestJob,
];

/** Where the scheduler reports what happened (the app's pino logger fits). */
export interface SchedulerLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface SchedulerOptions {
  /** Names this process in `locked_by`; unique per process by default. */
  workerId?: string;
  jobs?: readonly JobDefinition[];
  /** How mail leaves; by default SMTP from `PANTAU_SMTP_URL`, or none (mail waits in the outbox). */
  transport?: MailTransport | null;
  logger?: SchedulerLogger;
}

/** One run taken in a tick and how it ended. */
export interface RunOutcome {
  id: number;
  kind: string;
  key: string;
  status: 'done' | 'retry' | 'failed' | 'lost';
  result: string;
}

/** What one tick did. */
export interface TickResult {
  planned: number;
  runs: RunOutcome[];
  mail: DeliveryResult;
}

/** Raised inside a run's transaction when another process took the run over: the work rolls back. */
class ClaimLost extends Error {}

const quiet: SchedulerLogger = { info: () => {}, error: () => {} };

export class Scheduler {
  readonly workerId: string;
  private readonly jobs: Map<string, JobDefinition>;
  private readonly transport: MailTransport | null;
  private readonly logger: SchedulerLogger;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<TickResult> | null = null;

  constructor(
    private readonly context: AppContext,
    options: SchedulerOptions = {},
  ) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.jobs = new Map((options.jobs ?? DEFAULT_JOBS).map((job) => [job.kind, job]));
    const smtpUrl = context.config.mail.smtpUrl;
    this.transport = options.transport !== undefined ? options.transport : smtpUrl ? smtpTransport(smtpUrl) : null;
    this.logger = options.logger ?? quiet;
  }

  /** Runs one tick; a tick asked for while one is running waits for it instead of overlapping. */
  tick(): Promise<TickResult> {
    if (!this.current) {
      this.current = this.runTick().finally(() => {
        this.current = null;
      });
    }
    return this.current;
  }

  /** Ticks now and then every `intervalMs` (default: the configured interval) until `stop()`. */
  start(intervalMs = this.context.config.scheduler.intervalMs): void {
    if (this.timer) return;
    const safeTick = () =>
      this.tick().catch((error: unknown) => this.logger.error({ err: error }, 'scheduler tick failed'));
    this.timer = setInterval(safeTick, intervalMs);
    this.timer.unref();
    void safeTick();
  }

  /** Stops ticking, waits for a running tick, and closes the mail connection. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.current?.catch(() => undefined);
    this.transport?.close();
  }

  private now(): Date {
    return this.context.clock.now();
  }

  private async runTick(): Promise<TickResult> {
    const planned = await this.plan();
    const { db } = this.context.database;
    const released = await releaseStaleJobs(db, new Date(this.now().getTime() - STALE_JOB_MS).toISOString());
    if (released > 0) this.logger.info({ released }, 'stale job runs returned to the queue');
    const runs: RunOutcome[] = [];
    for (let n = 0; n < RUNS_PER_TICK; n++) {
      const job = await claimNextJob(this.context.database, this.workerId, this.now().toISOString());
      if (!job) break;
      runs.push(await this.runJob(job));
    }
    const mail = await deliverDueMail(
      this.context.database,
      this.context.clock,
      this.context.config.mail.from,
      this.transport,
      this.workerId,
    );
    if (mail.sent + mail.retrying + mail.failed > 0) this.logger.info({ ...mail }, 'mail delivery');
    return { planned, runs, mail };
  }

  private async plan(): Promise<number> {
    const { db } = this.context.database;
    const at = this.now().toISOString();
    let planned = 0;
    for (const job of this.jobs.values()) {
      try {
        for (const run of await job.plan(db, this.context, this.now())) {
          const inserted = await insertJobIfNew(db, {
            kind: job.kind,
            key: run.key,
            name: run.name,
            scheduled_for: run.scheduledFor,
            run_after: run.scheduledFor,
            status: 'pending',
            locked_by: null,
            locked_at: null,
            attempts: 0,
            last_error: null,
            payload: JSON.stringify(run.payload),
            result: null,
            created_at: at,
            finished_at: null,
          });
          if (inserted) planned++;
        }
      } catch (error) {
        this.logger.error({ err: error, kind: job.kind }, 'planning a job failed');
      }
    }
    return planned;
  }

  private async runJob(job: { id: number; kind: string; key: string; payload: string; attempts: number }) {
    const { db } = this.context.database;
    const outcome = (status: RunOutcome['status'], result: string): RunOutcome => ({
      id: job.id,
      kind: job.kind,
      key: job.key,
      status,
      result,
    });
    const definition = this.jobs.get(job.kind);
    try {
      if (!definition) throw new Error(`no job of kind "${job.kind}" in this version`);
      const payload = parseJobPayload(definition, job.key, job.payload);
      let result: string;
      if (definition.transactional) {
        result = await transaction(db, async (trx) => {
          const summary = await definition.run(trx, this.context, payload);
          const finished = this.now().toISOString();
          if (!(await completeJob(trx, job.id, this.workerId, finished, summary))) throw new ClaimLost();
          return summary;
        });
      } else {
        result = await definition.run(db, this.context, payload);
        if (!(await completeJob(db, job.id, this.workerId, this.now().toISOString(), result))) throw new ClaimLost();
      }
      this.logger.info({ job: job.kind, key: job.key, result }, 'job done');
      return outcome('done', result);
    } catch (error) {
      if (error instanceof ClaimLost) return outcome('lost', 'taken over by another process');
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const retryAt =
        // A payload that does not match its schema will not match on the next try either.
        definition && !(error instanceof JobPayloadError) && job.attempts < MAX_JOB_ATTEMPTS
          ? new Date(this.now().getTime() + retryDelayMs(job.attempts)).toISOString()
          : null;
      await failJob(db, job.id, this.workerId, message, this.now().toISOString(), retryAt);
      this.logger.error({ job: job.kind, key: job.key, err: error }, 'job failed');
      return outcome(retryAt ? 'retry' : 'failed', message);
    }
  }
}
