/**
 * A worker of `pantau serve --workers N`: it serves requests on the port all workers share, runs
 * the scheduler when the supervisor says so, answers a metrics scrape with every worker's metrics
 * (asking the supervisor to gather them), and stops gracefully when asked or signalled. (Should the
 * supervisor itself die, node:cluster ends its workers at once.)
 */
import type { FastifyBaseLogger } from 'fastify';
import { type FromWorker, isPantauMessage, type ToWorker } from './messages.js';
import type { Serving } from './serving.js';

/** How long a scrape waits for the supervisor's gathered answer before answering with its own. */
const GATHER_TIMEOUT_MS = 5_000;

/** Connects `serving` to the supervisor over the IPC channel. */
export function linkToSupervisor(serving: Serving, logger: FastifyBaseLogger): void {
  const send = (message: FromWorker) => {
    if (process.connected) process.send?.(message);
  };
  let nextRequest = 1;
  const pending = new Map<number, (text: string) => void>();

  serving.app.metrics.gatherWith(async () => {
    if (!process.connected) return serving.app.metrics.renderOwn();
    const id = nextRequest++;
    return new Promise<string>((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(serving.app.metrics.renderOwn());
      }, GATHER_TIMEOUT_MS);
      pending.set(id, (text) => {
        clearTimeout(timer);
        resolve(text);
      });
      send({ type: 'pantau:metrics-request', id });
    });
  });

  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'worker stopping');
    try {
      await serving.close();
    } catch (error) {
      logger.error({ err: error }, 'worker did not stop cleanly');
    }
    process.exit(0);
  };

  process.on('message', (message: unknown) => {
    if (!isPantauMessage<ToWorker>(message)) return;
    switch (message.type) {
      case 'pantau:scheduler':
        if (message.run) serving.startScheduler();
        else void serving.stopScheduler();
        break;
      case 'pantau:shutdown':
        void stop('asked by the supervisor');
        break;
      case 'pantau:metrics-collect':
        void serving.app.metrics
          .renderOwn()
          .then((text) => send({ type: 'pantau:metrics-sample', id: message.id, text }))
          .catch((error: unknown) => logger.error({ err: error }, 'metrics for the supervisor failed'));
        break;
      case 'pantau:metrics-result':
        pending.get(message.id)?.(message.text);
        pending.delete(message.id);
        break;
    }
  });
  // Ctrl-C reaches every process of the terminal's group; a service manager may signal all of them.
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
