/** What the supervisor and its workers tell each other over the cluster's IPC channel. */

/** From the supervisor to a worker. */
export type ToWorker =
  /** Run (or stop running) the scheduler: exactly one worker runs it at a time. */
  | { type: 'pantau:scheduler'; run: boolean }
  /** Stop gracefully: finish the requests in flight, stop the scheduler, close the database, exit. */
  | { type: 'pantau:shutdown' }
  /** Send your own metrics text for the scrape `id`. */
  | { type: 'pantau:metrics-collect'; id: number }
  /** The whole server's metrics, answering your request `id`. */
  | { type: 'pantau:metrics-result'; id: number; text: string };

/** From a worker to the supervisor. */
export type FromWorker =
  /** A scrape reached me: gather every worker's metrics and send them back as request `id`. */
  | { type: 'pantau:metrics-request'; id: number }
  /** My own metrics text, for the scrape `id`. */
  | { type: 'pantau:metrics-sample'; id: number; text: string };

/** Whether `message` is one of ours (the cluster module sends its own internal messages too). */
export function isPantauMessage<T extends { type: string }>(message: unknown): message is T {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith('pantau:')
  );
}

/** The environment variable that carries a worker's number (1…N) into it. */
export const WORKER_NUMBER_VARIABLE = 'PANTAU_WORKER_NUMBER';
