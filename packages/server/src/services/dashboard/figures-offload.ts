/**
 * Dashboard figures computed off the event loop. better-sqlite3 is synchronous: a national
 * recomputation in the serving thread would hold every request and every write for its whole
 * length, and the province and institution views, recomputed after writes while observers poll
 * them, took a seventh of the serving thread during a deadline rush. On a SQLite file, the
 * computation runs in a worker thread (`figures-worker.ts`) with its own read-only connection,
 * which WAL lets read a consistent snapshot while the main connection writes; the serving thread
 * first stores any missing per-institution figures, which the worker cannot. On PostgreSQL the
 * queries are asynchronous already, and in-memory SQLite cannot be shared, so both compute in
 * this thread. The thread keeps the process alive only while a task is pending, so that a command
 * (`pantau report …`) exits as soon as its work is done, and it ends after a while without work.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AppContext } from '../../context.js';
import { sqliteFileOf } from '../../db/database.js';
import type { Institution } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { ensurePeriodFigures } from '../figures/figures.service.js';
import type { DashboardShown } from './dashboard-frame.service.js';

/** A computation the worker knows by name, with plain (cloneable) arguments. */
export type FiguresTask =
  | { kind: 'national'; shown: DashboardShown }
  | { kind: 'province'; shown: DashboardShown; code: string }
  | { kind: 'institution'; shown: DashboardShown; institution: Institution };

/**
 * What the worker answers for task `id`: a value, or an error — an `AppError` (a province not
 * found) with its fields, so that the reader gets the same answer as from this thread.
 */
export type FiguresAnswer =
  | { id: number; value: unknown }
  | { id: number; error: string; appError?: Pick<AppError, 'status' | 'code' | 'text' | 'details'> };

const IDLE_MS = 30_000;
/**
 * The thread's young generation, MiB. A computation's garbage is short-lived and small; V8's
 * default (48 MiB) only adds to the server's memory beside the serving thread's own.
 */
const YOUNG_GENERATION_MB = 8;

/** The compiled worker: beside this file when compiled, under dist/ when running from source. */
function workerScript(): URL | null {
  for (const candidate of ['./figures-worker.js', '../../../dist/services/dashboard/figures-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
  idle?: NodeJS.Timeout;
}

const threads = new Map<string, Thread>();
let nextId = 1;

function threadFor(file: string, script: URL): Thread {
  const found = threads.get(file);
  if (found) return found;
  const worker = new Worker(script, {
    workerData: { file },
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const thread: Thread = { worker, pending: new Map() };
  const failAll = (error: Error) => {
    threads.delete(file);
    for (const { reject } of thread.pending.values()) reject(error);
    thread.pending.clear();
  };
  worker.on('message', (answer: FiguresAnswer) => {
    const waiting = thread.pending.get(answer.id);
    if (!waiting) return;
    thread.pending.delete(answer.id);
    if ('error' in answer) waiting.reject(errorOf(answer));
    else waiting.resolve(answer.value);
    if (thread.pending.size === 0) {
      worker.unref();
      thread.idle = setTimeout(() => {
        threads.delete(file);
        void worker.terminate();
      }, IDLE_MS);
      thread.idle.unref();
    }
  });
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('figures worker stopped')));
  threads.set(file, thread);
  return thread;
}

function errorOf(answer: Extract<FiguresAnswer, { error: string }>): Error {
  const found = answer.appError;
  return found ? new AppError(found.status, found.code, found.text, found.details) : new Error(answer.error);
}

/** Whether `task` would run in a worker thread for this database. */
export function offloads(context: AppContext): boolean {
  return sqliteFileOf(context.database) !== null && workerScript() !== null;
}

/** Runs `task` in the database's worker thread when it has one, else `local()` in this thread. */
export async function offloaded<T>(context: AppContext, task: FiguresTask, local: () => Promise<T>): Promise<T> {
  const file = sqliteFileOf(context.database);
  const script = file ? workerScript() : null;
  if (!file || !script) return local();
  await ensurePeriodFigures(context, task.shown.period.id);
  const thread = threadFor(file, script);
  clearTimeout(thread.idle);
  thread.worker.ref();
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    thread.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    thread.worker.postMessage({ id, task });
  });
}
