/**
 * The primary process of `pantau serve --workers N`. It serves no request and opens no database:
 * it forks N workers that share the listening port (node:cluster hands each new connection to the
 * next worker in turn), and
 *   - replaces a worker that dies, waiting longer each time one dies soon after starting;
 *   - restarts the workers one at a time on `reload()` (SIGHUP): a new worker first, and only once it
 *     listens the old one is asked to finish its requests and stop — so the port never goes dark,
 *     and a new worker that cannot start leaves the running ones in place. An old worker may take
 *     its time (an export of national data runs for minutes): the next restart does not wait;
 *   - has exactly one worker run the scheduler, and hands the scheduler on when that worker goes;
 *   - answers a worker's metrics scrape with every worker's metrics, labelled by worker number.
 */
import cluster, { type Worker } from 'node:cluster';
import { mergeWorkerMetrics, type WorkerMetrics } from './merge-metrics.js';
import { type FromWorker, isPantauMessage, type ToWorker, WORKER_NUMBER_VARIABLE } from './messages.js';

/** Where the supervisor reports (a pino logger fits). */
export interface SupervisorLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface SupervisorOptions {
  workers: number;
  /** Whether one worker runs the scheduler (PANTAU_SCHEDULER=on). */
  scheduler: boolean;
  logger: SupervisorLogger;
  /** A worker replaced by a reload that is still finishing requests after this long is killed. */
  drainTimeoutMs?: number;
  /** On stop, a worker still running after this long is killed (a service manager may kill sooner). */
  stopTimeoutMs?: number;
  /** A worker that does not listen this long after it was started is killed. */
  startTimeoutMs?: number;
}

interface WorkerState {
  /** 1…N: which of the configured workers this process is (kept by its replacements). */
  number: number;
  listening: boolean;
  /** Asked to stop: its exit is expected, not a death to repair. */
  retiring: boolean;
  startedAt: number;
}

/** A worker that dies sooner than this after starting counts as failing to start. */
const QUICK_DEATH_MS = 10_000;
/** Longest wait before replacing a worker that keeps dying at start. */
const MAX_REPLACE_DELAY_MS = 30_000;
/** How long a scrape waits for each worker's metrics. */
const GATHER_TIMEOUT_MS = 2_000;
/** The longest request nginx allows (exports, documents, imports): 10 minutes. */
const DRAIN_TIMEOUT_MS = 600_000;

export class Supervisor {
  /** The current worker of each number (index number − 1); null while one is being replaced. */
  private readonly current: (Worker | null)[];
  private readonly states = new Map<Worker, WorkerState>();
  private readonly quickDeaths: number[];
  private readonly replaceTimers = new Set<NodeJS.Timeout>();
  private readonly collecting = new Map<number, (worker: Worker, text: string) => void>();
  private schedulerWorker: Worker | null = null;
  private nextCollect = 1;
  private stopping = false;
  private reloading = false;
  private restarts = 0;
  private port = 0;

  constructor(private readonly options: SupervisorOptions) {
    this.current = Array.from({ length: options.workers }, () => null);
    this.quickDeaths = Array.from({ length: options.workers }, () => 0);
    cluster.on('exit', (worker, code, signal) => this.onExit(worker, code, signal));
    cluster.on('message', (worker, message: unknown) => {
      if (isPantauMessage<FromWorker>(message)) this.onMessage(worker, message);
    });
  }

  /** Starts every worker; resolves with the shared port once all listen, or stops them and throws. */
  async start(): Promise<number> {
    const started = await Promise.allSettled(
      this.current.map((_, i) =>
        this.launch(i + 1).then((worker) => {
          this.current[i] = worker;
        }),
      ),
    );
    const failed = started.find((outcome) => outcome.status === 'rejected');
    if (failed) {
      await this.stop();
      throw failed.reason;
    }
    this.assignScheduler();
    return this.port;
  }

  /** Restarts the workers one at a time (SIGHUP): the code on disk now, the same environment. */
  async reload(): Promise<void> {
    if (this.reloading || this.stopping) {
      this.options.logger.warn({}, 'reload already in progress or server stopping; ignored');
      return;
    }
    this.reloading = true;
    this.options.logger.info({ workers: this.options.workers }, 'reload: restarting workers one at a time');
    try {
      for (let i = 0; i < this.current.length && !this.stopping; i++) {
        let fresh: Worker;
        try {
          fresh = await this.launch(i + 1);
        } catch (error) {
          this.options.logger.error(
            { err: error, worker: i + 1 },
            'reload stopped: a new worker did not start; the running workers stay',
          );
          return;
        }
        const old = this.current[i];
        this.current[i] = fresh;
        if (old) void this.retire(old, this.options.drainTimeoutMs ?? DRAIN_TIMEOUT_MS);
        this.assignScheduler();
      }
      this.options.logger.info({}, 'reload done: new workers serve, replaced ones finish their requests');
    } finally {
      this.reloading = false;
    }
  }

  /** Asks every worker to finish its requests and stop; resolves when all have exited. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const timer of this.replaceTimers) clearTimeout(timer);
    this.replaceTimers.clear();
    const timeout = this.options.stopTimeoutMs ?? 30_000;
    await Promise.all([...this.states.keys()].map((worker) => this.retire(worker, timeout)));
  }

  /** Forks worker `number` and resolves once it listens; rejects if it exits first. */
  private launch(number: number): Promise<Worker> {
    const worker = cluster.fork({ [WORKER_NUMBER_VARIABLE]: String(number) });
    this.states.set(worker, { number, listening: false, retiring: false, startedAt: Date.now() });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.options.logger.error({ worker: number, workerPid: worker.process.pid }, 'worker did not start in time');
        worker.process.kill('SIGKILL');
      }, this.options.startTimeoutMs ?? 120_000);
      const onExit = (code: number | null, signal: string | null) => {
        clearTimeout(timer);
        reject(new Error(`worker ${number} exited before listening (code ${code}, signal ${signal})`));
      };
      worker.once('exit', onExit);
      worker.once('listening', (address) => {
        clearTimeout(timer);
        worker.off('exit', onExit);
        const state = this.states.get(worker);
        if (state) state.listening = true;
        this.port = address.port;
        this.options.logger.info(
          { worker: number, workerPid: worker.process.pid, port: address.port },
          'worker listening',
        );
        resolve(worker);
      });
    });
  }

  /** Asks `worker` to stop gracefully, killing it after `timeoutMs`; resolves on its exit. */
  private retire(worker: Worker, timeoutMs: number): Promise<void> {
    const state = this.states.get(worker);
    if (!state) return Promise.resolve();
    state.retiring = true;
    // The worker stops its scheduler first thing; another takes over now rather than when the last
    // of its requests is done (a tick still running there is harmless: job runs are claimed once).
    if (this.schedulerWorker === worker) {
      this.schedulerWorker = null;
      this.assignScheduler();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.options.logger.warn(
          { worker: state.number, workerPid: worker.process.pid },
          'worker did not stop in time; killed',
        );
        worker.process.kill('SIGKILL');
      }, timeoutMs);
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      // A worker still starting has no graceful path yet; it has nothing in flight either.
      if (state.listening) tell(worker, { type: 'pantau:shutdown' });
      else worker.process.kill('SIGTERM');
    });
  }

  private onExit(worker: Worker, code: number | null, signal: string | null): void {
    const state = this.states.get(worker);
    if (!state) return;
    this.states.delete(worker);
    const index = state.number - 1;
    if (this.current[index] === worker) this.current[index] = null;
    if (this.schedulerWorker === worker) this.schedulerWorker = null;
    if (!state.retiring && !this.stopping && state.listening) {
      this.restarts++;
      this.options.logger.error(
        { worker: state.number, workerPid: worker.process.pid, code, signal },
        'worker died; starting a replacement',
      );
      const quick = Date.now() - state.startedAt < QUICK_DEATH_MS;
      this.quickDeaths[index] = quick ? (this.quickDeaths[index] ?? 0) + 1 : 0;
      this.replace(state.number);
    }
    this.assignScheduler();
  }

  /** Starts a new worker `number`, after a pause that grows while its predecessors die at start. */
  private replace(number: number): void {
    const index = number - 1;
    const deaths = this.quickDeaths[index] ?? 0;
    const delay = deaths === 0 ? 0 : Math.min(MAX_REPLACE_DELAY_MS, 1000 * 2 ** (deaths - 1));
    const timer = setTimeout(() => {
      this.replaceTimers.delete(timer);
      this.launch(number).then(
        (worker) => {
          // A reload may have filled the place meanwhile; then this one is surplus.
          if (this.stopping || this.current[index]) {
            void this.retire(worker, this.options.stopTimeoutMs ?? 30_000);
            return;
          }
          this.current[index] = worker;
          this.assignScheduler();
        },
        (error: unknown) => {
          if (this.stopping) return;
          this.quickDeaths[index] = (this.quickDeaths[index] ?? 0) + 1;
          this.options.logger.error({ err: error, worker: number }, 'replacement worker did not start; trying again');
          this.replace(number);
        },
      );
    }, delay);
    this.replaceTimers.add(timer);
  }

  /** Gives the scheduler to the first current worker when no worker runs it. */
  private assignScheduler(): void {
    if (!this.options.scheduler || this.stopping || this.schedulerWorker) return;
    const next = this.current.find((worker) => worker && this.isServing(worker));
    if (!next) return;
    this.schedulerWorker = next;
    tell(next, { type: 'pantau:scheduler', run: true });
    this.options.logger.info(
      { worker: this.states.get(next)?.number, workerPid: next.process.pid },
      'scheduler runs in this worker',
    );
  }

  private isServing(worker: Worker): boolean {
    const state = this.states.get(worker);
    return Boolean(state?.listening && !state.retiring);
  }

  private onMessage(worker: Worker, message: FromWorker): void {
    if (message.type === 'pantau:metrics-request') {
      void this.gatherMetrics().then((text) => tell(worker, { type: 'pantau:metrics-result', id: message.id, text }));
    } else if (message.type === 'pantau:metrics-sample') {
      this.collecting.get(message.id)?.(worker, message.text);
    }
  }

  /** Every current worker's metrics (those that answer in time), merged, with the supervisor's own. */
  private async gatherMetrics(): Promise<string> {
    const workers = this.current.filter((worker): worker is Worker => worker !== null && this.isServing(worker));
    const id = this.nextCollect++;
    const answers = await new Promise<WorkerMetrics[]>((resolve) => {
      const received: WorkerMetrics[] = [];
      const finish = () => {
        clearTimeout(timer);
        this.collecting.delete(id);
        resolve(received);
      };
      const timer = setTimeout(finish, GATHER_TIMEOUT_MS);
      this.collecting.set(id, (worker, text) => {
        const state = this.states.get(worker);
        if (state) received.push({ worker: state.number, text });
        if (received.length >= workers.length) finish();
      });
      for (const worker of workers) tell(worker, { type: 'pantau:metrics-collect', id });
      if (workers.length === 0) finish();
    });
    answers.sort((a, b) => a.worker - b.worker);
    return mergeWorkerMetrics(answers, this.ownMetrics(workers.length));
  }

  private ownMetrics(listening: number): string {
    return [
      '# HELP pantau_workers Worker processes of this server: configured (--workers) and serving now.',
      '# TYPE pantau_workers gauge',
      `pantau_workers{state="configured"} ${this.options.workers}`,
      `pantau_workers{state="serving"} ${listening}`,
      '# HELP pantau_worker_restarts_total Workers that died unexpectedly and were replaced since the server started.',
      '# TYPE pantau_worker_restarts_total counter',
      `pantau_worker_restarts_total ${this.restarts}`,
    ].join('\n');
  }
}

/** Sends `message` to `worker` if its channel is open; a closed channel is not an error here. */
function tell(worker: Worker, message: ToWorker): void {
  if (!worker.isConnected()) return;
  worker.send(message, undefined, () => {});
}
